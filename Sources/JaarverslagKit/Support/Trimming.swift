import Foundation

/// `trimmingCharacters(in:)` goes through NSString on Linux and costs thousands of
/// instructions even when there is nothing to trim, which is almost always. A text whose
/// first and last bytes are ASCII characters outside the set is returned as it is; anything
/// else goes to Foundation. `TrimmingTests` holds the shortcut to Foundation's answers.
extension String {
    /// `trimmingCharacters(in: .whitespaces)`: spaces (Unicode category Zs) and tabs.
    func trimmingWhitespaces() -> String {
        Self.hasPlainEnds(self, space: { $0 == 0x20 || $0 == 0x09 }) ? self : trimmingCharacters(in: .whitespaces)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespacesAndNewlines() -> String {
        Self.hasPlainEnds(self, space: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            ? self : trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the text is empty or starts and ends with an ASCII byte that is no space.
    /// `space` names the ASCII members of the set; every other member is beyond ASCII.
    private static func hasPlainEnds(_ text: String, space: (UInt8) -> Bool) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return true }
        return first < 0x80 && last < 0x80 && !space(first) && !space(last)
    }
}

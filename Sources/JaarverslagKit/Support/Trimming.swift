import Foundation

/// `trimmingCharacters(in:)` goes through NSString on Linux and costs thousands of
/// instructions even when there is nothing to trim, which is almost always. Here ASCII spaces
/// are taken off the ends byte by byte; only when an end is a character beyond ASCII does
/// Foundation decide. `TrimmingTests` holds these to Foundation's answers.
extension String {
    /// `trimmingCharacters(in: .whitespaces)`: spaces (Unicode category Zs) and tabs.
    func trimmingWhitespaces() -> String {
        trimmingASCII(isSpace: { $0 == 0x20 || $0 == 0x09 }) ?? trimmingCharacters(in: .whitespaces)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespacesAndNewlines() -> String {
        trimmingASCII(isSpace: Self.isASCIIWhitespaceOrNewline) ?? trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `trimmingWhitespacesAndNewlines()` would leave nothing.
    var isOnlyWhitespacesAndNewlines: Bool {
        unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                ? Self.isASCIIWhitespaceOrNewline(UInt8(scalar.value)) : CharacterSet.whitespacesAndNewlines.contains(scalar)
        }
    }

    private static func isASCIIWhitespaceOrNewline(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The text without the ASCII members of a set at its ends (`isSpace` names them; every
    /// other member is beyond ASCII), or nil when an end is a character beyond ASCII.
    private func trimmingASCII(isSpace: (UInt8) -> Bool) -> String? {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        guard start < end else { return "" }
        guard bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 else { return nil }
        if start == bytes.startIndex, end == bytes.endIndex { return self }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

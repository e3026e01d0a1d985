import Foundation

/// `trimmingCharacters(in:)` goes through NSString on Linux and costs tens of thousands of
/// instructions a call, even with nothing to trim. These trim by Unicode scalar with the same
/// sets: `.whitespaces` is category Zs, the tab and (in Foundation, not in Unicode) the zero
/// width space U+200B; `.whitespacesAndNewlines` adds categories Zl and Zp, LF to CR and NEL. No member lies beyond the BMP, so trimming scalars is trimming
/// NSString's UTF-16 units. `TrimmingTests` holds the sets to Foundation's for every scalar,
/// and the trimming to Foundation's on random texts.
extension String {
    /// `trimmingCharacters(in: .whitespaces)`.
    func trimmingWhitespaces() -> String {
        trimming(where: Self.isWhitespace)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespacesAndNewlines() -> String {
        trimming(where: Self.isWhitespaceOrNewline)
    }

    /// Whether `trimmingWhitespacesAndNewlines()` would leave nothing.
    var isOnlyWhitespacesAndNewlines: Bool {
        unicodeScalars.allSatisfy(Self.isWhitespaceOrNewline)
    }

    /// `CharacterSet.whitespaces.contains(scalar)`.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator || scalar.value == 0x200B
    }

    /// `CharacterSet.whitespacesAndNewlines.contains(scalar)`.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.value == 0x85 || scalar.value == 0x200B
        }
    }

    private func trimming(where isSpace: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        let end = scalars.index(after: last)
        if first == scalars.startIndex, end == scalars.endIndex { return self }
        return String(scalars[first..<end])
    }
}

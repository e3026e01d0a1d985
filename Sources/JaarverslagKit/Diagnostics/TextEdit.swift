/// A safe, automatic fix: replace a range of a fragment's text. Applied by `check --fix`.
public struct TextEdit: Hashable, Sendable {
    /// UTF-8 offsets into the fragment's normalised text (LF line ends, no BOM).
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// Applies non-overlapping edits; an edit that overlaps an earlier one is skipped, so two
    /// fixes never fight over the same characters. Returns the new text and the edits applied.
    public static func apply(_ edits: [TextEdit], to text: String) -> (text: String, applied: [TextEdit]) {
        var bytes = Array(text.utf8)
        var applied: [TextEdit] = []
        var lastStart = Int.max
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }) {
            guard edit.range.upperBound <= lastStart, edit.range.upperBound <= bytes.count else { continue }
            bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
            lastStart = edit.range.lowerBound
            applied.append(edit)
        }
        return (String(decoding: bytes, as: UTF8.self), applied.reversed())
    }
}

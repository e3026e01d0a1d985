import Foundation

/// The lines of a fragment's body with their places, for the lints that look at the raw
/// Markdown a secretary pasted (spaces, broken words, page numbers, links).
struct BodyText {
    struct Line {
        var number: Int
        var text: Substring
        /// UTF-8 offset of the line's start in the fragment's text.
        var offset: Int
    }

    let fragment: Fragment
    let lines: [Line]

    init(_ fragment: Fragment) {
        self.fragment = fragment
        var lines: [Line] = []
        var offset = 0
        for (index, line) in fragment.text.lines.enumerated() {
            if index + 1 >= fragment.bodyLine { lines.append(Line(number: index + 1, text: line, offset: offset)) }
            offset += line.utf8.count + 1
        }
        self.lines = lines
    }

    /// Every match of `pattern` in the body lines, with its range in the line. `when` is a
    /// cheap test on a line; the regular expression runs only on lines that pass it.
    func matches(_ pattern: @autoclosure () -> NSRegularExpression, when worthTrying: (Substring) -> Bool = { _ in true })
        -> [(line: Line, range: Range<Substring.Index>, groups: [Substring?])]
    {
        var result: [(Line, Range<Substring.Index>, [Substring?])] = []
        for line in lines where worthTrying(line.text) {
            let text = String(line.text)
            // The expression is compiled (once, it is a static) only when some line is worth trying.
            for match in pattern().matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range, in: text) else { continue }
                let groups = (0..<match.numberOfRanges).map { index -> Substring? in
                    Range(match.range(at: index), in: text).map { text[$0] }
                }
                let lower = line.text.index(line.text.startIndex, offsetBy: text.distance(from: text.startIndex, to: range.lowerBound))
                let upper = line.text.index(lower, offsetBy: text.distance(from: range.lowerBound, to: range.upperBound))
                result.append((line, lower..<upper, groups))
            }
        }
        return result
    }

    /// The body line with this 1-based number in the file, without splitting the text again
    /// (`Fragment.line` does, which costs a whole text per call).
    func line(_ number: Int) -> Line? {
        guard let first = lines.first?.number, number >= first, number - first < lines.count else { return nil }
        return lines[number - first]
    }

    func location(_ line: Line, _ index: Substring.Index) -> TextLocation {
        TextLocation(path: fragment.path, line: line.number, column: line.text.distance(from: line.text.startIndex, to: index) + 1)
    }

    /// The byte range in the whole text of a range in a line.
    func byteRange(_ line: Line, _ range: Range<Substring.Index>) -> Range<Int> {
        let start = line.offset + line.text.utf8.distance(from: line.text.startIndex, to: range.lowerBound)
        return start..<(start + line.text[range].utf8.count)
    }

    /// The whole line including its line end, for deleting it.
    func byteRange(ofWholeLine line: Line) -> Range<Int> {
        line.offset..<(line.offset + line.text.utf8.count + 1)
    }
}

extension NSRegularExpression {
    /// For patterns written in the source; a typo in one is a programming error.
    convenience init(_ pattern: String) {
        try! self.init(pattern: pattern)
    }
}

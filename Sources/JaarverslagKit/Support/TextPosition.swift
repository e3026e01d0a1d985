extension StringProtocol {
    /// The 1-based line and column (in characters, as `TextLocation` counts) of a UTF-8 offset.
    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let utf8 = self.utf8
        let target = utf8.index(utf8.startIndex, offsetBy: Swift.min(Swift.max(offset, 0), utf8.count))
        var line = 1
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < target {
            if utf8[index] == 10 {
                line += 1
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        return (line, self[lineStart..<target].count + 1)
    }

    /// The UTF-8 offset of a 1-based line and column (in characters); past the end of a line or
    /// of the text, its end.
    func byteOffset(line: Int, column: Int) -> Int {
        var offset = 0
        var number = 1
        for text in self.split(separator: "\n", omittingEmptySubsequences: false) {
            if number == line {
                let index = text.index(text.startIndex, offsetBy: column - 1, limitedBy: text.endIndex) ?? text.endIndex
                return offset + text[..<index].utf8.count
            }
            offset += text.utf8.count + 1
            number += 1
        }
        return self.utf8.count
    }
}

/// Where each line of a text starts: for many lookups in one text, each a binary search
/// instead of a walk from the start. Gives what `String.byteOffset(line:column:)` and
/// `String.position(ofByte:)` give (columns count characters).
struct LineStarts {
    let text: String
    /// The byte offset of each line's first byte; line 1 starts at 0.
    private let starts: [Int]

    init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == 10 { starts.append(offset) }
        }
        self.starts = starts
    }

    /// The text of line `number` (1-based), without its line end; nil past the last line.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[number - 1])
        let end = number < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[number] - 1) : utf8.endIndex
        return text[start..<end]
    }

    func byteOffset(line number: Int, column: Int) -> Int {
        guard let line = line(number) else { return text.utf8.count }
        let index = line.index(line.startIndex, offsetBy: column - 1, limitedBy: line.endIndex) ?? line.endIndex
        return starts[number - 1] + line[..<index].utf8.count
    }

    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let offset = Swift.min(Swift.max(offset, 0), text.utf8.count)
        // The last line that starts at or before the offset.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let utf8 = text.utf8
        let lineStart = utf8.index(utf8.startIndex, offsetBy: starts[low])
        let target = utf8.index(utf8.startIndex, offsetBy: offset)
        return (low + 1, text[lineStart..<target].count + 1)
    }
}

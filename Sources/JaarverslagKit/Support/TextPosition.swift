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

/// Fills words into lines of at most `width` characters, never breaking a word or a URL.
/// A word longer than the line stands on a line of its own.
struct TextWrapper {
    var width: Int

    /// `firstPrefix` starts the first line (`- `, `a) `), `prefix` the following ones.
    func wrap(_ text: String, firstPrefix: String, prefix: String) -> [String] {
        let words = text.utf8.split(separator: 32, omittingEmptySubsequences: true).map { text[$0.startIndex..<$0.endIndex] }
        guard !words.isEmpty else { return [firstPrefix.trimmingTrailingSpaces()] }
        var lines: [String] = []
        var current = firstPrefix
        var currentLength = firstPrefix.count
        var lineHasWord = false
        for word in words {
            let length = Self.width(of: word)
            if lineHasWord && currentLength + 1 + length > width {
                lines.append(current)
                current = prefix
                currentLength = prefix.count
                lineHasWord = false
            }
            if lineHasWord {
                current += " "
                currentLength += 1
            }
            current += word
            currentLength += length
            lineHasWord = true
        }
        lines.append(current)
        return lines
    }

    /// Characters on screen; counting bytes is enough (and fast) for ASCII words.
    static func width(of word: Substring) -> Int {
        word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

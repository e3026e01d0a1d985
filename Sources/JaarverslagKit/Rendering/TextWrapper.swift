/// Fills words into lines of at most `width` characters, never breaking a word or a URL.
/// A word longer than the line stands on a line of its own.
struct TextWrapper {
    var width: Int

    /// `firstPrefix` starts the first line (`- `, `a) `), `prefix` the following ones.
    /// Works on UTF-8 bytes: a large year wraps millions of words.
    func wrap(_ text: String, firstPrefix: String, prefix: String) -> [String] {
        var lines: [String] = []
        var line = Array(firstPrefix.utf8)
        var lineWidth = firstPrefix.count
        var lineHasWord = false
        let prefixBytes = Array(prefix.utf8)
        let prefixWidth = prefix.count
        text.withUTF8Bytes { bytes in
            var index = 0
            while index < bytes.count {
                while index < bytes.count, bytes[index] == 32 { index += 1 }
                guard index < bytes.count else { break }
                var end = index
                var ascii = true
                while end < bytes.count, bytes[end] != 32 {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
                let wordWidth = ascii ? word.count : String(decoding: word, as: UTF8.self).count
                if lineHasWord && lineWidth + 1 + wordWidth > width {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line = prefixBytes
                    lineWidth = prefixWidth
                    lineHasWord = false
                }
                if lineHasWord {
                    line.append(32)
                    lineWidth += 1
                }
                line.append(contentsOf: word)
                lineWidth += wordWidth
                lineHasWord = true
                index = end
            }
        }
        let last = String(decoding: line, as: UTF8.self)
        lines.append(lineHasWord ? last : last.trimmingTrailingSpaces())
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

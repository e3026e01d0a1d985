/// Fills words into lines of at most `width` characters, never breaking a word or a URL.
/// A word longer than the line stands on a line of its own.
struct TextWrapper {
    var width: Int

    /// `firstPrefix` starts the first line (`- `, `a) `), `prefix` the following ones.
    func wrap(_ text: String, firstPrefix: String, prefix: String) -> [String] {
        var output: [UInt8] = []
        wrap(text, firstPrefix: firstPrefix, prefix: prefix, into: &output)
        return output.split(separator: 10, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the lines to `output`, each ending in a line feed, and returns the width of the
    /// widest. Works on UTF-8 bytes and copies each word once: a large year wraps millions of
    /// words, and building a string per line took a third of rendering the plain text.
    @discardableResult
    func wrap(_ text: String, firstPrefix: String, prefix: String, into output: inout [UInt8]) -> Int {
        var firstPrefix = firstPrefix
        var prefix = prefix
        let prefixWidth = prefix.count
        let firstPrefixWidth = firstPrefix.count
        var widest = 0
        firstPrefix.withUTF8 { firstPrefixBytes in
            prefix.withUTF8 { prefixBytes in
                text.withUTF8Bytes { bytes in
                    var lineWidth = firstPrefixWidth
                    var lineHasWord = false
                    output.append(contentsOf: firstPrefixBytes)
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
                            output.append(10)
                            widest = max(widest, lineWidth)
                            output.append(contentsOf: prefixBytes)
                            lineWidth = prefixWidth
                            lineHasWord = false
                        }
                        if lineHasWord {
                            output.append(32)
                            lineWidth += 1
                        }
                        output.append(contentsOf: word)
                        lineWidth += wordWidth
                        lineHasWord = true
                        index = end
                    }
                    if !lineHasWord {
                        // A prefix with nothing after it: no trailing spaces.
                        while output.last == 32 {
                            output.removeLast()
                            lineWidth -= 1
                        }
                    }
                    output.append(10)
                    widest = max(widest, lineWidth)
                }
            }
        }
        return widest
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        guard utf8.last == 32 else { return self }
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

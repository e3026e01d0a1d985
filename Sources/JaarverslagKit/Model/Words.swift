/// The words of the model, as a reader sees them; member lists are compared as lists instead.
enum Words {
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        append(text, to: &words)
        return words
    }

    /// Split on spaces, tabs, line ends and non-breaking spaces, on bytes: a year of 10,000
    /// sections has millions of words.
    static func append(_ text: String, to words: inout [String]) {
        text.withUTF8Bytes { bytes in
            var start = 0
            var index = 0
            func flush(_ end: Int) {
                if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                    flush(index)
                    start = index + 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    flush(index)
                    start = index + 2
                    index += 1
                }
                index += 1
            }
            flush(bytes.count)
        }
    }

    /// How many words `split` would return, without making them.
    static func count(_ text: String) -> Int {
        text.withUTF8Bytes { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isSpace =
                    byte == 32 || byte == 9 || byte == 10 || byte == 13
                    || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0)
                if isSpace {
                    inWord = false
                    if byte == 0xC2 { index += 1 }
                } else if !inWord {
                    inWord = true
                    count += 1
                }
                index += 1
            }
            return count
        }
    }

    static func of(_ content: SectionContent) -> [String] {
        texts(of: content).flatMap(split)
    }

    static func of(_ block: Block) -> [String] {
        var texts: [String] = []
        append(block, to: &texts)
        return texts.flatMap(split)
    }

    /// The plain texts of the content's blocks and subsection titles, in reading order.
    static func texts(of content: SectionContent) -> [String] {
        var texts: [String] = []
        append(content, to: &texts)
        return texts
    }

    private static func append(_ content: SectionContent, to texts: inout [String]) {
        for block in content.blocks { append(block, to: &texts) }
        for subsection in content.subsections {
            texts.append(subsection.title)
            append(subsection.content, to: &texts)
        }
    }

    private static func append(_ block: Block, to texts: inout [String]) {
        if case .memberList = block.kind { return }
        for run in block.inlineRuns { texts.append(run.plainText) }
    }
}

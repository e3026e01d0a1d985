/// One comparable piece of a report: the foreword, a chapter's opening text, or a group's
/// section, with the words a reader reads in it.
struct DiffUnit: Sendable {
    var group: String
    var title: String
    var chapterID: String
    var chapterTitle: String
    var chairs: [Chair]
    var formerly: [FormerName]
    var words: [String]

    /// Every unit of a report, in printed order.
    static func units(of report: Report) -> [DiffUnit] {
        var units: [DiffUnit] = []
        if let foreword = report.foreword {
            var words = Words.of(foreword.content)
            if let signature = foreword.signature { words += Words.split(signature.line) }
            units.append(DiffUnit(group: foreword.id, title: foreword.title, chapterID: Manifest.forewordPillar,
                                  chapterTitle: foreword.title, chairs: [], formerly: [], words: words))
        }
        for chapter in report.chapters {
            if let origin = chapter.introGroup {
                units.append(DiffUnit(group: origin.group, title: chapter.title, chapterID: chapter.id, chapterTitle: chapter.title,
                                      chairs: origin.chairs, formerly: origin.formerly, words: Words.of(chapter.intro)))
            }
            for section in chapter.sections {
                guard let origin = section.origin else { continue }
                units.append(DiffUnit(group: origin.group, title: section.title, chapterID: chapter.id, chapterTitle: chapter.title,
                                      chairs: origin.chairs, formerly: origin.formerly, words: Words.of(section.content)))
            }
        }
        return units
    }
}

/// The words of the model, as a reader sees them; member lists are compared as lists instead.
enum Words {
    /// Split on spaces, tabs, line ends and non-breaking spaces, on bytes: a year of 10,000
    /// sections has millions of words.
    static func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var words: [String] = []
        var start = 0
        var index = 0
        func flush(_ end: Int) {
            if end > start { words.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
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
        return words
    }

    static func of(_ content: SectionContent) -> [String] {
        content.blocks.flatMap(of) + content.subsections.flatMap { split($0.title) + of($0.content) }
    }

    static func of(_ block: Block) -> [String] {
        if case .memberList = block.kind { return [] }
        return block.inlineRuns.flatMap { split($0.plainText) }
    }
}

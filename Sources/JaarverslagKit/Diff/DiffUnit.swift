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
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    static func of(_ content: SectionContent) -> [String] {
        content.blocks.flatMap(of) + content.subsections.flatMap { split($0.title) + of($0.content) }
    }

    static func of(_ block: Block) -> [String] {
        if case .memberList = block.kind { return [] }
        return block.inlineRuns.flatMap { split($0.plainText) }
    }
}

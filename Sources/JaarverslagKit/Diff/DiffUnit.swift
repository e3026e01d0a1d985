/// One comparable piece of a report: the foreword, a chapter's opening text, or a group's
/// section, with the text a reader reads in it.
struct DiffUnit: Sendable {
    var group: String
    var title: String
    var chapterID: String
    var chapterTitle: String
    var chairs: [Chair]
    var formerly: [FormerName]
    /// The plain text of each block and subsection title, in order. Compared as they are
    /// first; split into words only when they differ, which most sections of a year do not.
    var texts: [String]

    var words: [String] { texts.flatMap(Words.split) }
    var wordCount: Int { texts.reduce(0) { $0 + Words.count($1) } }

    /// Every unit of a report, in printed order.
    static func units(of report: Report) -> [DiffUnit] {
        var units: [DiffUnit] = []
        if let foreword = report.foreword {
            var texts = Words.texts(of: foreword.content)
            if let signature = foreword.signature { texts.append(signature.line) }
            units.append(
                DiffUnit(
                    group: foreword.id, title: foreword.title, chapterID: Manifest.forewordPillar,
                    chapterTitle: foreword.title, chairs: [], formerly: [], texts: texts))
        }
        for chapter in report.chapters {
            if let origin = chapter.introGroup {
                units.append(
                    DiffUnit(
                        group: origin.group, title: chapter.title, chapterID: chapter.id, chapterTitle: chapter.title,
                        chairs: origin.chairs, formerly: origin.formerly, texts: Words.texts(of: chapter.intro)))
            }
            for section in chapter.sections {
                guard let origin = section.origin else { continue }
                units.append(
                    DiffUnit(
                        group: origin.group, title: section.title, chapterID: chapter.id, chapterTitle: chapter.title,
                        chairs: origin.chairs, formerly: origin.formerly, texts: Words.texts(of: section.content)))
            }
        }
        return units
    }
}

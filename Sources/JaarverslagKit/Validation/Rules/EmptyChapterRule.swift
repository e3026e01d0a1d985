/// A chapter the manifest plans groups for, but that no fragment has reached yet, is left out
/// of the report (a chapter with nothing in it is not valid DocBook and reads as a mistake).
/// It is said, not done silently.
struct EmptyChapterRule: ValidationRule {
    let rules: [Rule] = [.emptyChapter]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let present = Set(year.fragments.compactMap(\.groupID))
        let pillars = Set(year.fragments.compactMap(\.frontMatter.pillar?.value))
        return year.manifest.chapters.compactMap { chapter -> Diagnostic? in
            let planned = ([chapter.intro].compactMap { $0 } + chapter.groups).map(\.value)
            guard !planned.isEmpty, !planned.contains(where: present.contains), !pillars.contains(chapter.id),
                year.manifest.members.placement != .chapter(chapter.id)
            else { return nil }
            return Diagnostic(
                .emptyChapter, Messages.empty(chapter.id, title: chapter.title), at: chapter.location,
                fix: Messages.fix(planned, year: year.manifest.year))
        }
    }

    enum Messages {
        static func empty(_ id: String, title: String) -> Message {
            Message(
                nl: "het hoofdstuk `\(id)` (\(title)) heeft nog geen enkel fragment en wordt weggelaten uit het jaarverslag",
                en: "the chapter `\(id)` (\(title)) has no fragment yet and is left out of the report")
        }
        static func fix(_ groups: [String], year: Int) -> Message {
            let list = groups.map { "`\($0)`" }.joined(separator: ", ")
            return Message(
                nl: "lever de fragmenten in van \(list), of haal het hoofdstuk uit reports/\(year)/report.yaml",
                en: "hand in the fragments of \(list), or take the chapter out of reports/\(year)/report.yaml")
        }
    }
}

extension Rule {
    static let emptyChapter = Rule(
        "empty-chapter", .warning, stage: .fragment,
        summary: Message(
            nl: "een hoofdstuk met verwachte groepen maar zonder enig fragment; het wordt weggelaten",
            en: "a chapter with expected groups but no fragment at all; it is left out"))
}

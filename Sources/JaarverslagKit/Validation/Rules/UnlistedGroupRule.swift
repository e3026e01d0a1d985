/// A group the manifest does not list is still printed (after the listed ones), but the
/// coordinator should know; a group listed under another chapter than its `pillar` is an error.
struct UnlistedGroupRule: ValidationRule {
    let rules: [Rule] = [.chapterMismatch, .unlistedGroup]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.compactMap { fragment in
            guard let group = fragment.frontMatter.group, let pillar = fragment.frontMatter.pillar,
                year.validPillars.contains(pillar.value)
            else { return nil }
            guard let planned = year.plannedChapter(ofGroup: group.value) else {
                if pillar.value == Manifest.forewordPillar { return nil }
                return Diagnostic(
                    .unlistedGroup, Messages.unlisted(group.value, chapter: pillar.value), at: group.location,
                    fix: Messages.unlistedFix(group.value, chapter: pillar.value), sourceLine: fragment.line(group.location.line))
            }
            guard planned == pillar.value else {
                return Diagnostic(
                    .chapterMismatch, Messages.mismatch(group.value, planned: planned, written: pillar.value),
                    at: pillar.location, fix: Messages.mismatchFix(planned), sourceLine: fragment.line(pillar.location.line))
            }
            return nil
        }
    }

    enum Messages {
        static func unlisted(_ group: String, chapter: String) -> Message {
            Message(
                nl: "het manifest noemt de groep `\(group)` niet; ze komt achteraan in hoofdstuk `\(chapter)`",
                en: "the manifest does not list the group `\(group)`; it goes last in chapter `\(chapter)`")
        }
        static func unlistedFix(_ group: String, chapter: String) -> Message {
            Message(
                nl: "zet `\(group)` onder `groups` van `\(chapter)` in report.yaml (taak van de coördinator)",
                en: "add `\(group)` to the `groups` of `\(chapter)` in report.yaml (the coordinator's task)")
        }
        static func mismatch(_ group: String, planned: String, written: String) -> Message {
            Message(
                nl: "het manifest plaatst `\(group)` in hoofdstuk `\(planned)`, maar het fragment noemt `\(written)`",
                en: "the manifest places `\(group)` in chapter `\(planned)`, but the fragment says `\(written)`")
        }
        static func mismatchFix(_ planned: String) -> Message {
            Message(nl: "zet `pillar: \(planned)`, of overleg met de coördinator", en: "set `pillar: \(planned)`, or ask the coordinator")
        }
    }
}

extension Rule {
    static let chapterMismatch = Rule(
        "chapter-mismatch", .error, stage: .fragment,
        summary: Message(
            nl: "het manifest plaatst de groep in een ander hoofdstuk", en: "the manifest lists the group under another chapter"))
    static let unlistedGroup = Rule(
        "unlisted-group", .warning, stage: .fragment, ignorable: true,
        summary: Message(
            nl: "een fragment van een groep die het manifest niet noemt", en: "a fragment for a group the manifest does not list"))
}

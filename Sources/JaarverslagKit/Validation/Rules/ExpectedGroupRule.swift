/// The coordinator's list of who has not handed in yet: a group the manifest expects but
/// no fragment provides. A warning, so a build can go ahead without a late group. A file named
/// after the group counts as handed in, also when it cannot be read or names another group:
/// its own errors say what is wrong with it, and nobody is asked for a file that is there.
struct ExpectedGroupRule: ValidationRule {
    let rules: [Rule] = [.missingGroup]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let present = Set(year.fragments.compactMap(\.groupID) + year.files.map(\.group))
        return year.manifest.expectedGroups.compactMap { expected in
            guard !present.contains(expected.group.value) else { return nil }
            return Diagnostic(
                .missingGroup, Messages.missing(expected.group.value, chapter: expected.chapter),
                at: expected.group.location, fix: Messages.fix(expected.group.value, year: year.manifest.year))
        }
    }

    enum Messages {
        static func missing(_ group: String, chapter: String) -> Message {
            Message(
                nl: "er is nog geen fragment voor de groep `\(group)` (hoofdstuk `\(chapter)`)",
                en: "there is no fragment yet for the group `\(group)` (chapter `\(chapter)`)")
        }
        static func fix(_ group: String, year: Int) -> Message {
            Message(
                nl: "vraag de secretaris om fragments/\(year)/\(group).md in te leveren",
                en: "ask the secretary to hand in fragments/\(year)/\(group).md")
        }
    }
}

extension Rule {
    static let missingGroup = Rule(
        "missing-group", .warning, stage: .fragment,
        summary: Message(
            nl: "een verwachte groep zonder fragment (wie nog niet heeft ingeleverd)",
            en: "an expected group without a fragment (who has not handed in yet)"))
}

/// Two fragments for one group would print the section twice; both files are named.
struct DuplicateGroupRule: ValidationRule {
    let rules: [Rule] = [.duplicateGroup]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        var first: [String: Fragment] = [:]
        var diagnostics: [Diagnostic] = []
        for fragment in year.fragments {
            guard let group = fragment.frontMatter.group else { continue }
            if let earlier = first[group.value], let earlierGroup = earlier.frontMatter.group {
                var diagnostic = Diagnostic(
                    .duplicateGroup, Messages.duplicate(group.value, other: earlier.path),
                    at: group.location, fix: Messages.fix, sourceLine: fragment.line(group.location.line))
                diagnostic.notes = [.init(message: Messages.otherFile, location: earlierGroup.location)]
                diagnostics.append(diagnostic)
            } else {
                first[group.value] = fragment
            }
        }
        return diagnostics
    }

    enum Messages {
        static func duplicate(_ id: String, other: String) -> Message {
            Message(
                nl: "de groep `\(id)` heeft ook al een fragment in \(other)", en: "the group `\(id)` already has a fragment in \(other)")
        }
        static let fix = Message(
            nl: "voeg de twee teksten samen in één bestand, of geef dit fragment een eigen groeps-id",
            en: "merge the two texts into one file, or give this fragment its own group id")
        static let otherFile = Message(nl: "het andere fragment van deze groep", en: "the other fragment of this group")
    }
}

extension Rule {
    static let duplicateGroup = Rule(
        "duplicate-group", .error, stage: .fragment,
        summary: Message(
            nl: "twee fragmenten met hetzelfde groeps-id (beide bestanden genoemd)",
            en: "two fragments with one group id (both files named)"))
}

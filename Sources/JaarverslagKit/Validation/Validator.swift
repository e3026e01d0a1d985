import Foundation

/// Runs every rule over a year and returns all findings at once, sorted for printing.
public enum Validator {
    /// Every rule, in one place. Adding a rule means adding a file and a line here.
    public static let rules: [any ValidationRule] = [
        YearMatchesRule(),
        KnownChapterRule(),
        GroupIdentifierRule(),
        DuplicateGroupRule(),
        ForewordRule(),
        EmptyBodyRule(),
        UnsupportedMarkdownRule(),
        EmptyHeadingRule(),
        LinkURLRule(),
        ForbiddenCharacterRule(),
        ExpectedGroupRule(),
        UnlistedGroupRule(),
        TemplateHintRule(),
        LineLengthRule(),
        // Lints for text pasted from Word, PDF and e-mail; most carry an automatic fix.
        SafeLinksRule(),
        BrokenWordRule(),
        PageNumberRule(),
        DuplicateLinkRule(),
        SpacingRule(),
        MixedQuotesRule(),
        ChairCityRule(),
        MeetingDateRule(),
        IgnoreListRule(),
    ]

    /// Warnings a fragment may silence with `ignore:`; errors can never be ignored.
    public static let ignorableRules: [RuleID] = [
        "safelinks", "broken-word", "page-number", "duplicate-link", "double-space", "nbsp", "mixed-quotes",
        "chair-not-member", "date-outside-year", "file-name-mismatch", "unlisted-group",
    ]

    public static func validate(_ input: ValidationInput) -> [Diagnostic] {
        var ignored: [String: Set<String>] = [:]
        for fragment in input.fragments {
            ignored[fragment.path] = Set(fragment.frontMatter.ignore.map(\.value))
        }
        // Rules are independent; they run on all cores and their findings keep the rules' order.
        let findings = ResultSlots<[Diagnostic]>(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            findings[index] = rules[index].check(input)
        }
        let all: [Diagnostic] = findings.values.flatMap { $0 }
        return all.filter { diagnostic in
            !(diagnostic.severity == .warning && ignored[diagnostic.location.path]?.contains(diagnostic.rule.rawValue) == true)
        }
    }
}

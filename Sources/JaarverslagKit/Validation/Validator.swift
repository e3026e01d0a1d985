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
        SafeLinksRule(),
        ForbiddenCharacterRule(),
        ExpectedGroupRule(),
        EmptyChapterRule(),
        UnlistedGroupRule(),
        TemplateHintRule(),
        LineLengthRule(),
        IgnoreListRule(),
    ]

    /// Lints for text pasted from Word, PDF and e-mail: warnings only, most with an automatic fix.
    public static let lints: [any ValidationRule] = [
        BrokenWordRule(),
        PageNumberRule(),
        DuplicateLinkRule(),
        SpacingRule(),
        MixedQuotesRule(),
        PastedBulletRule(),
        TabRule(),
        InvisibleCharacterRule(),
        BoldLineRule(),
        LiteralMarkupRule(),
        ContactDetailsRule(),
        LetteredListRule(),
        LetteredLinesRule(),
        JoinedLinesRule(),
        LastYearsTextRule(),
        YearListRule(),
        ChairCityRule(),
        MeetingDateRule(),
    ]

    /// Warnings a fragment may silence with `ignore:`, as the rules declare; errors can never
    /// be ignored.
    public static let ignorableRules: [Rule] = (rules + lints).flatMap(\.rules).filter(\.ignorable)

    /// Every rule; `lints: false` leaves out the warning-only lints (for `diff`, which only
    /// needs to know that a year has no errors).
    public static func validate(_ input: ValidationInput, lints: Bool = true) -> [Diagnostic] {
        let rules = lints ? Self.rules + Self.lints : Self.rules
        var ignored: [String: Set<String>] = [:]
        for fragment in input.fragments {
            ignored[fragment.path] = Set(fragment.frontMatter.ignore.map(\.value))
        }
        // Rules are independent; they run on all cores and their findings keep the rules' order.
        let all = ResultSlots<[Diagnostic]>.concurrentMap(rules.count) { rules[$0].check(input) }.flatMap { $0 }
        return all.filter { diagnostic in
            !(diagnostic.severity == .warning && ignored[diagnostic.location.path]?.contains(diagnostic.rule.id.rawValue) == true)
        }
    }
}

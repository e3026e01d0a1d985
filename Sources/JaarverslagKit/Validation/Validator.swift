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
    ]

    public static func validate(_ input: ValidationInput) -> [Diagnostic] {
        rules.flatMap { $0.check(input) }
    }
}

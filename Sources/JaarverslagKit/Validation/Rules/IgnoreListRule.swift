/// `ignore:` may only name warnings that can be silenced; naming anything else is a mistake.
struct IgnoreListRule: ValidationRule {
    let rules: [Rule] = [.unknownRule]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let allowed = Validator.ignorableRules.map(\.id.rawValue)
        return year.checked.flatMap { fragment in
            fragment.frontMatter.ignore.compactMap { rule -> Diagnostic? in
                guard !allowed.contains(rule.value) else { return nil }
                return Diagnostic(
                    .unknownRule, Messages.unknown(rule.value, suggestion: Suggestion.closest(to: rule.value, in: allowed)),
                    at: rule.location, fix: Messages.allowed(allowed), sourceLine: fragment.line(rule.location.line))
            }
        }
    }

    enum Messages {
        static func unknown(_ rule: String, suggestion: String?) -> Message {
            Message(
                nl: "`\(rule)` is geen waarschuwing die genegeerd kan worden" + (suggestion.map { "; bedoelt u `\($0)`?" } ?? ""),
                en: "`\(rule)` is not a warning that can be ignored" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""))
        }
        static func allowed(_ rules: [String]) -> Message {
            let list = rules.map { "`\($0)`" }.joined(separator: ", ")
            return Message(nl: "te negeren: \(list)", en: "can be ignored: \(list)")
        }
    }
}

extension Rule {
    static let unknownRule = Rule(
        "unknown-rule", .error, stage: .fragment,
        summary: Message(
            nl: "`ignore:` noemt iets anders dan een waarschuwing die genegeerd mag worden",
            en: "`ignore:` names something other than an ignorable warning"))
}

/// `ignore:` may only name warnings that can be silenced; naming anything else is a mistake.
struct IgnoreListRule: ValidationRule {
    func check(_ year: ValidationInput) -> [Diagnostic] {
        let allowed = Validator.ignorableRules.map(\.rawValue)
        return year.fragments.flatMap { fragment in
            fragment.frontMatter.ignore.compactMap { rule -> Diagnostic? in
                guard !allowed.contains(rule.value) else { return nil }
                return Diagnostic(
                    .error, "unknown-rule", Messages.unknown(rule.value, suggestion: Suggestion.closest(to: rule.value, in: allowed)),
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

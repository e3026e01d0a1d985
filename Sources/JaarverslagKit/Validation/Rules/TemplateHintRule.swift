/// The hint that `jaarverslag new` puts in an empty fragment must be replaced by real text
/// before the report is built.
struct TemplateHintRule: ValidationRule {
    let rules: [Rule] = [.templateHint]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.compactMap { fragment -> Diagnostic? in
            guard fragment.text.containsBytes(PlaceholderText.marker) else { return nil }
            let body = year.body(fragment)
            guard let line = body.lines.first(where: { $0.text.containsBytes(PlaceholderText.marker) }) else { return nil }
            return Diagnostic(
                .templateHint, Messages.left, at: TextLocation(path: fragment.path, line: line.number, column: 1),
                fix: Messages.fix, sourceLine: String(line.text))
        }
    }

    enum Messages {
        static let left = Message(
            nl: "de voorbeeldzin uit het sjabloon staat er nog", en: "the template's placeholder sentence is still there")
        static let fix = Message(
            nl: "vervang de voorbeeldzin door de tekst over dit jaar", en: "replace the placeholder by the text about this year")
    }
}

extension Rule {
    static let templateHint = Rule(
        "template-hint", .error, stage: .fragment,
        summary: Message(
            nl: "de voorbeeldzin van `jaarverslag new` staat er nog", en: "the placeholder sentence of `jaarverslag new` is still there"))
}

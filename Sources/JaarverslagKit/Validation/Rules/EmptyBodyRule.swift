/// A fragment without text would print a heading over nothing.
struct EmptyBodyRule: ValidationRule {
    let rules: [Rule] = [.emptyBody]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.compactMap { fragment in
            guard fragment.body.isEmpty, fragment.unsupported.isEmpty else { return nil }
            return Diagnostic(
                .emptyBody, Messages.empty, at: TextLocation(path: fragment.path, line: fragment.lineCount, column: 1),
                fix: Messages.fix)
        }
    }

    enum Messages {
        static let empty = Message(
            nl: "dit fragment heeft geen tekst onder de kopgegevens", en: "this fragment has no text below the front matter")
        static let fix = Message(
            nl: "schrijf de tekst van de sectie onder de afsluitende regel `---`",
            en: "write the section's text below the closing `---` line")
    }
}

extension Rule {
    static let emptyBody = Rule(
        "empty-body", .error, stage: .fragment,
        summary: Message(nl: "geen tekst onder de kopgegevens", en: "no text under the front matter"))
}

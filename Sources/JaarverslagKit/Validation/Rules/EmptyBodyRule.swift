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
        // Said so that it fits the portal's text box as well as a fragment file.
        static let empty = Message(nl: "deze sectie heeft nog geen tekst", en: "this section has no text yet")
        static let fix = Message(
            nl: "schrijf de tekst van de sectie (in een fragmentbestand: onder de regel `---` die de kopgegevens afsluit)",
            en: "write the section's text (in a fragment file: below the `---` line that closes the front matter)")
    }
}

extension Rule {
    static let emptyBody = Rule(
        "empty-body", .error, stage: .fragment,
        summary: Message(nl: "geen tekst onder de kopgegevens", en: "no text under the front matter"))
}

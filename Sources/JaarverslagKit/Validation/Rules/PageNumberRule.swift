import Foundation

/// Page numbers and footers copied from a PDF or Word, in Dutch and English, on a line of their
/// own: `7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12`. On a line of its own
/// such a text is never a sentence, so deleting the line is certain.
struct PageNumberRule: ValidationRule {
    let rules: [Rule] = [.pageNumber]

    static let pattern = NSRegularExpression(
        #"^\s*(\d{1,3}\s*/\s*\d{1,3}|(?i:pagina|page|blz\.?|bladzijde|p\.)\s*\d{1,3}(\s*(?i:van|of|/)\s*\d{1,3})?)\s*$"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.fragments.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            return body.matches(Self.pattern, when: { $0.utf8.count < 40 && $0.utf8.contains(where: { (48...57).contains($0) }) }).map {
                match in
                var diagnostic = Diagnostic(
                    .pageNumber, Messages.found(match.line.text.trimmingCharacters(in: .whitespaces)),
                    at: body.location(match.line, match.line.text.startIndex), fix: Messages.fix,
                    sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(ofWholeLine: match.line), replacement: "")]
                return diagnostic
            }
        }
    }

    enum Messages {
        static func found(_ text: String) -> Message {
            Message(nl: "`\(text)` is een paginanummer uit een PDF, geen tekst", en: "`\(text)` is a page number from a PDF, not text")
        }
        static let fix = Message(nl: "verwijder de regel", en: "delete the line")
    }
}

extension Rule {
    static let pageNumber = Rule(
        "page-number", .warning, stage: .lint, ignorable: true, fix: .automatic(Message(nl: "verwijder de regel", en: "delete the line")),
        summary: Message(
            nl: "`7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12` op een eigen regel",
            en: "`7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12` on a line of their own"))
}

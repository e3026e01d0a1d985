import Foundation

/// Page numbers and footers copied from a PDF (`7 / 13`, `Pagina 3 van 12`) on a line of their own.
struct PageNumberRule: ValidationRule {
    let rules: [Rule] = [.pageNumber]

    static let pattern = NSRegularExpression(
        #"^\s*(\d{1,3}\s*/\s*\d{1,3}|[Pp]agina \d{1,3}( van \d{1,3})?|[Pp]age \d{1,3}( of \d{1,3})?)\s*$"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.fragments.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            return body.matches(Self.pattern, when: { $0.utf8.count < 40 && ($0.utf8.contains(47) || $0.containsBytes("age")) }).map {
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
        summary: Message(nl: "`7 / 13`, `Pagina 3 van 12` op een eigen regel", en: "`7 / 13`, `Pagina 3 van 12` on a line of their own"))
}

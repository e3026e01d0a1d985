import Foundation

/// Page numbers and footers copied from a PDF or Word, in Dutch and English, on a line of their
/// own: `7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12`. On a line of its own
/// such a text is never a sentence, so deleting the line is certain.
struct PageNumberRule: ValidationRule {
    let rules: [Rule] = [.pageNumber]

    static let pattern = NSRegularExpression(
        #"^\s*(\d{1,3}\s*/\s*\d{1,3}|\d{1,3}\s+(?i:van|of)\s+\d{1,3}|(?i:pagina|page|blz\.?|bladzijde|p\.)\s*\d{1,3}(\s*(?i:van|of|/)\s*\d{1,3})?)\s*$"#
    )
    /// `12` or `- 12 -` alone on a line: most likely a page number too, but a number may also
    /// be meant, so deleting it is offered.
    static let bare = NSRegularExpression(#"^\s*(\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])\s*$"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            let worthTrying = { (line: Substring) in
                line.utf8.count < 40 && line.utf8.contains(where: { (48...57).contains($0) }) && Self.mayBePageNumber(line)
            }
            let certain = body.matches(Self.pattern, when: worthTrying).map { match in
                var diagnostic = Diagnostic(
                    .pageNumber, Messages.found(match.line.text.trimmingCharacters(in: .whitespaces)),
                    at: body.location(match.line, match.line.text.startIndex), fix: Messages.fix,
                    sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(ofWholeLine: match.line), replacement: "")]
                return diagnostic
            }
            let perhaps = body.matches(Self.bare, when: worthTrying).map { match in
                Diagnostic(
                    .pageNumber, Messages.perhaps(match.line.text.trimmingCharacters(in: .whitespaces)),
                    at: body.location(match.line, match.line.text.startIndex), fix: Messages.offered,
                    sourceLine: String(match.line.text))
            }
            return (certain + perhaps).sorted { $0.location < $1.location }
        }
    }

    /// What both expressions need of a line: apart from white space at either end it starts
    /// with a digit, a dash or the `p` or `b` of `pagina`, `page`, `p.`, `blz.` or `bladzijde`,
    /// and ends with a digit or a dash. Most short lines with a number (a heading with a year, a
    /// date in a list) fail this, so the expressions are not even compiled for a text without a
    /// page number: compiling the first one costs a command about 2 ms.
    static func mayBePageNumber(_ line: Substring) -> Bool {
        let scalars = line.unicodeScalars
        guard let first = scalars.first(where: { !$0.properties.isWhitespace }),
            let last = scalars.last(where: { !$0.properties.isWhitespace })
        else { return false }
        func isDigitOrDash(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.numericType == .decimal || "-–—".unicodeScalars.contains(scalar)
        }
        return (isDigitOrDash(first) || "pPbB".unicodeScalars.contains(first)) && isDigitOrDash(last)
    }

    enum Messages {
        static func found(_ text: String) -> Message {
            Message(nl: "`\(text)` is een paginanummer uit een PDF, geen tekst", en: "`\(text)` is a page number from a PDF, not text")
        }
        static let fix = Message(nl: "verwijder de regel", en: "delete the line")
        static func perhaps(_ text: String) -> Message {
            Message(
                nl: "`\(text)` staat alleen op een regel: waarschijnlijk een paginanummer uit een PDF",
                en: "`\(text)` stands alone on a line: most likely a page number from a PDF")
        }
        static let offered = Message(
            nl: "verwijder de regel als het een paginanummer is", en: "delete the line if it is a page number")
    }
}

extension Rule {
    static let pageNumber = Rule(
        "page-number", .warning, stage: .lint, ignorable: true, fix: .automatic(Message(nl: "verwijder de regel", en: "delete the line")),
        summary: Message(
            nl:
                "`7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12` op een eigen regel (verwijderd); `12` of `- 12 -` alleen (aangeboden)",
            en:
                "`7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12` on a line of their own (deleted); `12` or `- 12 -` alone (offered)"
        ))
}

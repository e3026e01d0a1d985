import Foundation

/// Page numbers and footers copied from a PDF or Word, in Dutch and English, on a line of their
/// own: `7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12`. On a line of its own
/// such a text is never a sentence, so deleting the line is certain. A bare number and a
/// report's running head may be meant, so deleting those is offered.
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
            let certain = body.matches(Self.pattern, when: Self.worthTrying).map { match in
                var diagnostic = Diagnostic(
                    .pageNumber, Messages.found(match.line.text.trimmingCharacters(in: .whitespaces)),
                    at: body.location(match.line, match.line.text.startIndex), fix: Messages.fix,
                    sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(ofWholeLine: match.line), replacement: "")]
                return diagnostic
            }
            let perhaps = body.matches(Self.bare, when: Self.worthTrying).map { match in
                Diagnostic(
                    .pageNumber, Messages.perhaps(match.line.text.trimmingCharacters(in: .whitespaces)),
                    at: body.location(match.line, match.line.text.startIndex), fix: Messages.offered,
                    sourceLine: String(match.line.text))
            }
            let heads = body.lines.indices.compactMap { index -> Diagnostic? in
                let line = body.lines[index]
                guard Self.namesReport(line.text) else { return nil }
                let inParagraph =
                    index > 0 && index + 1 < body.lines.count && !body.lines[index - 1].text.isBlank
                    && !body.lines[index + 1].text.isBlank
                guard Self.isRunningHead(line.text, inParagraph: inParagraph) else { return nil }
                return Diagnostic(
                    .pageNumber, Messages.runningHead(line.text.trimmingSpaces()), at: body.location(line, line.text.startIndex),
                    fix: Messages.runningHeadFix, sourceLine: String(line.text))
            }
            return (certain + perhaps + heads).sorted { $0.location < $1.location }
        }
    }

    /// A PDF's running head or foot pasted with the text (`12   Jaarverslag G40 2024`,
    /// `G40 Stedennetwerk · Jaarverslag 2023` between two lines of a paragraph): a short line
    /// naming the report that is no sentence and no heading, with a page number at one end or
    /// in the middle of a paragraph. A writer may mean such a line, so deleting it is offered.
    static func isRunningHead(_ line: Substring, inParagraph: Bool) -> Bool {
        guard namesReport(line) else { return false }
        let text = line.trimmingSpaces()
        guard text.utf8.count < 70, let last = text.last, !".:;!?,".contains(last), let first = text.first, first != "#",
            text.lowercased().contains("jaarverslag")
        else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        let isPageNumber = { (word: Substring?) in
            word.map { (1...3).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } ?? false
        }
        // Inside a paragraph, a line of wrapped prose may name the report too; a running head
        // names the network or separates its parts.
        let namesNetwork = ["G40", "G32", "Stedennetwerk", "·", "|"].contains { text.contains($0) }
        return (inParagraph && namesNetwork) || (words.count > 1 && (isPageNumber(words.first) || isPageNumber(words.last)))
    }

    /// A short line with `jaarverslag` in it. Most lines name no report: bytes first, before
    /// anything is copied or lowercased.
    static func namesReport(_ line: Substring) -> Bool {
        line.utf8.count < 80 && (line.containsBytes("aarverslag") || line.containsBytes("AARVERSLAG"))
    }

    /// A line of its own that is a page number (`7 / 13`, `Pagina 3 van 12`, `12`, `- 12 -`),
    /// as this rule finds them; the expressions run only on lines that may be one.
    static func isPageNumber(_ line: Substring) -> Bool {
        guard worthTrying(line) else { return false }
        let text = String(line)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.firstMatch(in: text, range: range) != nil || bare.firstMatch(in: text, range: range) != nil
    }

    /// Short, with a digit, and shaped like a page number (`mayBePageNumber`).
    static func worthTrying(_ line: Substring) -> Bool {
        line.utf8.count < 40 && line.utf8.contains(where: { (48...57).contains($0) }) && mayBePageNumber(line)
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
        static func runningHead(_ text: String) -> Message {
            Message(
                nl: "`\(text)` lijkt de kop- of voettekst van een PDF-pagina, meegekomen met de tekst",
                en: "`\(text)` looks like the running head or foot of a PDF page, copied with the text")
        }
        static let runningHeadFix = Message(
            nl: "verwijder de regel als hij niet bij de tekst hoort", en: "delete the line if it is not part of the text")
        static let offered = Message(
            nl: "verwijder de regel als het een paginanummer is", en: "delete the line if it is a page number")
    }
}

extension Rule {
    static let pageNumber = Rule(
        "page-number", .warning, stage: .lint, ignorable: true, fix: .automatic(Message(nl: "verwijder de regel", en: "delete the line")),
        summary: Message(
            nl:
                "`7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12` op een eigen regel (verwijderd); `12` of `- 12 -` alleen, en de kop- of voettekst van een PDF-pagina (`12   Jaarverslag G40 2024`) (aangeboden)",
            en:
                "`7 / 13`, `Pagina 3 van 12`, `pagina 4`, `blz. 5`, `Page 5 of 12` on a line of their own (deleted); `12` or `- 12 -` alone, and a PDF page's running head or foot (`12   Jaarverslag G40 2024`) (offered)"
        ))
}

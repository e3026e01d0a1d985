import Foundation

/// Markdown that was meant but is not made, so that its marks would be printed as they are:
/// `#Resultaten` (no space after `#`) is a paragraph that starts with a hash, not a heading,
/// and `[het rapport](https://…/Gedeelde documenten/…)` (a space in the address, as SharePoint
/// addresses have) is no link but brackets and an address in the text. Both are easy to miss
/// in the preview. What was meant is the writer's call, so the fix is offered, never applied.
struct LiteralMarkupRule: ValidationRule {
    let rules: [Rule] = [.headingWithoutSpace, .linkNotMade]

    /// `[text](address)` on one line, the address without brackets: a candidate link.
    static let bracketLink = NSRegularExpression(#"\[([^\[\]\n]*)\]\(([^()<>\n]*)\)"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            var diagnostics = fragment.body.compactMap { block in headingWithoutSpace(block, in: body) }
            if fragment.text.containsBytes("](") { diagnostics += linksNotMade(in: fragment, body: body) }
            return diagnostics
        }
    }

    private func headingWithoutSpace(_ block: Block, in body: BodyText) -> Diagnostic? {
        // The parsed text first: the file's line is looked up only for a paragraph that starts `#`.
        guard case .paragraph(let inlines) = block.kind, case .text(let start)? = inlines.first, start.hasPrefix("#"),
            !inlines.contains(.softBreak), let line = body.line(block.location.line),
            let (marks, title) = Self.headingWithoutSpace(String(line.text))
        else { return nil }
        return Diagnostic(
            .headingWithoutSpace, Messages.heading(marks + title), at: block.location, fix: Messages.headingFix(marks, title),
            sourceLine: String(line.text))
    }

    /// The hashes and the words of a line that reads as a heading without the space after its
    /// `#`: one to six hashes, then a letter, and a short line that is not a sentence (a
    /// hashtag inside a sentence, `#MeToo was …`, is left alone).
    static func headingWithoutSpace(_ line: String) -> (marks: String, title: String)? {
        let text = line.trimmingSpaces()
        let marks = text.prefix { $0 == "#" }
        guard (1...6).contains(marks.count), line.prefix(while: { $0 == " " }).count <= 3 else { return nil }
        let title = text.dropFirst(marks.count)
        guard let first = title.first, first.isLetter, title.count <= BoldLineRule.maxLength,
            let last = title.last, !".!?;,".contains(last)
        else { return nil }
        return (String(marks), String(title))
    }

    private func linksNotMade(in fragment: Fragment, body: BodyText) -> [Diagnostic] {
        // Only where the parser left `](` in the text: a link it made is no concern of this rule.
        guard fragment.body.flatMap(\.inlineRuns).contains(where: { $0.plainText.containsBytes("](") }) else { return [] }
        var cap = FindingCap()
        return body.matches(Self.bracketLink, when: { $0.containsBytes("](") }).compactMap { match -> Diagnostic? in
            guard let words = match.groups[1], let address = match.groups[2],
                let encoded = Self.addressWithSpaces(address), cap.admit()
            else { return nil }
            return Diagnostic(
                .linkNotMade, Messages.link(words: String(words)), at: body.location(match.line, match.range.lowerBound),
                fix: Messages.linkFix(encoded), sourceLine: String(match.line.text))
        } + cap.summary(.linkNotMade, in: fragment)
    }

    /// The address with `%20` for each space (as the importer writes one, `LinkTarget`), if
    /// it has spaces inside it that are not CommonMark's title (`(https://… "titel")`): the
    /// same address, which a reader's browser opens.
    static func addressWithSpaces(_ address: Substring) -> String? {
        let trimmed = address.trimmingSpaces()
        guard trimmed.contains(" ") else { return nil }
        let afterSpace = trimmed.drop { $0 != " " }.drop { $0 == " " }
        if let opening = afterSpace.first, opening == "\"" || opening == "'" { return nil }
        return LinkTarget.encoded(trimmed)
    }

    enum Messages {
        static func heading(_ line: String) -> Message {
            Message(
                nl: "`\(line)` wordt geen tussenkop: na `#` hoort een spatie; nu komt er `\(line)` als gewone tekst in het verslag",
                en: "`\(line)` does not become a heading: `#` needs a space after it; the report prints `\(line)` as plain text")
        }
        static func headingFix(_ marks: String, _ title: String) -> Message {
            Message(
                nl: "schrijf `\(marks) \(title)`; is het hekje bedoeld, schrijf dan `\\\(marks)\(title)`",
                en: "write `\(marks) \(title)`; if the hash is meant, write `\\\(marks)\(title)`")
        }
        static func link(words: String) -> Message {
            Message(
                nl: "`[\(words)](…)` wordt geen link: er staat een spatie in het adres; "
                    + "in het verslag komen de haken en het adres zo in de tekst te staan",
                en: "`[\(words)](…)` does not become a link: the address has a space in it; "
                    + "the report prints the brackets and the address in the text as they are")
        }
        static func linkFix(_ encoded: String) -> Message {
            Message(
                nl: "schrijf `%20` voor elke spatie in het adres: `(\(encoded))`",
                en: "write `%20` for each space in the address: `(\(encoded))`")
        }
    }
}

extension Rule {
    static let headingWithoutSpace = Rule(
        "heading-without-space", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "een spatie na `#`", en: "a space after `#`")),
        summary: Message(
            nl: "een regel als `#Resultaten`: zonder spatie na `#` wordt het geen tussenkop maar tekst met een hekje",
            en: "a line like `#Resultaten`: without a space after `#` it is text with a hash, not a heading"))
    static let linkNotMade = Rule(
        "link-not-made", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "`%20` voor elke spatie in het adres", en: "`%20` for each space in the address")),
        summary: Message(
            nl: "`[tekst](adres)` met een spatie in het adres: geen link, de haken en het adres komen in de tekst",
            en: "`[text](address)` with a space in the address: no link; the brackets and address are printed"))
}

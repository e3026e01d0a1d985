/// Lines that Markdown joins into one paragraph where the writer meant them apart: a single
/// Enter after a sentence, or short lines one under the other (a list typed or pasted as plain
/// text from Outlook, without markers). The report prints them as one run of text, and in the
/// portal the preview is the only sign. Lines wrapped in the middle of a sentence, as an
/// editor wraps long paragraphs, are left alone; so are lines the other lints speak for
/// (`a) …` items, pasted bullets, tables with tabs, signatures, page numbers, a word broken
/// with a hyphen). Where the paragraph breaks go is the writer's call, so the fix is offered.
struct JoinedLinesRule: ValidationRule {
    let rules: [Rule] = [.joinedLines]

    /// A line shorter than this, followed by one that starts with a capital or a digit, is a
    /// line of its own (a list item, an address line), not part of a wrapped sentence.
    static let shortLine = 50

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            var cap = FindingCap()
            let paragraphs = Self.paragraphs(in: fragment.body).filter { Self.softBreaks(in: $0) > 0 }
            guard !paragraphs.isEmpty else { return [] }
            let body = year.body(fragment)
            return paragraphs.compactMap { block -> Diagnostic? in
                guard let line = Self.firstJoinedLine(block, in: body), cap.admit() else { return nil }
                return Diagnostic(
                    .joinedLines, Messages.joined, at: body.location(line, line.text.startIndex), fix: Messages.fix,
                    sourceLine: String(line.text))
            } + cap.summary(.joinedLines, in: fragment)
        }
    }

    /// Every paragraph, also inside lists and quotes, in reading order.
    static func paragraphs(in blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            switch block.kind {
            case .paragraph: return [block]
            case .bulletList(let items), .orderedList(_, let items), .letteredList(let items):
                return items.flatMap { paragraphs(in: $0.blocks) }
            case .blockQuote(let inner): return paragraphs(in: inner)
            case .heading, .memberList: return []
            }
        }
    }

    /// The first line of a paragraph that the report joins to the line above it where that line
    /// reads as finished; nil if there is none.
    static func firstJoinedLine(_ block: Block, in body: BodyText) -> BodyText.Line? {
        let first = block.location.line
        let lines = (first...(first + softBreaks(in: block))).compactMap(body.line)
        // A signature or contact lines are `contact-details`'s to report, with their own fix.
        guard !lines.contains(where: { ContactDetailsRule.kind(of: $0.text) != nil }) else { return nil }
        for (above, below) in zip(lines, lines.dropFirst())
        where endsOnItsOwn(above.text.trimmingSpaces(), before: below.text.trimmingSpaces()) {
            return below
        }
        return nil
    }

    /// Whether `line` reads as finished before `next`: it ends a sentence or a lead-in (`.`, `:`,
    /// `;`, `!`, `?`), or it is short and the next one starts like a new line.
    static func endsOnItsOwn(_ line: String, before next: String) -> Bool {
        // A page number or a PDF's running head is `page-number`'s to report.
        if PageNumberRule.isPageNumber(Substring(next)) || PageNumberRule.isRunningHead(Substring(next), inParagraph: true) {
            return false
        }
        // A tab is a table's (`tab-table`); a marker starting the next line a list's.
        let marker = next.prefix { $0 != " " && $0 != "\t" && $0 != "\u{00A0}" }
        guard let last = line.last, let start = next.first, !line.hasSuffix("-"), !line.hasSuffix("\\"),
            !line.containsByte(9), !next.containsByte(9), !TabRule.isListMarker(marker)
        else { return false }
        if ".:;!?".contains(last) { return true }
        return line.count < shortLine && (start.isUppercase || start.isNumber)
    }

    /// How many line ends a paragraph's text runs over (0 for anything else).
    private static func softBreaks(in block: Block) -> Int {
        guard case .paragraph(let inlines) = block.kind else { return 0 }
        return softBreaks(in: inlines)
    }

    private static func softBreaks(in inlines: [Inline]) -> Int {
        inlines.reduce(0) { count, inline in
            switch inline {
            case .softBreak: return count + 1
            case .emphasis(let inner), .strong(let inner), .link(_, let inner), .revised(_, let inner): return count + softBreaks(in: inner)
            default: return count
            }
        }
    }

    enum Messages {
        /// Without line numbers: the portal counts lines in its text box, not in the file.
        static let joined = Message(
            nl:
                "deze regel komt in het verslag direct achter de regel erboven, in dezelfde alinea: één keer Enter begint geen nieuwe regel",
            en: "this line is printed right after the line above it, in the same paragraph: a single Enter does not start a new line")
        static let fix = Message(
            nl: "wilt u een nieuwe alinea, laat dan een lege regel tussen beide; is het een opsomming, begin dan elke regel met `- `; "
                + "horen de regels bij elkaar, dan is het goed zo",
            en: "for a new paragraph, leave an empty line between them; for a list, start each line with `- `; "
                + "if the lines belong together, leave them")
    }
}

extension Rule {
    static let joinedLines = Rule(
        "joined-lines", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "een lege regel, of `- ` voor elke regel", en: "an empty line, or `- ` before each line")),
        summary: Message(
            nl: "regels onder elkaar die het verslag in één alinea achter elkaar zet, waar een nieuwe regel bedoeld lijkt",
            en: "lines one under the other that the report runs into one paragraph, where a new line seems meant"))
}

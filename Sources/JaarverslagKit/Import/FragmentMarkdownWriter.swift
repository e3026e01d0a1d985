/// Writes an `ImportedText` as a fragment body: headings `#`/`##`, paragraphs, `- ` and
/// `1. ` lists nested by indentation, `> ` quotes, and lettered items as the `a) ` paragraphs
/// the project reads as a lettered list.
///
/// The whole text is read back with the project's own Markdown parser: every paragraph must
/// come back with the same words, bold, italic and links. When one does not (a CommonMark
/// corner the escaping misses), the text is written again with each paragraph checked on its
/// own, and a paragraph that still does not come back is written without bold and italic and
/// reported, so words are never changed.
struct FragmentMarkdownWriter {
    private var output = ""
    private(set) var findings: [ImportFindings.Finding] = []
    /// The open lists, outermost first: Word level, kind, sequence, and the indentation of
    /// their items' content.
    private var lists: [(level: Int, kind: ListMark.Kind, sequence: Int, contentIndent: String)] = []
    /// The delimiter of the last ordered list at each depth, so that two numbered lists in a
    /// row stay two lists (`1.` then `1)`).
    private var lastDelimiter: [Int: Character] = [:]
    /// Whether each paragraph is read back on its own as it is written (the slow path).
    private let checkEach: Bool
    /// The runs of every paragraph written, in order, for reading the whole text back.
    private var written: [[ImportedRun]] = []

    private init(checkEach: Bool) {
        self.checkEach = checkEach
    }

    static func write(_ text: ImportedText) -> (markdown: String, findings: [ImportFindings.Finding]) {
        var writer = FragmentMarkdownWriter(checkEach: false)
        for paragraph in text.paragraphs { writer.write(paragraph) }
        if !readsBack(writer.output, as: writer.written) {
            writer = FragmentMarkdownWriter(checkEach: true)
            for paragraph in text.paragraphs { writer.write(paragraph) }
        }
        var markdown = writer.output
        while markdown.hasSuffix("\n") { markdown.removeLast() }
        return (markdown.isEmpty ? "" : markdown + "\n", writer.findings)
    }

    /// Whether the whole text, read back, has exactly these paragraphs in this order.
    private static func readsBack(_ markdown: String, as paragraphs: [[ImportedRun]]) -> Bool {
        let parsed = MarkdownParser.parse(markdown, path: "", lineOffset: 0)
        guard parsed.unsupported.isEmpty, parsed.tooDeep == nil else { return false }
        var found: [[Inline]] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines): found.append(inlines)
                case .bulletList(let items), .orderedList(_, let items), .letteredList(let items): items.forEach { collect($0.blocks) }
                case .blockQuote(let inner): collect(inner)
                case .memberList: return
                }
            }
        }
        collect(parsed.blocks)
        guard found.count == paragraphs.count else { return false }
        return zip(found, paragraphs).allSatisfy { ImportedRun.sameReading(ImportedRun.flatten($0), $1) }
    }

    private mutating func write(_ paragraph: ImportedParagraph) {
        switch paragraph.role {
        case .heading(let level):
            closeLists()
            // A heading is one line in Markdown: a manual line break in it (a long heading
            // broken with Shift+Enter) becomes a space, or its second line would be body text.
            var heading = paragraph
            heading.runs = paragraph.runs.map { run in
                var run = run
                if run.text.contains("\n") { run.text = run.text.replacing(#/ *\n */#, with: " ") }
                return run
            }
            block(String(repeating: "#", count: min(max(level, 1), 2)) + " ", heading, indent: "")
        case .quote:
            closeLists()
            block("> ", paragraph, indent: "> ")
        case .listItem(let mark):
            item(mark, paragraph)
        case .listContinuation(let level):
            guard let depth = lists.lastIndex(where: { $0.level <= level }) ?? lists.indices.last else {
                closeLists()
                block("", paragraph, indent: "")
                return
            }
            lists.removeSubrange((depth + 1)...)
            let indent = lists[depth].contentIndent
            block(indent, paragraph, indent: indent)
        case .body, .title, .subtitle, .listParagraph:
            closeLists()
            block("", paragraph, indent: "")
        }
    }

    private mutating func item(_ mark: ListMark, _ paragraph: ImportedParagraph) {
        while let last = lists.last, last.level > mark.level { lists.removeLast() }
        var replaced: ListMark.Kind?
        if let last = lists.last, last.level == mark.level,
            last.kind != mark.kind || (mark.kind != .bullet && last.sequence != mark.sequence)
        {
            replaced = lists.removeLast().kind
        }
        let continuing = lists.last.map { $0.level == mark.level } ?? false
        let parent = continuing ? lists.dropLast().last : lists.last
        let parentIndent = parent.map(\.contentIndent) ?? ""
        let depth = continuing ? lists.count - 1 : lists.count
        let marker: String
        switch mark.kind {
        case .bullet:
            marker = "- "
        case .decimal:
            let delimiter: Character
            if continuing {
                delimiter = lastDelimiter[depth] ?? "."
            } else {
                // A new numbered list right after another at the same depth needs the other
                // delimiter, or CommonMark reads the two as one list.
                delimiter = replaced == .decimal && lastDelimiter[depth] == "." ? ")" : "."
                lastDelimiter[depth] = delimiter
            }
            marker = "\(mark.number)\(delimiter) "
        case .letter:
            marker = Self.letters(mark.number) + ") "
        }
        // What belongs to a lettered item is indented under it, so that the list ends where
        // Word's list ends (`LetteredLists`): a paragraph after the list is not taken into its
        // last item. Three spaces at most (`aa) ` is four), or a top-level block would be code.
        let contentIndent = parentIndent + String(repeating: " ", count: mark.kind == .letter ? 3 : marker.count)
        if continuing {
            lists[lists.count - 1].contentIndent = contentIndent
        } else {
            lists.append((mark.level, mark.kind, mark.sequence, contentIndent))
        }
        // A numbered list that starts at another number than 1 cannot interrupt a paragraph in
        // CommonMark: written right under its parent item's text, `3. y` would be read as more
        // of that text. A blank line before it keeps it a list; the report shows lists the same
        // either way.
        let mayNotInterrupt = mark.kind == .decimal && !continuing && mark.number != 1
        block(
            parentIndent + marker, paragraph, indent: contentIndent,
            tight: mark.kind != .letter && !mayNotInterrupt && lastItemDepth.map { continuing || depth > $0 } ?? false)
        lastItemDepth = lists.count - 1
    }

    private var lastItemDepth: Int?

    private mutating func closeLists() {
        lists.removeAll()
        lastItemDepth = nil
    }

    /// One paragraph with its prefix (`# `, `- `, `> `, indentation), checked by reading it back.
    private mutating func block(_ prefix: String, _ paragraph: ImportedParagraph, indent: String, tight: Bool = false) {
        var content = MarkdownInlines.write(paragraph.runs, indent: indent)
        written.append(paragraph.runs)
        if checkEach, !Self.readsBack(content, as: paragraph.runs) {
            let plain = MarkdownInlines.write(paragraph.runs, indent: indent, bold: false, italic: false)
            let unformatted = paragraph.runs.map { ImportedRun(text: $0.text, link: $0.link) }
            content =
                Self.readsBack(plain, as: unformatted)
                ? plain : MarkdownInlines.write(paragraph.runs, indent: indent, bold: false, italic: false, links: false)
            findings.append(.init(rule: .importFormatting, message: Messages.formattingLost, position: paragraph.position))
        }
        if !output.isEmpty, !tight { output += "\n" }
        output += prefix + content + "\n"
        if case .listItem = paragraph.role {} else { lastItemDepth = nil }
    }

    /// Whether `markdown`, read by the project's parser, gives back exactly these runs.
    static func readsBack(_ markdown: String, as runs: [ImportedRun]) -> Bool {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " || $0 == ">" } }
        let parsed = MarkdownParser.parse(lines.joined(separator: "\n"), path: "", lineOffset: 0)
        guard parsed.unsupported.isEmpty, parsed.blocks.count <= 1 else { return false }
        guard let block = parsed.blocks.first else { return runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
        guard case .paragraph(let inlines) = block.kind else { return false }
        return ImportedRun.sameReading(ImportedRun.flatten(inlines), runs)
    }

    /// `a` … `z`, then `aa`, `ab`, … as Word counts letters.
    static func letters(_ number: Int) -> String {
        guard number >= 1 else { return "a" }
        let index = (number - 1) % 26
        let repeats = (number - 1) / 26 + 1
        return String(repeating: String(UnicodeScalar(UInt8(97 + index))), count: repeats)
    }

    enum Messages {
        static let formattingLost = Message(
            nl: "vet en cursief in deze alinea konden niet precies worden overgenomen en zijn weggelaten; de woorden zijn gebleven",
            en: "bold and italic in this paragraph could not be carried over exactly and were left out; the words are unchanged")
    }
}

extension Rule {
    static let importFormatting = Rule(
        "import-formatting", .warning, stage: .importing,
        summary: Message(
            nl: "vet of cursief dat niet precies in Markdown past en is weggelaten, of hoofdletters die alleen door de opmaak zo stonden",
            en: "bold or italic that does not fit Markdown exactly and was left out, or capitals that were only formatting"))
}

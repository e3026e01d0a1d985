/// Reads the HTML that Word (or Outlook) puts on the clipboard into the same `ImportedText` as
/// the .docx reader, so that a pasted text and an uploaded file are mapped alike.
///
/// Word sends no `ul`/`li` for its lists but paragraphs such as
/// `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level2 lfo1'>`, with the marker it
/// drew inside `<span style='mso-list:Ignore'>` and the list's format in the style sheet
/// (`@list l0:level2 {mso-level-number-format:alpha-lower}`). Both those and real `ul`/`ol`
/// lists are read. Styles come from class names (`MsoTitle`, `MsoQuote`, a house style's
/// `G40Tussenkop`), headings from `h1`–`h6`, bold and italic from tags and inline styles.
struct WordHTMLReader {
    let houseStyle: ImportStyleMap
    private(set) var paragraphs: [ImportedParagraph] = []
    var ledger = ParagraphLedger()

    /// `l0:level1` → the list format Word declared in its style sheet.
    var listFormats: [String: String] = [:]
    private var content = RunCollector()
    private var collecting = false
    private var role = ImportedParagraph.Role.body
    private var styleName: String?
    var marker: String?
    private var quoteDepth = 0
    /// Open `ul`/`ol` lists: kind, next number, sequence.
    private var lists: [(kind: ListMark.Kind, next: Int, sequence: Int)] = []
    /// Word list paragraphs: the last number seen per list and level, and their sequences.
    var wordNumbers: [String: Int] = [:]
    var wordSequences: [String: Int] = [:]
    var nextSequence = 1

    /// Elements deeper than this are not walked: HTML has no depth limit of its own.
    static let maxDepth = 200

    init(houseStyle: ImportStyleMap) {
        self.houseStyle = houseStyle
    }

    mutating func read(root: XMLElement) {
        for style in root.descendants({ $0.name == "style" }) { readListFormats(style.text) }
        let body = root.descendants { $0.name == "body" }.first ?? root
        walk(body, format: Format(), depth: 0)
        finishParagraph()
    }

    struct Format {
        var bold = false
        var italic = false
        var link: String?
    }

    // MARK: Blocks

    private mutating func walk(_ element: XMLElement, format: Format, depth: Int) {
        guard depth < Self.maxDepth else {
            ledger.pend(.importUnknown, Messages.tooDeep)
            return
        }
        for child in element.children {
            switch child {
            case .text(let text): appendText(text, format: format)
            case .entity: continue
            case .element(let inner): visit(inner, format: format, depth: depth + 1)
            }
        }
    }

    private mutating func visit(_ element: XMLElement, format: Format, depth: Int) {
        let name = element.name.lowercased()
        switch name {
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd", "address", "figcaption", "caption":
            if collecting, name == "p" {
                walk(element, format: format, depth: depth)  // Word's <o:p>, read as a nested p
                return
            }
            finishParagraph()
            startParagraph(element, name: name)
            walk(element, format: format, depth: depth)
            finishParagraph()
        case "blockquote":
            finishParagraph()
            quoteDepth += 1
            walk(element, format: format, depth: depth)
            finishParagraph()
            quoteDepth -= 1
        case "ul", "ol":
            finishParagraph()
            let type = element.value("type") ?? ""
            let kind: ListMark.Kind = name == "ul" ? .bullet : (type.lowercased() == "a" ? .letter : .decimal)
            lists.append((kind, Int(element.value("start") ?? "") ?? 1, nextSequence))
            nextSequence += 1
            walk(element, format: format, depth: depth)
            finishParagraph()
            lists.removeLast()
        case "li":
            finishParagraph()
            guard let list = lists.last else {
                walk(element, format: format, depth: depth)
                return
            }
            role = .listItem(ListMark(level: lists.count - 1, kind: list.kind, number: list.next, sequence: list.sequence))
            lists[lists.count - 1].next += 1
            collecting = true
            walk(element, format: format, depth: depth)
            finishParagraph()
        case "div", "section", "article", "main", "header", "footer", "body", "html", "center", "dl", "figure":
            walk(element, format: format, depth: depth)
        case "table":
            finishParagraph()
            let rows = element.descendants { $0.name == "tr" }.count
            let cells = element.descendants { $0.name == "td" || $0.name == "th" }.prefix(20).map(\.text)
            let excerpt = ImportPosition.excerpt(of: cells.joined(separator: " "), words: 8)
            ledger.pend(
                .importTable,
                WordDocumentReader.Messages.table(
                    rows: rows, columns: rows == 0 ? 0 : max(cells.count / max(rows, 1), 1), excerpt: excerpt),
                fix: Messages.pastedTableFix)
            ledger.closeBlock()
        case "head", "title", "meta", "link", "script", "style", "xml", "template", "noscript":
            return
        default:
            inline(element, name: name, format: format, depth: depth)
        }
    }

    private mutating func startParagraph(_ element: XMLElement, name: String) {
        collecting = true
        marker = nil
        let classes = (element.value("class") ?? "").split(separator: " ").map(String.init)
        styleName = classes.first
        if let level = Int(name.dropFirst()), name.hasPrefix("h") {
            role = .heading(level: level)
            return
        }
        if let list = Self.msoList(element.value("style") ?? "") {
            role = .listItem(ListMark(level: list.level, kind: .bullet, number: 0, sequence: 0))
            pendingWordList = list
            return
        }
        role = quoteDepth > 0 ? .quote : .body
        for name in classes {
            if let meaning = houseMeaning(of: name) {
                role = meaning
                return
            }
            switch name.lowercased() {
            case "msotitle": role = .title
            case "msosubtitle": role = .subtitle
            case "msoquote", "msointensequote", "msoblocktext": role = .quote
            case let value where value.hasPrefix("msolistparagraph") || value.hasPrefix("msolistcontinue"): role = .listParagraph
            default: continue
            }
            return
        }
    }

    private var pendingWordList: (list: String, level: Int, instance: String)?

    /// A house style's class: Word writes the style name without spaces (`G40 Tussenkop` →
    /// `G40Tussenkop`).
    private func houseMeaning(of className: String) -> ImportedParagraph.Role? {
        let key = Self.letters(className)
        guard let match = houseStyle.paragraphStyles.first(where: { Self.letters($0.key) == key }) else { return nil }
        switch match.value.value {
        case .heading1: return .heading(level: 1)
        case .heading2: return .heading(level: 2)
        case .paragraph: return .body
        case .quote: return .quote
        case .title: return .title
        case .listContinuation: return .listContinuation(level: 0)
        case .bulletList: return .listItem(ListMark(level: 0, kind: .bullet, number: 0, sequence: -2))
        case .numberedList, .letteredList, .ignore: return .body
        }
    }

    private static func letters(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    // MARK: Inline

    private mutating func inline(_ element: XMLElement, name: String, format: Format, depth: Int) {
        var inner = format
        let style = (element.value("style") ?? "").lowercased().replacingOccurrences(of: " ", with: "")
        if style.contains("mso-list:ignore") {
            marker = element.text.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: "\u{00A0}")))
            return
        }
        if style.contains("display:none") {
            if !element.text.allSatisfy(\.isWhitespace) { ledger.pend(.importHiddenText, WordDocumentReader.Messages.hidden(element.text)) }
            return
        }
        if style.contains("text-transform:uppercase") || style.contains("font-variant:small-caps"),
            element.text.contains(where: \.isLowercase)
        {
            ledger.pend(.importFormatting, WordDocumentReader.Messages.capitals(element.text), fix: WordDocumentReader.Messages.capitalsFix)
        }
        if ["b", "strong"].contains(name) || style.contains("font-weight:bold") || style.contains("font-weight:700")
            || style.contains("font-weight:800") || style.contains("font-weight:900")
        {
            inner.bold = true
        }
        if style.contains("font-weight:normal") || style.contains("font-weight:400") { inner.bold = false }
        if ["i", "em", "cite", "dfn"].contains(name) || style.contains("font-style:italic") { inner.italic = true }
        if style.contains("font-style:normal") { inner.italic = false }
        switch name {
        case "br":
            if collecting { content.append("\n", bold: format.bold, italic: format.italic, link: format.link) }
            return
        case "sup", "sub":
            // m², CO₂: raised digits as the characters that look the same (`RaisedDigits`).
            if collecting, element.elements.isEmpty, let raised = RaisedDigits.map(element.text, name == "sup" ? .raised : .lowered) {
                content.append(raised, bold: inner.bold, italic: inner.italic, link: inner.link)
                return
            }
        case "img", "object", "embed", "iframe", "svg", "math", "video", "audio", "canvas":
            let alt = element.value("alt") ?? element.value("title")
            let what =
                name == "img"
                ? (alt.map { Message(nl: "een afbeelding („\($0)”)", en: "an image (“\($0)”)") }
                    ?? Message(nl: "een afbeelding", en: "an image"))
                : Message(nl: "een ingesloten object (`\(name)`)", en: "an embedded object (`\(name)`)")
            ledger.pend(.importObject, WordDocumentReader.Messages.object(what), fix: WordDocumentReader.Messages.objectFix)
            return
        case "s", "strike", "del":
            if !element.text.allSatisfy(\.isWhitespace) {
                ledger.pend(.importStrikethrough, WordDocumentReader.Messages.struck, fix: WordDocumentReader.Messages.struckFix)
            }
        case "a":
            if let href = element.value("href"), case .address(let url)? = LinkTarget(address: href, anchor: nil) {
                inner.link = url
                content.seal()
                let first = content.count
                walk(element, format: inner, depth: depth)
                if SafeLinks.isSafeLink(href.replacingOccurrences(of: "&amp;", with: "&")),
                    content.text(from: first).trimmingCharacters(in: .whitespaces) == href
                {
                    content.replace(from: first, with: url)
                }
                content.seal()
                return
            }
        default: break
        }
        walk(element, format: inner, depth: depth)
    }

    /// Word's downlevel conditionals (`<![if !supportLists]>`, `<![endif]>`) reach the HTML
    /// parser as text; they are not the author's words.
    static func withoutConditionals(_ raw: String) -> String {
        guard raw.contains("<![") else { return raw }
        var rest = Substring(raw)
        var result = ""
        while let open = rest.range(of: "<![") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "]>") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    private mutating func appendText(_ original: String, format: Format) {
        let raw = Self.withoutConditionals(original)
        var text = ""
        var space = false
        for character in raw {
            if character == " " || character == "\n" || character == "\r" || character == "\t" {
                space = true
            } else {
                if space { text.append(" ") }
                space = false
                text.append(character)
            }
        }
        if space { text.append(" ") }
        guard !text.isEmpty else { return }
        if !collecting {
            guard !text.allSatisfy({ $0 == " " }) else { return }
            collecting = true
            role = quoteDepth > 0 ? .quote : .body
        }
        content.append(text, bold: format.bold, italic: format.italic, link: format.link)
    }

    private mutating func finishParagraph() {
        guard collecting else { return }
        collecting = false
        var runs = content.runs
        content = RunCollector()
        RunCollector.trim(&runs)
        if let list = pendingWordList {
            role = .listItem(wordListMark(list))
            pendingWordList = nil
        }
        let (position, hasText) = ledger.close(runs)
        if hasText { paragraphs.append(ImportedParagraph(role: role, runs: runs, position: position, styleName: styleName)) }
        role = .body
        marker = nil
    }

    enum Messages {
        static let tooDeep = Message(
            nl: "de HTML is dieper genest dan 200 niveaus; wat dieper ligt is niet gelezen",
            en: "the HTML is nested deeper than 200 levels; what lies deeper was not read")
        /// For a paste, not a document: the words go into the text box, nothing is imported again.
        static let pastedTableFix = Message(
            nl: "typ wat in de tabel staat als gewone zinnen of als opsomming in de tekst",
            en: "type what the table says as sentences or as a list in the text")
    }
}

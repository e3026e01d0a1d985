/// Reading inside a paragraph: runs and their formatting, hyperlinks (`w:hyperlink`, field
/// codes, `w:fldSimple`), tracked changes, footnotes, comments and objects.
extension WordDocumentReader {
    struct InlineContext {
        /// Bold and italic given by the paragraph style, if any.
        var bold: Bool?
        var italic: Bool?
        var link: String?
    }

    /// A field being read: its instruction until `separate`, then its shown result.
    struct OpenField {
        var instruction = ""
        var inResult = false
        var kind = FieldInstruction.other
        /// Where the result's runs start, to check a link's text once the field ends.
        var firstRun = 0
    }

    mutating func inline(_ parent: XMLElement, context: InlineContext) {
        content.collecting = true
        defer { content.collecting = false }
        children(of: parent, context: context)
    }

    private mutating func children(of parent: XMLElement, context: InlineContext) {
        for child in parent.elements {
            guard child.isWord else {
                if child.name == "AlternateContent" || child.name == "oMath" || child.name == "oMathPara" {
                    object(child)
                } else {
                    unknown(child)
                }
                continue
            }
            switch child.name {
            case "pPr": continue
            case "r": run(child, context: context)
            case "hyperlink": hyperlink(child, context: context)
            case "fldSimple": simpleField(child, context: context)
            case "ins", "moveTo":
                let start = content.length
                children(of: child, context: context)
                noteChange(deleted: false, text: Self.words(of: child, deleted: false), from: start, to: content.length)
            case "del", "moveFrom":
                noteChange(deleted: true, text: Self.words(of: child, deleted: true), from: content.length, to: content.length)
            case "smartTag", "customXml", "dir", "bdo": children(of: child, context: context)
            case "sdt": child.word("sdtContent").map { children(of: $0, context: context) }
            case "subDoc", "contentPart": object(child)
            case "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "commentRangeStart", "commentRangeEnd",
                "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart",
                "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart",
                "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "lastRenderedPageBreak":
                continue
            default: unknown(child)
            }
        }
    }

    private mutating func run(_ element: XMLElement, context: InlineContext) {
        let properties = element.word("rPr")
        let character = styles.formatting(ofCharacterStyle: properties?.word("rStyle")?.value("val"))
        let format = RunFormat(
            bold: properties?.toggle("b") ?? character.bold ?? context.bold ?? false,
            italic: properties?.toggle("i") ?? character.italic ?? context.italic ?? false,
            hidden: properties?.toggle("vanish") == true,
            struck: properties?.toggle("strike") == true || properties?.toggle("dstrike") == true,
            raised: RaisedDigits.Position(word: properties?.word("vertAlign")?.value("val")),
            capitals: properties?.toggle("caps") == true || properties?.toggle("smallCaps") == true,
            link: context.link)
        for child in element.elements {
            guard child.isWord else {
                if child.name == "AlternateContent" { object(child) } else { unknown(child) }
                continue
            }
            switch child.name {
            case "t": emit(child.text, format)
            case "instrText":
                if let last = fields.indices.last, !fields[last].inResult { fields[last].instruction += child.text }
            case "fldChar": fieldCharacter(child.value("fldCharType") ?? "")
            case "tab", "ptab": emit(" ", format)
            case "br", "cr": emit("\n", format)
            case "noBreakHyphen": emit("-", format)
            case "sym":
                let font = child.value("font") ?? ""
                ledger.pend(.importObject, Messages.symbol(font), fix: Messages.symbolFix)
            case "drawing", "pict", "object", "contentPart": object(child)
            case "footnoteReference", "endnoteReference":
                note(child.value("id") ?? "", endnote: child.name == "endnoteReference", format: format)
            case "commentReference":
                comments.append((child.value("id") ?? "", paragraphs.count))
            case "ruby":
                if let base = child.word("rubyBase") {
                    for inner in base.elements where inner.isWord("r") { run(inner, context: context) }
                }
            case "rPr", "softHyphen", "delText", "delInstrText", "annotationRef", "footnoteRef", "endnoteRef", "separator",
                "continuationSeparator", "lastRenderedPageBreak", "pgNum", "dayShort", "dayLong", "monthShort", "monthLong",
                "yearShort", "yearLong":
                continue
            default: unknown(child)
            }
        }
    }

    struct RunFormat {
        var bold: Bool
        var italic: Bool
        var hidden: Bool
        var struck: Bool
        /// Superscript or subscript (`w:vertAlign`).
        var raised: RaisedDigits.Position?
        /// All Caps or Small Caps (`w:caps`, `w:smallCaps`) set on the run itself.
        var capitals = false
        var link: String?
    }

    private mutating func emit(_ text: String, _ format: RunFormat) {
        guard fields.allSatisfy({ $0.inResult && !$0.kind.hidesResult }) else { return }
        if format.hidden {
            // Enough for the finding's first words, however much is hidden.
            if !text.allSatisfy(\.isWhitespace) || !content.hidden.isEmpty, content.hidden.utf8.count < 1_000 { content.hidden += text }
            return
        }
        if format.struck, !text.allSatisfy(\.isWhitespace) { content.struck = true }
        if format.capitals, text.contains(where: \.isLowercase), content.capitals.utf8.count < 200 { content.capitals += text + " " }
        let shown = format.raised.flatMap { RaisedDigits.map(text, $0) } ?? text
        content.append(shown, bold: format.bold, italic: format.italic, link: fieldLink ?? format.link)
    }

    /// The address of the innermost hyperlink field whose result is being read.
    private var fieldLink: String? {
        for field in fields.reversed() where field.inResult {
            if case .hyperlink = field.kind { return field.linkAddress }
        }
        return nil
    }

    private mutating func fieldCharacter(_ type: String) {
        switch type {
        case "begin":
            fields.append(OpenField(firstRun: content.count))
        case "separate":
            guard let last = fields.indices.last else { return }
            fields[last].inResult = true
            fields[last].kind = FieldInstruction(fields[last].instruction)
            fields[last].firstRun = content.count
            content.seal()
            if fields[last].kind == .generatedList { noteTableOfContents() }
        case "end":
            guard var field = fields.popLast() else { return }
            if !field.inResult { field.kind = FieldInstruction(field.instruction) }
            if case .hyperlink(let address, let anchor) = field.kind, field.inResult {
                finishLink(LinkTarget(address: address, anchor: anchor), raw: address, from: field.firstRun)
            }
        default: break
        }
    }

    private mutating func hyperlink(_ element: XMLElement, context: InlineContext) {
        var address: String?
        if let id = element.value("id"), let relationship = relationships[id] { address = relationship.target }
        linked(element, address: address, anchor: element.value("anchor"), context: context)
    }

    private mutating func simpleField(_ element: XMLElement, context: InlineContext) {
        let kind = FieldInstruction(element.value("instr") ?? "")
        if kind == .generatedList { noteTableOfContents() }
        guard !kind.hidesResult else { return }
        guard case .hyperlink(let address, let anchor) = kind else {
            children(of: element, context: context)
            return
        }
        linked(element, address: address, anchor: anchor, context: context)
    }

    /// The runs inside a `w:hyperlink` or a `HYPERLINK` `w:fldSimple`, as the link's text.
    private mutating func linked(_ element: XMLElement, address: String?, anchor: String?, context: InlineContext) {
        let target = LinkTarget(address: address, anchor: anchor)
        var inner = context
        if case .address(let url) = target { inner.link = url }
        content.seal()
        let first = content.count
        children(of: element, context: inner)
        finishLink(target, raw: address, from: first)
    }

    /// After a link's text is read: a bookmark or local-file link keeps its text without
    /// the link (reported); text that was the wrapped SafeLinks address shows the real one.
    private mutating func finishLink(_ target: LinkTarget?, raw: String?, from first: Int) {
        defer { content.seal() }
        let text = content.text(from: first).trimmingWhitespaces()
        switch target {
        case .address(let url):
            if let raw, raw != url, text == raw || text == raw.replacingOccurrences(of: "&amp;", with: "&") {
                content.replace(from: first, with: url)
            }
        case .bookmark(let anchor):
            content.unlink(from: first)
            if !text.isEmpty, !anchor.hasPrefix("_Toc") {
                ledger.pend(.importInternalLink, Messages.bookmark(text))
            }
        case .local(let path):
            content.unlink(from: first)
            if path.lowercased().hasPrefix("tel:") {
                ledger.pend(.importLocalLink, Messages.phone(text, path), fix: Messages.phoneFix)
            } else {
                ledger.pend(.importLocalLink, Messages.local(text, path), fix: Messages.localFix)
            }
        case nil: break
        }
    }

    /// A footnote or endnote: its text goes between brackets where its number was.
    private mutating func note(_ id: String, endnote: Bool, format: RunFormat) {
        guard let paragraphs = notes.note(id, endnote: endnote) else { return }
        let saved = (fields, relationships)
        fields = []
        relationships = notes.relationships(endnote: endnote)
        var pieces = RunCollector()
        swap(&pieces, &content)
        for paragraph in paragraphs {
            if content.count > 0 { emit(" ", format) }
            children(of: paragraph, context: InlineContext(link: nil))
        }
        swap(&pieces, &content)
        (fields, relationships) = saved
        var runs = pieces.runs
        RunCollector.trim(&runs)
        guard !runs.isEmpty else { return }
        content.append(" (", bold: format.bold, italic: format.italic, link: nil)
        for run in runs {
            content.append(run.text.replacingOccurrences(of: "\n", with: " "), bold: run.bold, italic: run.italic, link: run.link)
        }
        content.append(")", bold: format.bold, italic: format.italic, link: nil)
        let excerpt = ImportPosition.excerpt(of: runs.map(\.text).joined(), words: 8)
        ledger.pend(.importFootnote, Messages.footnote(excerpt, endnote: endnote), fix: Messages.footnoteFix)
    }
}

extension WordDocumentReader.OpenField {
    var linkAddress: String? {
        guard case .hyperlink(let address, let anchor) = kind, case .address(let url)? = LinkTarget(address: address, anchor: anchor)
        else { return nil }
        return url
    }
}

extension Rule {
    static let importInternalLink = Rule(
        "import-internal-link", .warning, stage: .importing,
        summary: Message(
            nl: "een link naar een plek in het document zelf, overgenomen als tekst",
            en: "a link to a place in the document itself, kept as text"))
    static let importLocalLink = Rule(
        "import-local-link", .warning, stage: .importing,
        summary: Message(
            nl: "een link naar een bestand op een computer, overgenomen als tekst", en: "a link to a file on a computer, kept as text"))
    static let importFootnote = Rule(
        "import-footnote", .warning, stage: .importing,
        summary: Message(
            nl: "een voetnoot of eindnoot, tussen haakjes in de tekst gezet", en: "a footnote or endnote, put between brackets in the text")
    )
}

extension WordDocumentReader.Messages {
    static func symbol(_ font: String) -> Message {
        Message(
            nl: "een symbool uit het lettertype \(font) is niet overgenomen",
            en: "a symbol from the font \(font) was not carried over")
    }
    static let symbolFix = Message(
        nl: "typ het als gewone tekst als het iets betekent", en: "type it as ordinary text if it means something")
    static func bookmark(_ text: String) -> Message {
        Message(
            nl: "de link op „\(text)” wijst naar een plek in het document zelf; de tekst is overgenomen zonder link",
            en: "the link on “\(text)” points to a place in the document itself; the text was carried over without the link")
    }
    static func local(_ text: String, _ path: String) -> Message {
        Message(
            nl:
                "de link op „\(text)” wijst naar een bestand op een computer (\(path)) dat lezers niet kunnen openen; de tekst is overgenomen zonder link",
            en:
                "the link on “\(text)” points to a file on a computer (\(path)) that readers cannot open; the text was carried over without the link"
        )
    }
    /// A `tel:` link: a number to call, which a printed report cannot.
    static func phone(_ text: String, _ number: String) -> Message {
        Message(
            nl:
                "de link op „\(text)” belt een nummer (\(number)); het jaarverslag heeft alleen web- en maillinks, dus de tekst is overgenomen zonder link",
            en:
                "the link on “\(text)” calls a number (\(number)); the report has web and mail links only, so the text was carried over without the link"
        )
    }
    static let phoneFix = Message(
        nl: "moet het nummer in het jaarverslag staan, schrijf het dan uit in de tekst",
        en: "if the number belongs in the report, write it out in the text")
    static let localFix = Message(
        nl: "link naar een webadres (https://…) als het document online staat",
        en: "link to a web address (https://…) if the document is online")
    static func footnote(_ excerpt: String, endnote: Bool) -> Message {
        Message(
            nl: "\(endnote ? "eindnoot" : "voetnoot") „\(excerpt)” staat nu tussen haakjes in de tekst, waar het nootnummer stond",
            en: "\(endnote ? "endnote" : "footnote") “\(excerpt)” now stands between brackets in the text, where its number was")
    }
    static let footnoteFix = Message(
        nl: "het jaarverslag heeft geen voetnoten; herschrijf de zin als de haakjes niet goed lezen",
        en: "the report has no footnotes; rewrite the sentence if the brackets do not read well")
}

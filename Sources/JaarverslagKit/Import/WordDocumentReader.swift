/// Walks the body of `word/document.xml` from top to bottom and produces the document's
/// meaning (`ImportedText`): paragraphs with a role from their style and numbering, and what
/// could not be carried over as findings with their place.
///
/// Headers, footers and section properties are page furniture and are never read.
struct WordDocumentReader {
    let styles: WordStyles
    let numbering: WordNumbering
    var relationships: Relationships
    let notes: WordNotes
    /// Where the reader is, for the places of findings.
    var ledger = ParagraphLedger()
    private(set) var paragraphs: [ImportedParagraph] = []

    var counter = ListCounter()
    var fields: [OpenField] = []
    var content = RunCollector()
    /// Runs of a paragraph whose paragraph mark was deleted (tracked): joined to the next one.
    var carried: [ImportedRun] = []
    var insertions = 0
    var deletions = 0
    /// The words of each tracked change, with the index in `paragraphs` of its paragraph.
    var changes: [(paragraph: Int, deleted: Bool, text: String, end: Int?)] = []
    /// Comments by id, with the index in `paragraphs` of the paragraph they were in.
    var comments: [(id: String, paragraph: Int)] = []
    /// Per style the house style leaves out, where each of its paragraphs with text was, with
    /// their first words: a secretary may have typed over a template's instruction.
    var ignoredByHouseStyle: [String: [ImportPosition]] = [:]
    var tableOfContentsNoted = false
    /// The index in `paragraphs` of each heading Word shows with a number (set as it is kept).
    var numberedHeadings: [Int] = []

    init(styles: WordStyles, numbering: WordNumbering, relationships: Relationships, notes: WordNotes) {
        self.styles = styles
        self.numbering = numbering
        self.relationships = relationships
        self.notes = notes
    }

    mutating func read(body: XMLElement) {
        blocks(in: body)
        if !carried.isEmpty { finishParagraph(role: .body, styleName: nil, markDeleted: false) }
        summarize()
    }

    mutating func blocks(in parent: XMLElement) {
        for element in parent.elements { block(element) }
    }

    private mutating func block(_ element: XMLElement) {
        guard element.isWord else {
            if element.name == "AlternateContent" {
                object(element)
                ledger.closeBlock()
            } else {
                unknown(element)
            }
            return
        }
        switch element.name {
        case "p": paragraph(element)
        case "tbl": table(element)
        case "sdt": element.word("sdtContent").map { blocks(in: $0) }
        case "customXml", "ins", "moveTo", "smartTag": blocks(in: element)
        case "del", "moveFrom": noteChange(deleted: true, text: Self.words(of: element, deleted: true), from: nil, to: nil)
        case "altChunk":
            ledger.add(.init(rule: .importObject, message: Messages.altChunk, fix: Messages.objectFix, position: ledger.after))
        case "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "commentRangeStart", "commentRangeEnd",
            "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart",
            "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart",
            "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd":
            break
        default: unknown(element)
        }
    }

    // MARK: Paragraphs

    private mutating func paragraph(_ element: XMLElement) {
        let properties = element.word("pPr")
        let styleID = properties?.word("pStyle")?.value("val")
        let (meaning, styleName) = styles.meaning(ofParagraphStyle: styleID)
        let inherent: Bool
        switch meaning {
        case .heading, .title, .subtitle, .tableOfContents: inherent = true
        default: inherent = false
        }
        let paragraphFormat = inherent ? (bold: nil, italic: nil) : styles.formatting(ofParagraphStyle: styleID)
        content = RunCollector()
        inline(element, context: InlineContext(bold: paragraphFormat.bold, italic: paragraphFormat.italic))
        let markDeleted = properties?.word("rPr").map { $0.word("del") != nil || $0.word("moveFrom") != nil } ?? false
        // A deleted paragraph mark joins two paragraphs: counted, with no words to quote.
        if markDeleted { noteChange(deleted: true, text: "", from: nil, to: nil) }

        if meaning == .ignore {
            if !content.isBlank {
                let text = content.runs.map(\.text).joined().trimmingWhitespaces()
                ignoredByHouseStyle[styleName ?? "", default: []].append(ledger.after.quoting(text))
            }
            ledger.closeBlock()
            return
        }
        if meaning == .tableOfContents {
            if !content.isBlank { noteTableOfContents() }
            ledger.closeBlock()
            return
        }
        let role = self.role(meaning: meaning, properties: properties, styleID: styleID)
        var numbered = false
        if case .heading = meaning { numbered = showsNumber(numberingOf(properties: properties, styleID: styleID, meaning: meaning)) }
        finishParagraph(role: role, styleName: styleName, markDeleted: markDeleted, numbered: numbered)
    }

    /// The role of a paragraph: numbering (its own, else its style's) makes a list item,
    /// except in headings and titles; otherwise the style's meaning decides.
    private mutating func role(meaning: StyleNames.Meaning, properties: XMLElement?, styleID: String?) -> ImportedParagraph.Role {
        switch meaning {
        case .heading(let level): return .heading(level: level)
        case .title: return .title
        case .subtitle: return .subtitle
        default: break
        }
        if let (instance, level) = numberingOf(properties: properties, styleID: styleID, meaning: meaning),
            let role = listRole(instance: instance, level: level)
        {
            return role
        }
        switch meaning {
        case .quote: return .quote
        case .listParagraph: return .listParagraph
        case .listContinue(let level): return .listContinuation(level: level)
        case .list(let kind, let level):
            let counted = counter.count(instance: "style", definition: "style-\(kind)", level: level, start: 1, startOverride: nil)
            return .listItem(ListMark(level: level, kind: kind, number: counted.number, sequence: counted.sequence))
        default: return .body
        }
    }

    /// The numbering instance and level of a paragraph: its own (`w:numPr`), else its
    /// style's; nil for none (or `numId` 0, which switches a style's numbering off).
    private func numberingOf(properties: XMLElement?, styleID: String?, meaning: StyleNames.Meaning) -> (
        instance: String, level: Int
    )? {
        let direct = properties?.word("numPr")
        var instance = direct?.word("numId")?.value("val")
        var level = direct?.word("ilvl")?.value("val").flatMap { Int($0) }
        if instance == nil, let fromStyle = styles.numbering(ofParagraphStyle: styleID) {
            instance = fromStyle.numberingID
            level = level ?? fromStyle.level
            // `List Bullet 2` often points at a one-level list of its own; its name says the level.
            if case .list(_, let named) = meaning { level = max(level ?? 0, named) }
        }
        guard let instance, instance != "0", numbering.instances[instance] != nil else { return nil }
        if level == nil, let styleID { level = numbering.level(linkedTo: styleID, in: instance, styles: styles) }
        return (instance, min(max(level ?? 0, 0), 8))
    }

    /// Whether Word shows a number before a heading with this numbering (`1.2 Resultaten`):
    /// the number is not carried over, and is reported.
    private func showsNumber(_ reference: (instance: String, level: Int)?) -> Bool {
        guard let reference, let definition = numbering.level(reference.level, of: reference.instance, styles: styles) else { return false }
        return definition.format != "none" && definition.format != "bullet" && definition.text.contains("%")
    }

    private mutating func listRole(instance: String, level: Int) -> ImportedParagraph.Role? {
        guard let definition = numbering.level(level, of: instance, styles: styles), let numberingInstance = numbering.instances[instance]
        else { return nil }
        let visibleMarker = !definition.text.trimmingWhitespaces().isEmpty
        guard definition.format != "none", visibleMarker else { return .listContinuation(level: level) }
        let kind: ListMark.Kind
        switch definition.format {
        case "bullet": kind = .bullet
        case "lowerLetter", "upperLetter": kind = .letter
        case "decimal", "decimalZero", "decimalEnclosedParen", "decimalEnclosedFullstop", "decimalEnclosedCircle", "decimalFullWidth",
            "decimalHalfWidth", "ordinal":
            kind = .decimal
        default:
            kind = .decimal
            ledger.pend(.importNumbering, Messages.numberFormat(definition.format))
        }
        if kind != .bullet, let words = Self.wordsInMarker(definition.text) {
            ledger.pend(.importNumbering, Messages.markerWords(definition.text, words), fix: Messages.markerWordsFix(words))
        }
        let counted = counter.count(
            instance: instance, definition: numbering.definitionID(of: numberingInstance, styles: styles), level: level,
            start: definition.start, startOverride: numberingInstance.startOverrides[level])
        return .listItem(ListMark(level: level, kind: kind, number: counted.number, sequence: counted.sequence))
    }

    /// The words a numbered level shows around its number (`Stap %1:`, `Artikel %1.`), which a
    /// Markdown list cannot show: nil when it shows only the number and punctuation.
    static func wordsInMarker(_ text: String) -> String? {
        let words = text.replacing(/%[1-9]/, with: " ").split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    /// Closes the paragraph just read: places its pending findings, and keeps it when it has text.
    /// `numbered`: a heading Word shows with a number, listed when it is kept.
    mutating func finishParagraph(role: ImportedParagraph.Role, styleName: String?, markDeleted: Bool, numbered: Bool = false) {
        var runs = carried + content.runs
        carried = []
        if markDeleted {
            carried = runs
            return
        }
        RunCollector.trim(&runs)
        if !content.hidden.isEmpty { ledger.pend(.importHiddenText, Messages.hidden(content.hidden)) }
        if content.struck { ledger.pend(.importStrikethrough, Messages.struck, fix: Messages.struckFix) }
        if !content.capitals.isEmpty { ledger.pend(.importFormatting, Messages.capitals(content.capitals), fix: Messages.capitalsFix) }
        content.hidden = ""
        content.struck = false
        content.capitals = ""
        let (position, hasText) = ledger.close(runs)
        if hasText {
            if numbered { numberedHeadings.append(paragraphs.count) }
            paragraphs.append(ImportedParagraph(role: role, runs: runs, position: position, styleName: styleName))
        }
    }

    // MARK: Blocks that cannot be carried over

    private mutating func table(_ element: XMLElement) {
        let rows = element.elements.filter { $0.isWord("tr") }
        let columns = rows.map { $0.elements.filter { $0.isWord("tc") }.count }.max() ?? 0
        let cells = element.descendants { $0.isWord("p") }.prefix(20).map(\.text)
        let excerpt = ImportPosition.excerpt(of: cells.joined(separator: " "), words: 8)
        ledger.add(
            .init(
                rule: .importTable, message: Messages.table(rows: rows.count, columns: columns, excerpt: excerpt), fix: Messages.tableFix,
                position: ledger.after))
    }

    mutating func object(_ element: XMLElement) {
        let description = EmbeddedObject.describe(element)
        ledger.pend(.importObject, Messages.object(description), fix: Messages.objectFix)
    }

    mutating func unknown(_ element: XMLElement) {
        let excerpt = ImportPosition.excerpt(of: element.text, words: 8)
        guard !excerpt.isEmpty else { return }
        ledger.pend(.importUnknown, Messages.unknown(element.name, excerpt))
        if !content.collecting { ledger.closeBlock() }
    }

    /// Counts a tracked change and keeps its words. `from` and `to` are where it starts and
    /// ends in the paragraph's text being read (nil outside a paragraph): a change right after
    /// one of the same kind continues it, as Word splits one edit over runs of its own.
    mutating func noteChange(deleted: Bool, text: String, from: Int?, to: Int?) {
        if deleted { deletions += 1 } else { insertions += 1 }
        let words = text.trimmingWhitespaces()
        guard !words.isEmpty else { return }
        if let last = changes.last, last.paragraph == paragraphs.count, last.deleted == deleted, let from, last.end == from {
            // The finding quotes 80 characters; a long run of changes is not kept whole.
            if last.text.utf8.count < 400 { changes[changes.count - 1].text += " " + words }
            changes[changes.count - 1].end = to
        } else if changes.count < Self.maxChangesQuoted {
            changes.append((paragraphs.count, deleted, words, to))
        }
    }

    /// The words of a tracked change as Word shows them: the text of its runs (an insertion's
    /// `w:t`, a deletion's `w:delText`, or `w:t` in a moved-away passage), no field codes.
    static func words(of change: XMLElement, deleted: Bool) -> String {
        change.descendants { $0.isWord("t") || (deleted && $0.isWord("delText")) }.map(\.text).joined()
    }

    /// How many tracked changes the finding quotes; the count covers them all.
    static let maxChangesQuoted = 40

    mutating func noteTableOfContents() {
        guard !tableOfContentsNoted else { return }
        tableOfContentsNoted = true
        ledger.pend(.importTableOfContents, Messages.tableOfContents)
    }

    /// One finding each for tracked changes, comments and paragraphs left out by the house style.
    private mutating func summarize() {
        if insertions + deletions > 0 {
            var finding = ImportFindings.Finding(
                rule: .importTrackedChanges, message: Messages.trackedChanges(insertions: insertions, deletions: deletions),
                fix: Messages.trackedChangesFix, position: nil)
            finding.notes = changes.map { change in
                let position = change.paragraph < paragraphs.count ? paragraphs[change.paragraph].position : ledger.after
                return position.quoting(change.text, as: change.deleted ? Messages.deleted : Messages.inserted)
            }
            ledger.add(finding)
        }
        if !comments.isEmpty {
            var finding = ImportFindings.Finding(
                rule: .importComments, message: Messages.comments(comments.count), fix: Messages.commentsFix, position: nil)
            finding.notes = comments.map { comment in
                let position = comment.paragraph < paragraphs.count ? paragraphs[comment.paragraph].position : ledger.after
                let text = notes.commentText(comment.id)
                return text.isEmpty ? position : position.quoting(text)
            }
            ledger.add(finding)
        }
        if !numberedHeadings.isEmpty {
            var finding = ImportFindings.Finding(
                rule: .importNumbering, message: Messages.headingNumbers(numberedHeadings.count), fix: Messages.headingNumbersFix,
                position: nil)
            finding.notes = numberedHeadings.map { paragraphs[$0].position.quoting(paragraphs[$0].plainText) }
            ledger.add(finding)
        }
        for (style, places) in ignoredByHouseStyle.sorted(by: { $0.key < $1.key }) {
            var finding = ImportFindings.Finding(
                rule: .importIgnoredStyle, message: Messages.ignored(style: style, count: places.count),
                fix: Messages.ignoredFix(style: style), position: nil)
            finding.notes = places
            ledger.add(finding)
        }
    }
}

extension Rule {
    static let importTable = Rule(
        "import-table", .warning, stage: .importing,
        summary: Message(nl: "een tabel, die niet is overgenomen", en: "a table, which was not carried over"))
    static let importObject = Rule(
        "import-object", .warning, stage: .importing,
        summary: Message(
            nl: "een afbeelding, grafiek, tekstvak, vergelijking of ingesloten object, niet overgenomen",
            en: "an image, chart, text box, equation or embedded object, not carried over"))
    static let importUnknown = Rule(
        "import-unknown", .warning, stage: .importing,
        summary: Message(nl: "een onbekend onderdeel met tekst, niet overgenomen", en: "an unknown part holding text, not carried over"))
    static let importNumbering = Rule(
        "import-numbering", .warning, stage: .importing,
        summary: Message(
            nl: "een nummering (zoals i, ii, iii, of ‘Stap 1:’) die 1, 2, 3 is geworden, of nummers van koppen (1.2) die zijn weggelaten",
            en: "a numbering (such as i, ii, iii, or ‘Step 1:’) that became 1, 2, 3, or numbers of headings (1.2) that were left out"))
    static let importHiddenText = Rule(
        "import-hidden-text", .warning, stage: .importing,
        summary: Message(nl: "verborgen tekst, niet overgenomen", en: "hidden text, not carried over"))
    static let importStrikethrough = Rule(
        "import-strikethrough", .warning, stage: .importing,
        summary: Message(
            nl: "doorgehaalde tekst, overgenomen zonder doorhaling", en: "struck-through text, carried over without the strike"))
    static let importTrackedChanges = Rule(
        "import-tracked-changes", .warning, stage: .importing,
        summary: Message(nl: "bijgehouden wijzigingen, die zijn geaccepteerd", en: "tracked changes, which were accepted"))
    static let importComments = Rule(
        "import-comments", .warning, stage: .importing,
        summary: Message(nl: "opmerkingen, niet overgenomen maar opgesomd", en: "comments, not carried over but listed"))
    static let importTableOfContents = Rule(
        "import-table-of-contents", .warning, stage: .importing,
        summary: Message(nl: "een inhoudsopgave of index, niet overgenomen", en: "a table of contents or index, not carried over"))
    static let importIgnoredStyle = Rule(
        "import-ignored-style", .warning, stage: .importing,
        summary: Message(
            nl: "alinea's die de huisstijl (`import:` in report.yaml) laat weglaten",
            en: "paragraphs the house style (`import:` in report.yaml) leaves out"))
}

extension WordDocumentReader {
    enum Messages {
        static func table(rows: Int, columns: Int, excerpt: String) -> Message {
            let start = excerpt.isEmpty ? "" : ", die begint met „\(excerpt)”"
            let startEN = excerpt.isEmpty ? "" : ", starting “\(excerpt)”"
            return Message(
                nl:
                    "een tabel van \(rows) \(rows == 1 ? "rij" : "rijen") en \(columns) \(columns == 1 ? "kolom" : "kolommen")\(start), is niet overgenomen: het jaarverslag heeft geen tabellen",
                en:
                    "a table of \(rows) \(rows == 1 ? "row" : "rows") and \(columns) \(columns == 1 ? "column" : "columns")\(startEN) was not carried over: the report has no tables"
            )
        }
        static let tableFix = Message(
            nl: "zet wat in de tabel staat als gewone zinnen of als opsomming in het document, en importeer opnieuw",
            en: "write what the table says as sentences or as a list in the document, and import again")
        static func object(_ what: Message) -> Message {
            Message(
                nl: "\(what.nl) is niet overgenomen: een fragment bevat alleen tekst",
                en: "\(what.en) was not carried over: a fragment holds text only")
        }
        static let objectFix = Message(
            nl: "staat er tekst in die in het jaarverslag hoort, typ die dan als gewone tekst in het document",
            en: "if it holds text that belongs in the report, type that as ordinary text in the document")
        static let altChunk = Message(
            nl: "een ingevoegd ander document (altChunk) is niet overgenomen",
            en: "an embedded other document (altChunk) was not carried over")
        static func unknown(_ name: String, _ excerpt: String) -> Message {
            Message(
                nl: "een onbekend onderdeel (`\(name)`) met de tekst „\(excerpt)” is niet overgenomen",
                en: "an unknown part (`\(name)`) with the text “\(excerpt)” was not carried over")
        }
        static func numberFormat(_ format: String) -> Message {
            Message(
                nl: "een opsomming met nummering `\(format)` (zoals i, ii, iii) is een genummerde lijst 1, 2, 3 geworden",
                en: "a list numbered `\(format)` (such as i, ii, iii) became a list numbered 1, 2, 3")
        }
        static func markerWords(_ marker: String, _ words: String) -> Message {
            Message(
                nl:
                    "de nummering van deze opsomming toont ook woorden (`\(marker)`); die zijn niet overgenomen: het is een genummerde lijst 1, 2, 3 geworden",
                en: "this list's numbering also shows words (`\(marker)`); they were not carried over: it became a list numbered 1, 2, 3")
        }
        static func markerWordsFix(_ words: String) -> Message {
            Message(
                nl: "moet ‘\(words)’ in het jaarverslag staan, typ het dan in de tekst van elk punt",
                en: "if ‘\(words)’ belongs in the report, type it into the text of each item")
        }
        static func hidden(_ text: String) -> Message {
            let words = ImportPosition.excerpt(of: text.trimmingWhitespaces(), words: 12)
            guard !words.isEmpty else {
                return Message(
                    nl: "verborgen tekst (opmaak ‘Verborgen’) is niet overgenomen",
                    en: "hidden text (formatted ‘Hidden’) was not carried over")
            }
            return Message(
                nl: "verborgen tekst (opmaak ‘Verborgen’) is niet overgenomen: „\(words)”",
                en: "hidden text (formatted ‘Hidden’) was not carried over: “\(words)”")
        }
        static func capitals(_ text: String) -> Message {
            let words = ImportPosition.excerpt(of: text.trimmingWhitespaces(), words: 8)
            return Message(
                nl: "„\(words)” staat in Word in hoofdletters door de opmaak (Hoofdletters of Kleinkapitalen); "
                    + "het is overgenomen zoals het getypt is",
                en: "“\(words)” shows in capitals in Word because of its formatting (All Caps or Small Caps); "
                    + "it was carried over as typed")
        }
        static let capitalsFix = Message(
            nl: "moet het in hoofdletters in het jaarverslag, typ het dan in hoofdletters",
            en: "if it belongs in the report in capitals, type it in capitals")
        static func headingNumbers(_ count: Int) -> Message {
            Message(
                nl: count == 1
                    ? "1 kop had in Word een nummer (zoals 1 of 1.2); dat is weggelaten; de kop staat hieronder"
                    : "\(count) koppen hadden in Word een nummer (zoals 1 of 1.2); die zijn weggelaten; de koppen staan hieronder",
                en: count == 1
                    ? "1 heading had a number in Word (such as 1 or 1.2); it was left out; the heading is listed below"
                    : "\(count) headings had a number in Word (such as 1 or 1.2); they were left out; the headings are listed below")
        }
        static let headingNumbersFix = Message(
            nl: "verwijst de tekst naar een kop met zijn nummer („zie 2.3”), noem de kop dan bij zijn naam",
            en: "where the text refers to a heading by its number (“see 2.3”), name the heading instead")
        static let struck = Message(
            nl: "doorgehaalde tekst is gewoon overgenomen, zonder doorhaling",
            en: "struck-through text was carried over as ordinary text, without the strike")
        static let struckFix = Message(
            nl: "was de doorhaling bedoeld als verwijdering, haal die tekst dan weg",
            en: "if the strike meant the text should go, remove it")
        static let tableOfContents = Message(
            nl: "de inhoudsopgave is niet overgenomen: het jaarverslag maakt zijn eigen",
            en: "the table of contents was not carried over: the report makes its own")
        static func trackedChanges(insertions: Int, deletions: Int) -> Message {
            Message(
                nl:
                    "het document bevat bijgehouden wijzigingen; die zijn geaccepteerd (\(insertions) ingevoegd, \(deletions) verwijderd): de tekst is overgenomen zoals hij eruitziet na ‘Alle wijzigingen accepteren’",
                en:
                    "the document has tracked changes; they were accepted (\(insertions) inserted, \(deletions) deleted): the text is taken as it reads after ‘Accept All Changes’"
            )
        }
        static let deleted = Message(nl: "verwijderd", en: "deleted")
        static let inserted = Message(nl: "ingevoegd", en: "inserted")
        static let trackedChangesFix = Message(
            nl: "kijk bij de wijzigingen hieronder na of dat de bedoelde tekst is",
            en: "check with the changes listed below that this is the intended text")
        static func comments(_ count: Int) -> Message {
            Message(
                nl: count == 1
                    ? "1 opmerking is niet overgenomen; die staat hieronder"
                    : "\(count) opmerkingen zijn niet overgenomen; ze staan hieronder",
                en: count == 1
                    ? "1 comment was not carried over; it is listed below"
                    : "\(count) comments were not carried over; they are listed below")
        }
        static let commentsFix = Message(
            nl: "verwerk wat in de opmerkingen gevraagd wordt in de tekst zelf",
            en: "work what the comments ask for into the text itself")
        static func ignored(style: String, count: Int) -> Message {
            Message(
                nl:
                    "\(count) \(count == 1 ? "alinea" : "alinea’s") met de stijl ‘\(style)’ \(count == 1 ? "is" : "zijn") weggelaten, zoals `import:` in report.yaml voorschrijft; \(count == 1 ? "die staat" : "ze staan") hieronder",
                en:
                    "\(count) \(count == 1 ? "paragraph" : "paragraphs") in the style ‘\(style)’ left out, as `import:` in report.yaml says; \(count == 1 ? "it is" : "they are") listed below"
            )
        }
        static func ignoredFix(style: String) -> Message {
            Message(
                nl:
                    "hoort die tekst in het jaarverslag, geef de alinea in Word dan de stijl Standaard in plaats van ‘\(style)’ en importeer opnieuw",
                en: "if that text belongs in the report, give the paragraph the style Normal instead of ‘\(style)’ in Word and import again"
            )
        }
    }
}

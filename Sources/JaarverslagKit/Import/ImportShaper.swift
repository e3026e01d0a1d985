/// The rules that turn what Word shows into what a fragment means, where the style alone does
/// not say it. Each rule is in the README's mapping table:
///
/// - The document's title (`Title`/`Titel` at its top) and a first heading that repeats the
///   fragment's title are not body text; a title that differs from the front matter's is
///   reported. A `Titel` paragraph further down is a heading.
/// - Headings deeper than `Kop 2` become `##` (a section has two heading levels), reported.
/// - A paragraph typed as `• tekst`, `- tekst` or `– tekst` is a bullet item.
/// - Two manual line breaks in a row (an empty line) in body text start a new paragraph.
/// - An indented list paragraph without a marker belongs to the list item above it.
/// - Only in a document without any heading style: a short paragraph that is entirely bold,
///   does not end in `.`, `:`, `;` or `,`, and is followed by text, is a heading (reported).
enum ImportShaper {
    struct Shaped {
        var text: ImportedText
        /// The text of the document's `Title` paragraph, when it has one.
        var documentTitle: String?
        var findings: [ImportFindings.Finding]
    }

    static let typedBullets: Set<Character> = ["•", "·", "▪", "◦", "‣", "-", "–", "*"]
    static let maxHeadingWords = 12
    static let maxHeadingCharacters = 90

    static func shape(_ text: ImportedText, title: String?) -> Shaped {
        var findings: [ImportFindings.Finding] = []
        var paragraphs = text.paragraphs
        var documentTitle: String?
        let wanted = title.map(comparable) ?? ""

        // The document's title is a Title paragraph at its top (a subtitle may stand above it);
        // one further down is a heading in the text, kept as one.
        if let index = paragraphs.firstIndex(where: { $0.role == .title }), paragraphs[..<index].allSatisfy({ $0.role == .subtitle }) {
            let found = paragraphs[index].plainText.trimmingWhitespaces()
            documentTitle = found
            if !wanted.isEmpty, comparable(found) != wanted, let title {
                findings.append(
                    .init(
                        rule: .importTitle, message: Messages.otherTitle(found, title), fix: Messages.otherTitleFix,
                        position: paragraphs[index].position))
            }
            paragraphs.remove(at: index)
        }

        var result: [ImportedParagraph] = []
        result.reserveCapacity(paragraphs.count)
        let levels = headingLevels(paragraphs)
        for var paragraph in paragraphs.flatMap(splittingAtEmptyLines) {
            switch paragraph.role {
            case .title: paragraph.role = .heading(level: 1)
            case .subtitle: paragraph.role = .body
            case .heading(let level) where !levels.isEmpty:
                let kept = levels[level] ?? level
                if kept > 2, case .heading? = result.last?.role {
                    // Right under a heading, a third level as `##` would leave that heading
                    // without text, which cannot be handed in: it becomes a bold line.
                    findings.append(
                        .init(rule: .importHeadingLevel, message: Messages.deepHeadingBold(level), position: paragraph.position))
                    paragraph.role = .body
                    for run in paragraph.runs.indices { paragraph.runs[run].bold = true }
                } else {
                    if kept > 2 {
                        findings.append(
                            .init(rule: .importHeadingLevel, message: Messages.deepHeading(level), position: paragraph.position))
                    }
                    paragraph.role = .heading(level: min(kept, 2))
                }
            case .body:
                if let stripped = strippingTypedBullet(paragraph.runs) {
                    paragraph.runs = stripped
                    paragraph.role = .listItem(ListMark(level: 0, kind: .bullet, number: 0, sequence: -1))
                } else if let stripped = strippingSecondLevelBullet(paragraph.runs) {
                    // Word's and Outlook's second-level bullet: under an item, one level down.
                    var level = 0
                    if case .listItem(let mark) = result.last?.role { level = mark.level + 1 }
                    paragraph.runs = stripped
                    paragraph.role = .listItem(ListMark(level: level, kind: .bullet, number: 0, sequence: -1))
                }
            case .listParagraph:
                switch result.last?.role {
                case .listItem(let mark): paragraph.role = .listContinuation(level: mark.level)
                case .listContinuation(let level): paragraph.role = .listContinuation(level: level)
                default: paragraph.role = .body
                }
            default: break
            }
            result.append(paragraph)
        }

        let hasHeadings = result.contains { if case .heading = $0.role { true } else { false } }
        if !hasHeadings {
            for index in result.indices.dropLast() where isBoldLine(result[index]) && !isBoldLine(result[index + 1]) {
                guard case .body = result[index].role else { continue }
                switch result[index + 1].role {
                case .body, .listItem, .quote, .listContinuation: break
                default: continue
                }
                result[index].role = .heading(level: 1)
                for run in result[index].runs.indices { result[index].runs[run].bold = false }
                findings.append(
                    .init(
                        rule: .importBoldHeading, message: Messages.boldHeading, fix: Messages.boldHeadingFix,
                        position: result[index].position))
            }
        }
        // A first heading that only repeats the section's title: the title is printed from the
        // front matter already.
        if !wanted.isEmpty, let first = result.first, case .heading = first.role, comparable(first.plainText) == wanted {
            result.removeFirst()
            findings.removeAll { $0.rule == .importBoldHeading && $0.position == first.position }
        }
        return Shaped(text: ImportedText(paragraphs: result), documentTitle: documentTitle, findings: findings)
    }

    /// Titles compared as a reader would: case, spaces and quote styles do not matter.
    static func comparable(_ text: String) -> String {
        let folded = text.lowercased().map { character -> Character in
            switch character {
            case "‘", "’", "“", "”", "„": return "'"
            case "\"": return "'"
            default: return character
            }
        }
        return String(folded).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `typedBullets` holds the character, without hashing it: asked of every paragraph,
    /// and each bullet is one scalar, equal as a `Character` only to itself (and `·` to its
    /// canonical equivalent U+0387). `ImportShaperTests` holds it to the set for every scalar.
    static func isTypedBullet(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch scalar.value {
        case 0x2022, 0x00B7, 0x0387, 0x25AA, 0x25E6, 0x2023, 0x2D, 0x2013, 0x2A: return true
        default: return false
        }
    }

    /// The runs without a typed bullet and its spaces, or nil when the paragraph has none.
    static func strippingTypedBullet(_ runs: [ImportedRun]) -> [ImportedRun]? {
        guard var first = runs.first, let marker = first.text.first, isTypedBullet(marker) else { return nil }
        let rest = first.text.dropFirst()
        guard let next = rest.first, next == " " || next == "\u{00A0}" else { return nil }
        let text = rest.drop { $0 == " " || $0 == "\u{00A0}" }
        guard !text.isEmpty || runs.count > 1 else { return nil }
        first.text = String(text)
        var result = runs
        if first.text.isEmpty { result.removeFirst() } else { result[0] = first }
        return result
    }

    /// The level each Word heading level gets when the document uses a level below `Kop 2`:
    /// the levels used, in order, become 1, 2, 3…, so that `Kop 2` with `Kop 3` under it (and no
    /// `Kop 1`) stays two levels instead of both becoming `##`. A document with levels 1 and 2
    /// only keeps them as they are (an empty map).
    static func headingLevels(_ paragraphs: [ImportedParagraph]) -> [Int: Int] {
        var used: Set<Int> = []
        for paragraph in paragraphs { if case .heading(let level) = paragraph.role { used.insert(level) } }
        guard used.contains(where: { $0 > 2 }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: used.sorted().enumerated().map { ($1, $0 + 1) })
    }

    /// A paragraph of body text with an empty line in it (Shift+Enter twice, a habit for a new
    /// paragraph without the space Word puts after one) is two paragraphs, as it reads; the
    /// words and their formatting stay as they are. (The test is on bytes: Foundation's
    /// `contains` on a String goes through NSString, and took a ninth of an import.)
    static func splittingAtEmptyLines(_ paragraph: ImportedParagraph) -> [ImportedParagraph] {
        guard case .body = paragraph.role, paragraph.runs.contains(where: { $0.text.containsBytes("\n\n") }) else { return [paragraph] }
        var pieces: [[ImportedRun]] = [[]]
        for run in paragraph.runs {
            let parts = run.text.split(separator: "\n\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { pieces.append([]) }
                var piece = run
                piece.text = String(part)
                if !piece.text.isEmpty { pieces[pieces.count - 1].append(piece) }
            }
        }
        return pieces.compactMap { runs in
            var runs = runs
            RunCollector.trim(&runs)
            guard !runs.isEmpty else { return nil }
            var piece = paragraph
            piece.runs = runs
            return piece
        }
    }

    /// The runs without Word's second-level bullet, the letter `o` followed by a non-breaking
    /// space (how Outlook and Word's plain text write it, in Courier New), or nil. An `o` with
    /// an ordinary space is left alone: it may be a word.
    static func strippingSecondLevelBullet(_ runs: [ImportedRun]) -> [ImportedRun]? {
        guard var first = runs.first, first.text.hasPrefix("o\u{00A0}") else { return nil }
        let text = first.text.dropFirst().drop { $0 == " " || $0 == "\u{00A0}" }
        guard !text.isEmpty || runs.count > 1 else { return nil }
        first.text = String(text)
        var result = runs
        if first.text.isEmpty { result.removeFirst() } else { result[0] = first }
        return result
    }

    private static func isBoldLine(_ paragraph: ImportedParagraph) -> Bool {
        // The runs first: most paragraphs are not bold, and their text need not be looked at.
        guard case .body = paragraph.role,
            paragraph.runs.allSatisfy({ ($0.bold || $0.text.allSatisfy(\.isWhitespace)) && $0.link == nil })
        else { return false }
        let text = paragraph.plainText.trimmingWhitespaces()
        guard !text.isEmpty, text.count <= maxHeadingCharacters, !text.contains("\n"),
            text.split(separator: " ").count <= maxHeadingWords, let last = text.last, !".:;,".contains(last)
        else { return false }
        return true
    }

    enum Messages {
        static func otherTitle(_ found: String, _ title: String) -> Message {
            Message(
                nl:
                    "de titel van het document („\(found)”) is anders dan de titel in de kopgegevens („\(title)”); de kopgegevens zijn niet veranderd",
                en:
                    "the document's title (“\(found)”) differs from the title in the front matter (“\(title)”); the front matter was not changed"
            )
        }
        static let otherTitleFix = Message(
            nl: "heet de sectie dit jaar anders, pas dan `title:` in de kopgegevens aan",
            en: "if the section has a new name this year, change `title:` in the front matter")
        static func deepHeading(_ level: Int) -> Message {
            Message(
                nl: "een kop van niveau \(level) is een tussenkop van niveau 2 (`##`) geworden: een sectie heeft twee niveaus tussenkoppen",
                en: "a level \(level) heading became a level 2 sub-heading (`##`): a section has two levels of sub-headings")
        }
        static func deepHeadingBold(_ level: Int) -> Message {
            Message(
                nl:
                    "een kop van niveau \(level) direct onder een andere kop is een vette regel geworden: een sectie heeft twee niveaus tussenkoppen, en als `##` had de kop erboven geen tekst gehad",
                en:
                    "a level \(level) heading right under another heading became a bold line: a section has two levels of sub-headings, and as `##` the heading above it would have had no text"
            )
        }
        static let boldHeading = Message(
            nl: "deze korte, helemaal vette regel is een tussenkop (`#`) geworden, omdat het document geen kopstijlen gebruikt",
            en: "this short line in bold throughout became a sub-heading (`#`), because the document uses no heading styles")
        static let boldHeadingFix = Message(
            nl: "is het geen tussenkop, maak er dan gewone tekst van; geef echte tussenkoppen in Word de stijl Kop 1",
            en: "if it is not a sub-heading, make it ordinary text; give real sub-headings the style Heading 1 in Word")
    }
}

extension Rule {
    static let importTitle = Rule(
        "import-title", .warning, stage: .importing,
        summary: Message(
            nl: "een documenttitel die verschilt van de titel in de kopgegevens",
            en: "a document title that differs from the front matter's"))
    static let importHeadingLevel = Rule(
        "import-heading-level", .warning, stage: .importing,
        summary: Message(
            nl: "een kop dieper dan niveau 2, een tussenkop `##` geworden", en: "a heading deeper than level 2, made a `##` sub-heading"))
    static let importBoldHeading = Rule(
        "import-bold-heading", .warning, stage: .importing,
        summary: Message(nl: "een korte vette regel die een tussenkop is geworden", en: "a short bold line that became a sub-heading"))
}

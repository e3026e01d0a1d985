/// What a Word document means to a fragment, before it is written as Markdown: paragraphs
/// with a role taken from the style, list membership, and runs with bold, italic and links.
///
/// The .docx reader produces it and `FragmentMarkdownWriter` writes it; a reader of the HTML
/// that Word puts on the clipboard can produce the same thing and share the writer, so that
/// a pasted text and an uploaded file are mapped alike.
struct ImportedText: Hashable, Sendable {
    var paragraphs: [ImportedParagraph]
}

struct ImportedParagraph: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        case body
        /// `#` (level 1) or `##` (level 2).
        case heading(level: Int)
        case quote
        /// The document's title (`Title`/`Titel`): compared with the fragment's title.
        case title
        case subtitle
        case listItem(ListMark)
        /// A further paragraph of the list item at `level` (0-based): `List Continue`, or a
        /// list level that shows no marker.
        case listContinuation(level: Int)
        /// An indented paragraph in a list style (`List Paragraph`/`Lijstalinea`) without a
        /// marker: a further paragraph of the item above it, or else a plain paragraph.
        case listParagraph
    }

    var role: Role
    var runs: [ImportedRun]
    var position: ImportPosition
    /// The style the role came from, as Word shows its name (for messages).
    var styleName: String?

    init(role: Role, runs: [ImportedRun], position: ImportPosition, styleName: String? = nil) {
        self.role = role
        self.runs = runs
        self.position = position
        self.styleName = styleName
    }

    /// The words as a reader sees them.
    var plainText: String { runs.map(\.text).joined() }
}

/// A paragraph's place in a list, after Word's numbering has been counted.
struct ListMark: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case bullet
        case decimal
        /// `a)`, `b)`, … the project's lettered list.
        case letter
    }

    /// 0 for the outermost level.
    var level: Int
    var kind: Kind
    /// The number Word shows for this item (1 for `a`); meaningless for bullets.
    var number: Int
    /// Items with the same sequence and level belong to one list; a restart makes a new one.
    var sequence: Int
}

/// A stretch of text with one formatting. A manual line break is `\n` in `text`.
struct ImportedRun: Hashable, Sendable {
    var text: String
    var bold = false
    var italic = false
    /// The link target, already checked and unwrapped.
    var link: String?
}

/// Where something was in the document, the way a person finds it again: the paragraph's
/// number (counting paragraphs that have text, from the top) and its first words.
struct ImportPosition: Hashable, Sendable {
    /// 0 before the first paragraph with text.
    var paragraph: Int
    /// The paragraph's text; its first words are taken only when a message needs them.
    var text: String
    /// The thing found is not in that paragraph but after it (a table, an image on a line
    /// of its own).
    var after = false
    /// Said after the first words (a comment's own text).
    var note = ""
    /// What the note is, said before it (`verwijderd`), if the words alone do not say it.
    var noteLabel: Message?

    init(paragraph: Int, text: String, after: Bool = false) {
        self.paragraph = paragraph
        self.text = text
        self.after = after
    }

    /// The first words, and the note after them in the language asked for.
    func excerpt(_ language: Language) -> String {
        guard !note.isEmpty else { return Self.excerpt(of: text) }
        let label = noteLabel.map { $0.text(language) + ": " } ?? ""
        return Self.excerpt(of: text) + " — " + label + note
    }

    /// This place, with `text` said after its first words (a comment's own words, a paragraph
    /// the house style left out), at most 80 characters of it, after `label` if given.
    func quoting(_ text: String, as label: Message? = nil) -> ImportPosition {
        var quoted = self
        quoted.note = text.count > 80 ? String(text.prefix(80)) + "…" : text
        quoted.noteLabel = label
        return quoted
    }

    /// `alinea 12 („De themagroep kwam…”)`, `na alinea 12 (…)`, `aan het begin van het document`
    var description: Message {
        guard paragraph > 0 else { return Message(nl: "aan het begin van het document", en: "at the start of the document") }
        let (dutch, english) = (excerpt(.nl), excerpt(.en))
        let nl = dutch.isEmpty ? "" : " („\(dutch)”)"
        let en = english.isEmpty ? "" : " (“\(english)”)"
        return after
            ? Message(nl: "na alinea \(paragraph)\(nl)", en: "after paragraph \(paragraph)\(en)")
            : Message(nl: "alinea \(paragraph)\(nl)", en: "paragraph \(paragraph)\(en)")
    }

    /// The first few words of a text, cut at a word boundary.
    static func excerpt(of text: String, words: Int = 6) -> String {
        // Words are short: the first 40 characters per word are enough to find them.
        let parts = text.prefix(words * 40).split(whereSeparator: { $0.isWhitespace })
        let head = parts.prefix(words).joined(separator: " ")
        return parts.count > words ? head + "…" : head
    }
}

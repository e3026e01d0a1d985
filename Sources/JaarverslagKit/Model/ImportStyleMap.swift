/// The coordinator's additions to the Word style map, from `import:` in `report.yaml`: a
/// house style's own style names and what they mean in a fragment. They are looked up
/// before the built-in English and Dutch names, and styles based on them inherit them.
public struct ImportStyleMap: Hashable, Sendable {
    /// What a paragraph style means; the raw value is what `report.yaml` says.
    public enum ParagraphMeaning: String, Hashable, Sendable, CaseIterable {
        case heading1 = "heading-1"
        case heading2 = "heading-2"
        case paragraph
        case quote
        case title
        case bulletList = "bullet-list"
        case numberedList = "numbered-list"
        case letteredList = "lettered-list"
        case listContinuation = "list-continuation"
        /// Left out of the fragment (reported once, with how many paragraphs).
        case ignore
    }

    /// What a character style means.
    public enum CharacterMeaning: String, Hashable, Sendable, CaseIterable {
        case bold
        case italic
        case boldItalic = "bold-italic"
        case plain
    }

    /// Style name (as Word shows it, compared without regard to case) → meaning.
    public var paragraphStyles: [String: Located<ParagraphMeaning>]
    public var characterStyles: [String: Located<CharacterMeaning>]

    public init(paragraphStyles: [String: Located<ParagraphMeaning>] = [:], characterStyles: [String: Located<CharacterMeaning>] = [:]) {
        self.paragraphStyles = paragraphStyles
        self.characterStyles = characterStyles
    }

    public var isEmpty: Bool { paragraphStyles.isEmpty && characterStyles.isEmpty }

    func paragraphMeaning(of name: String) -> ParagraphMeaning? {
        lookup(paragraphStyles, name)
    }

    func characterMeaning(of name: String) -> CharacterMeaning? {
        lookup(characterStyles, name)
    }

    private func lookup<Meaning>(_ table: [String: Located<Meaning>], _ name: String) -> Meaning? {
        guard !table.isEmpty else { return nil }
        let key = Self.normalized(name)
        return table.first { Self.normalized($0.key) == key }?.value.value
    }

    /// A style name as Word users mean it: lowercased, runs of spaces made one
    /// (`Heading  1` → `heading 1`).
    static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

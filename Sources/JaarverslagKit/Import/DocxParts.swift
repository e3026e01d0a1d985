/// The parts of a Word package that the importer reads, as the package's relationships name
/// them: the main document (from `_rels/.rels`), and its styles, numbering, notes and comments
/// (from the main document's own relationships). Every other XML part is only checked.
struct DocxParts {
    var main: String
    /// The main document's relationships: its parts, and the targets of its links.
    var relationships: Relationships
    var styles: String?
    var numbering: String?
    var footnotes: String?
    var endnotes: String?
    var comments: String?

    /// Every part read as a tree, besides the relationships themselves.
    var read: Set<String> { Set([main] + [styles, numbering, footnotes, endnotes, comments].compactMap { $0 }) }

    static let packageRelationships = "_rels/.rels"

    /// The parts named by the relationships among `trees` (a relationships part that is
    /// missing names nothing, and the main document is then `word/document.xml`).
    init(trees: [String: XMLTree]) {
        main = Self.main(trees)
        relationships = trees[Relationships.path(for: main)].map(Relationships.init(tree:)) ?? Relationships()
        let main = main
        func part(_ type: String) -> String? { relationships.part(ofType: type, relativeTo: main) }
        styles = part("/styles")
        numbering = part("/numbering")
        footnotes = part("/footnotes")
        endnotes = part("/endnotes")
        comments = part("/comments")
    }

    /// The parts, once no relationships part that decides them is still to be read (`pending`).
    static func decided(trees: [String: XMLTree], pending: (String) -> Bool) -> DocxParts? {
        guard !pending(packageRelationships), !pending(Relationships.path(for: main(trees))) else { return nil }
        return DocxParts(trees: trees)
    }

    private static func main(_ trees: [String: XMLTree]) -> String {
        (trees[packageRelationships].map(Relationships.init(tree:)) ?? Relationships())
            .part(ofType: "/officeDocument", relativeTo: "") ?? "word/document.xml"
    }
}

/// Footnotes, endnotes and comments of a document, looked up by id while the body is read.
/// Keeps their parsed parts alive: the elements handed out borrow from them.
final class WordNotes {
    private var trees: [XMLTree] = []
    private var footnotes: [String: [XMLElement]] = [:]
    private var endnotes: [String: [XMLElement]] = [:]
    private var comments: [String: String] = [:]
    private var footnoteRelationships = Relationships()
    private var endnoteRelationships = Relationships()

    init() {}

    func addNotes(_ tree: XMLTree, endnote: Bool, relationships: Relationships) {
        trees.append(tree)
        guard let root = tree.root else { return }
        var table: [String: [XMLElement]] = [:]
        for note in root.elements where note.isWord(endnote ? "endnote" : "footnote") {
            guard let id = note.value("id"), note.value("type") == nil || note.value("type") == "normal" else { continue }
            table[id] = note.elements.filter { $0.isWord("p") }
        }
        if endnote {
            endnotes = table
            endnoteRelationships = relationships
        } else {
            footnotes = table
            footnoteRelationships = relationships
        }
    }

    func addComments(_ tree: XMLTree) {
        guard let root = tree.root else { return }
        for comment in root.elements where comment.isWord("comment") {
            guard let id = comment.value("id") else { continue }
            comments[id] = comment.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }

    func note(_ id: String, endnote: Bool) -> [XMLElement]? {
        endnote ? endnotes[id] : footnotes[id]
    }

    func relationships(endnote: Bool) -> Relationships {
        endnote ? endnoteRelationships : footnoteRelationships
    }

    func commentText(_ id: String) -> String {
        comments[id] ?? ""
    }
}

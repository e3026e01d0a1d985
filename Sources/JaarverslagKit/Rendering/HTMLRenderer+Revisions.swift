/// A report that shows its changes since an earlier year (`Revision`s in the model): added
/// parts in `ins`, deleted ones in `del`, and a class on every changed chapter and section, so
/// that the diff page reads like the report with the changes marked. A plain report has no
/// revisions and none of this appears.
extension HTMLRenderer {
    /// `toegevoegd`, `gewijzigd` or `verwijderd`, for the stylesheet.
    static func revisionClass(_ revision: Revision?) -> [String] {
        switch revision {
        case .added: ["toegevoegd"]
        case .changed: ["gewijzigd"]
        case .deleted: ["verwijderd"]
        case nil: []
        }
    }

    /// A deleted part keeps its place next to the new one; its id is prefixed, as in the
    /// DocBook, so that the two cannot clash.
    static func revisedID(_ id: String, _ revision: Revision?) -> String {
        revision == .deleted ? DocBookRenderer.deletedPrefix + id : id
    }

    /// `ins` for added, `del` for deleted, nothing for changed or unchanged.
    static func markElement(_ revision: Revision?) -> String? {
        switch revision {
        case .added: "ins"
        case .deleted: "del"
        case .changed, nil: nil
        }
    }

    func writeHeading(_ level: Int, _ title: String, revision: Revision?, to writer: XMLWriter) {
        writer.startLine("h\(min(level, 6))")
        if let mark = Self.markElement(revision) { writer.startInline(mark) }
        writer.text(title)
        if Self.markElement(revision) != nil { writer.endInline() }
        writer.endLine()
    }

    /// What `body` writes, inside `ins` or `del` when the part was added or deleted.
    func writeMarked(_ revision: Revision?, to writer: XMLWriter, _ body: () -> Void) {
        guard let mark = Self.markElement(revision) else { return body() }
        // Whole blocks are marked by a bar in the margin, not by underlining every line.
        writer.startBlock(mark, attributes: [("class", "blok")])
        body()
        writer.endBlock()
    }
}

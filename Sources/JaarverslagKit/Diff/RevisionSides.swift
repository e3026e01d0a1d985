/// The two sides of a text with its changes marked (`RevisionMarker`), for reading them next
/// to each other: the old text with what was deleted marked, the new text with what was added.
/// A changed paragraph holds its same, added and deleted words in reading order, so leaving
/// out one kind gives the other side exactly.
extension SectionContent {
    /// `.deleted` keeps the old side, `.added` the new one.
    func side(_ kept: Revision) -> SectionContent {
        let dropped: Revision = kept == .added ? .deleted : .added
        var side = SectionContent()
        side.blocks = blocks.compactMap { block in
            guard block.revision != dropped else { return nil }
            var block = block
            switch block.kind {
            case .paragraph(let inlines): block.kind = .paragraph(inlines.side(kept))
            // Members who joined or left are in the summary; the old side has no list of its own.
            case .memberList:
                guard kept == .added else { return nil }
            default: break
            }
            return block
        }
        side.subsections = subsections.compactMap { subsection in
            guard subsection.revision != dropped else { return nil }
            var subsection = subsection
            subsection.content = subsection.content.side(kept)
            return subsection
        }
        return side
    }

    /// Whether anything in it is marked as changed.
    var hasRevisions: Bool {
        blocks.contains(where: \.hasRevisions) || subsections.contains { $0.revision != nil || $0.content.hasRevisions }
    }
}

extension Block {
    var hasRevisions: Bool {
        if revision != nil { return true }
        switch kind {
        case .paragraph(let inlines): return inlines.contains { if case .revised = $0 { true } else { false } }
        case .memberList(let members): return !members.joined.isEmpty
        default: return false
        }
    }
}

extension Array where Element == Inline {
    /// One side of a changed paragraph, spaced as a sentence again.
    func side(_ kept: Revision) -> [Inline] {
        let dropped: Revision = kept == .added ? .deleted : .added
        var side: [Inline] = []
        for inline in self {
            if case .revised(dropped, _) = inline { continue }
            // Words are joined by single spaces: one space is left where a run was dropped.
            if case .text(" ") = inline {
                guard let last = side.last else { continue }
                if case .text(let text) = last, text.hasSuffix(" ") { continue }
            }
            side.append(inline)
        }
        if case .text(" ")? = side.last { side.removeLast() }
        return side
    }
}

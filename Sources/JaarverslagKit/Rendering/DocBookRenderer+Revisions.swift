/// Change marking for `jaarverslag diff --format docbook`, in the convention of DocBook XSL's
/// `show.revisionflag`: `revisionflag="added|changed|deleted"` on elements, and
/// `<phrase revisionflag="…">` for the words that changed inside a paragraph.
extension DocBookRenderer {
    struct Revisions: Sendable {
        /// Section id → `added` or `changed`.
        var sectionFlags: [String: String] = [:]
        /// Chapter id → `added`.
        var chapterFlags: [String: String] = [:]
        /// Old text of changed units, by the new group id.
        var oldContent: [String: SectionContent] = [:]
        /// Removed groups, shown struck out at the end of the chapter that now has their place.
        var deletedSections: [String: [Section]] = [:]
        var deletedChapters: [Chapter] = []
        var joinedMembers: Set<String> = []
        /// Set while deleted elements are written, so their ids cannot clash with new ones.
        var deletedPrefix: String?

        func flag(forSection id: String) -> String? { deletedPrefix == nil ? sectionFlags[id] : "deleted" }
        func flag(forChapter id: String) -> String? { deletedPrefix == nil ? chapterFlags[id] : "deleted" }
    }

    /// Writes an old section or chapter, marked deleted, with ids that cannot clash.
    func writeDeleted(_ section: Section, to writer: XMLWriter) {
        var renderer = DocBookRenderer()
        renderer.revisions = Revisions(deletedPrefix: "verwijderd.")
        var renamed = section
        renamed.id = "verwijderd." + section.id
        renamed.content = SectionContent(blocks: section.content.blocks, subsections: section.content.subsections.map(Self.deletedIDs))
        renderer.write(renamed, to: writer)
    }

    func writeDeleted(_ chapter: Chapter, to writer: XMLWriter) {
        var renderer = DocBookRenderer()
        renderer.revisions = Revisions(deletedPrefix: "verwijderd.")
        var renamed = chapter
        renamed.sections = chapter.sections.map(Self.deletedIDs)
        renamed.intro.subsections = chapter.intro.subsections.map(Self.deletedIDs)
        renderer.write(renamed, to: writer)
    }

    private static func deletedIDs(_ section: Section) -> Section {
        var copy = section
        copy.id = "verwijderd." + section.id
        copy.content.subsections = section.content.subsections.map(deletedIDs)
        return copy
    }

    /// The new content with what changed since the old one marked: blocks are aligned by their
    /// words; a paragraph replaced by a paragraph is shown with word-level phrases.
    func writeChanges(from old: SectionContent, to new: SectionContent, writer: XMLWriter) {
        let oldKeys = old.blocks.map { Words.of($0).joined(separator: " ") }
        let newKeys = new.blocks.map { Words.of($0).joined(separator: " ") }
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in newKeys.difference(from: oldKeys) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var i = 0
        var j = 0
        while i < old.blocks.count || j < new.blocks.count {
            let oldRemoved = i < old.blocks.count && removed.contains(i)
            let newInserted = j < new.blocks.count && inserted.contains(j)
            if oldRemoved && newInserted, case .paragraph = old.blocks[i].kind, case .paragraph(let inlines) = new.blocks[j].kind {
                writeChangedParagraph(old: Words.of(old.blocks[i]), new: inlines, writer: writer)
                i += 1; j += 1
            } else if oldRemoved {
                write(old.blocks[i], to: writer, flag: "deleted")
                i += 1
            } else if newInserted {
                write(new.blocks[j], to: writer, flag: "added")
                j += 1
            } else {
                if j < new.blocks.count { write(new.blocks[j], to: writer) }
                i += 1; j += 1
            }
        }
        let oldSubsections = Dictionary(old.subsections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for subsection in new.subsections {
            guard let before = oldSubsections[subsection.id] else {
                var marked = self
                marked.revisions?.sectionFlags[subsection.id] = "added"
                marked.write(subsection, to: writer)
                continue
            }
            var marked = self
            let unchanged = Words.of(before.content) == Words.of(subsection.content)
            if !unchanged {
                marked.revisions?.sectionFlags[subsection.id] = "changed"
                marked.revisions?.oldContent[subsection.id] = before.content
            }
            marked.write(subsection, to: writer)
        }
        let newIDs = Set(new.subsections.map(\.id))
        for subsection in old.subsections where !newIDs.contains(subsection.id) {
            writeDeleted(subsection, to: writer)
        }
    }

    private func writeChangedParagraph(old: [String], new inlines: [Inline], writer: XMLWriter) {
        let newWords = Words.split(inlines.plainText)
        writer.startLine("para", attributes: [("revisionflag", "changed")])
        var first = true
        for hunkSegment in WordDiff.segments(old: old, new: newWords) {
            if !first { writer.text(" ") }
            first = false
            switch hunkSegment.op {
            case .same:
                writer.text(hunkSegment.text)
            case .added, .removed:
                writer.startInline("phrase", attributes: [("revisionflag", hunkSegment.op == .added ? "added" : "deleted")])
                writer.text(hunkSegment.text)
                writer.endInline()
            }
        }
        writer.endLine()
    }
}

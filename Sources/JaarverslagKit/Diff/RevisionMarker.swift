/// Marks what changed in the new report since the old one, in the model itself: changed,
/// added and deleted chapters, sections and blocks carry a `Revision`, changed paragraphs show
/// their added and deleted words as `Inline.revised` runs, and removed groups and chapters are
/// kept, marked deleted. Any renderer can then show the changes (`diff --format docbook`).
public enum RevisionMarker {
    public static func mark(_ new: Report, against old: Report, diff: YearDiff) -> Report {
        let plan = Plan(old: old, new: new, diff: diff)
        var marked = new
        if let foreword = marked.foreword {
            if let before = plan.oldContent[foreword.id] {
                marked.foreword?.content = changes(from: before, to: foreword.content)
            } else if diff.groups.contains(where: { $0.change == .added && $0.group == foreword.id }) {
                marked.foreword?.revision = .added
            }
        }
        marked.chapters =
            new.chapters.map { chapter in
                var chapter = chapter
                chapter.revision = plan.chapterFlags[chapter.id]
                chapter.intro.blocks = chapter.intro.blocks.map { withJoinedMembers($0, diff.members.joined) }
                if let origin = chapter.introGroup, let before = plan.oldContent[origin.group] {
                    chapter.intro = changes(from: before, to: chapter.intro)
                }
                chapter.sections =
                    chapter.sections.map { section in
                        var section = section
                        section.revision = plan.sectionFlags[section.id]
                        if let before = plan.oldContent[section.id] { section.content = changes(from: before, to: section.content) }
                        return section
                    } + (plan.deletedSections[chapter.id] ?? []).map(deleted)
                return chapter
            } + plan.deletedChapters.map(deleted)
        return marked
    }

    /// What the diff says about each part of the new report, and what of the old is gone.
    private struct Plan {
        /// Section id → `added` or `changed`.
        var sectionFlags: [String: Revision] = [:]
        /// Chapter id → `added`.
        var chapterFlags: [String: Revision] = [:]
        /// Old text of changed units, by the new group id.
        var oldContent: [String: SectionContent] = [:]
        /// Removed groups, shown at the end of the chapter that now has their place.
        var deletedSections: [String: [Section]] = [:]
        var deletedChapters: [Chapter] = []

        init(old: Report, new: Report, diff: YearDiff) {
            for change in diff.chapters where change.change == .added { chapterFlags[change.id] = .added }
            let oldContents = Self.contents(of: old)
            for change in diff.groups where change.change == .added { sectionFlags[change.group] = .added }
            for section in diff.sections {
                sectionFlags[section.group] = .changed
                oldContent[section.group] = oldContents[section.oldGroup]
            }
            // Where each old chapter went: same id, or the new id it was matched to.
            var newChapterOf: [String: String] = [:]
            for chapter in new.chapters where old.chapters.contains(where: { $0.id == chapter.id }) {
                newChapterOf[chapter.id] = chapter.id
            }
            for change in diff.chapters where change.change == .renamed { if let oldID = change.oldID { newChapterOf[oldID] = change.id } }
            let removedChapters = Set(diff.chapters.filter { $0.change == .removed }.map(\.id))
            // A removed chapter is shown struck out, less the groups that live on elsewhere (those
            // are shown where they are now, as changed).
            let livingOldGroups = Set(diff.sections.map(\.oldGroup) + diff.groups.compactMap(\.oldGroup) + diff.unchanged)
            deletedChapters = old.chapters.filter { removedChapters.contains($0.id) }.compactMap { chapter in
                var remaining = chapter
                if let intro = chapter.introGroup, livingOldGroups.contains(intro.group) {
                    remaining.intro = SectionContent(
                        blocks: chapter.intro.blocks.filter { if case .memberList = $0.kind { true } else { false } })
                    remaining.introGroup = nil
                }
                remaining.sections = chapter.sections.filter { !livingOldGroups.contains($0.origin?.group ?? "") }
                return remaining.intro.isEmpty && remaining.sections.isEmpty ? nil : remaining
            }
            for change in diff.groups where change.change == .removed {
                guard let chapter = old.chapters.first(where: { $0.sections.contains { $0.origin?.group == change.group } }),
                    !removedChapters.contains(chapter.id), let target = newChapterOf[chapter.id],
                    let section = chapter.sections.first(where: { $0.origin?.group == change.group })
                else { continue }
                deletedSections[target, default: []].append(section)
            }
        }

        /// The text of every unit of a report by group id.
        static func contents(of report: Report) -> [String: SectionContent] {
            var result: [String: SectionContent] = [:]
            if let foreword = report.foreword { result[foreword.id] = foreword.content }
            for chapter in report.chapters {
                if let origin = chapter.introGroup { result[origin.group] = chapter.intro }
                for section in chapter.sections {
                    if let origin = section.origin { result[origin.group] = section.content }
                }
            }
            return result
        }
    }

    /// The new content with what changed since the old one marked: blocks are aligned by their
    /// words; a paragraph replaced by a paragraph shows its changed words.
    static func changes(from old: SectionContent, to new: SectionContent) -> SectionContent {
        let oldKeys = old.blocks.map { Words.of($0).joined(separator: " ") }
        let newKeys = new.blocks.map { Words.of($0).joined(separator: " ") }
        let (removed, inserted) = Alignment.offsets(old: oldKeys, new: newKeys)
        var blocks: [Block] = []
        var i = 0
        var j = 0
        while i < old.blocks.count || j < new.blocks.count {
            let oldRemoved = i < old.blocks.count && removed.contains(i)
            let newInserted = j < new.blocks.count && inserted.contains(j)
            if oldRemoved && newInserted, case .paragraph = old.blocks[i].kind, case .paragraph(let inlines) = new.blocks[j].kind,
                let words = changedWords(old: Words.of(old.blocks[i]), new: Words.split(inlines.plainText))
            {
                blocks.append(Block(.paragraph(words), at: new.blocks[j].location, revision: .changed))
                i += 1
                j += 1
            } else if oldRemoved {
                blocks.append(flagged(old.blocks[i], .deleted))
                i += 1
            } else if newInserted {
                blocks.append(flagged(new.blocks[j], .added))
                j += 1
            } else {
                if j < new.blocks.count { blocks.append(new.blocks[j]) }
                i += 1
                j += 1
            }
        }
        let oldSubsections = Dictionary(old.subsections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var subsections = new.subsections.map { subsection -> Section in
            var marked = subsection
            guard let before = oldSubsections[subsection.id] else {
                marked.revision = .added
                return marked
            }
            if Words.of(before.content) != Words.of(subsection.content) {
                marked.revision = .changed
                marked.content = changes(from: before.content, to: subsection.content)
            }
            return marked
        }
        let newIDs = Set(new.subsections.map(\.id))
        subsections += old.subsections.filter { !newIDs.contains($0.id) }.map(deleted)
        return SectionContent(blocks: blocks, subsections: subsections)
    }

    /// More changed runs than this in one paragraph make it a rewrite: it is shown deleted and
    /// added whole. Each run is an element, and the markup of one fragment is bounded too
    /// (`ReportLimits`), which keeps the marked DocBook quick to validate.
    static let maxRevisedRuns = 1_000

    /// The new paragraph's words, with the runs added and deleted since the old one marked;
    /// nil for a rewrite.
    private static func changedWords(old: [String], new: [String]) -> [Inline]? {
        let segments = WordDiff.segments(old: old, new: new)
        guard segments.filter({ $0.op != .same }).count <= maxRevisedRuns else { return nil }
        var inlines: [Inline] = []
        for segment in segments {
            if !inlines.isEmpty { inlines.append(.text(" ")) }
            switch segment.op {
            case .same: inlines.append(.text(segment.text))
            case .added: inlines.append(.revised(.added, [.text(segment.text)]))
            case .removed: inlines.append(.revised(.deleted, [.text(segment.text)]))
            }
        }
        return inlines
    }

    private static func flagged(_ block: Block, _ revision: Revision) -> Block {
        var block = block
        block.revision = revision
        return block
    }

    private static func withJoinedMembers(_ block: Block, _ joined: [String]) -> Block {
        guard case .memberList(var members) = block.kind else { return block }
        members.joined = Set(joined)
        var marked = block
        marked.kind = .memberList(members)
        return marked
    }

    /// A removed section, and everything in it, marked deleted.
    private static func deleted(_ section: Section) -> Section {
        var marked = section
        marked.revision = .deleted
        marked.content.subsections = section.content.subsections.map(deleted)
        return marked
    }

    private static func deleted(_ chapter: Chapter) -> Chapter {
        var marked = chapter
        marked.revision = .deleted
        marked.sections = chapter.sections.map(deleted)
        marked.intro.subsections = chapter.intro.subsections.map(deleted)
        return marked
    }
}

/// `jaarverslag diff --format docbook`: the new year's report as DocBook 5.0, with what
/// changed since the old one marked by `revisionflag`, for DocBook XSL's `show.revisionflag`.
public struct RevisionRenderer: Sendable {
    public var old: Report
    public var diff: YearDiff

    public init(old: Report, diff: YearDiff) {
        self.old = old
        self.diff = diff
    }

    public func render(_ new: Report) -> String {
        var revisions = DocBookRenderer.Revisions()
        revisions.joinedMembers = Set(diff.members.joined)
        for change in diff.chapters where change.change == .added {
            revisions.chapterFlags[change.id] = "added"
        }
        let oldContent = Self.contents(of: old)
        for change in diff.groups where change.change == .added {
            revisions.sectionFlags[change.group] = "added"
        }
        for section in diff.sections {
            revisions.sectionFlags[section.group] = "changed"
            revisions.oldContent[section.group] = oldContent[section.oldGroup]
        }
        // Where each old chapter went: same id, or the new id it was matched to.
        var newChapterOf: [String: String] = [:]
        for chapter in new.chapters where old.chapters.contains(where: { $0.id == chapter.id }) { newChapterOf[chapter.id] = chapter.id }
        for change in diff.chapters where change.change == .renamed { if let oldID = change.oldID { newChapterOf[oldID] = change.id } }
        let removedChapters = Set(diff.chapters.filter { $0.change == .removed }.map(\.id))
        // A removed chapter is shown struck out, less the groups that live on elsewhere (those
        // are shown where they are now, as changed).
        let livingOldGroups = Set(diff.sections.map(\.oldGroup) + diff.groups.compactMap(\.oldGroup) + diff.unchanged)
        revisions.deletedChapters = old.chapters.filter { removedChapters.contains($0.id) }.compactMap { chapter in
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
            revisions.deletedSections[target, default: []].append(section)
        }
        var renderer = DocBookRenderer()
        renderer.revisions = revisions
        return renderer.render(new)
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

import Foundation

/// Compares two reports. Chapters are matched by id, then by title similarity; groups by
/// stable group id, then by the earlier names recorded in the new fragments, then by title
/// similarity (the score is reported).
public enum Differ {
    /// Titles at least this alike count as the same chapter or group.
    public static let similarityThreshold = 0.6
    /// A section of which at least this share of the words changed, and that has at least
    /// `rewriteWords` words before and after together, was rewritten: it is summarised.
    public static let rewriteShare = 0.6
    public static let rewriteWords = 80

    /// `pending`: groups the new year's manifest expects that have no fragment yet; they are
    /// not yet submitted, not removed. `leftOut`: groups of the new year whose fragments were
    /// skipped for their errors; they are not removed either.
    public static func diff(
        _ old: Report, _ new: Report, oldSource: String, newSource: String, pending: [PendingGroup] = [], leftOut: Set<String> = []
    ) -> YearDiff {
        // Cities are the same city with either apostrophe (`'s-Hertogenbosch`, `’s-Hertogenbosch`).
        let oldCities = old.memberList?.cities ?? []
        let newCities = new.memberList?.cities ?? []
        let oldKeys = Set(oldCities.map(CityName.key))
        let newKeys = Set(newCities.map(CityName.key))
        let chapterMatches = matchChapters(old.chapters, new.chapters, pending: pending)
        let units = ResultSlots<[DiffUnit]>.concurrentMap(2) { DiffUnit.units(of: $0 == 0 ? old : new) }
        let pendingGroups = Set(pending.map(\.group)).union(leftOut)
        let (groups, pairs) = matchGroups(
            units[0].filter { !pendingGroups.contains($0.group) }, units[1], chapters: chapterMatches.pairs)

        var chairs: [YearDiff.ChairChange] = []
        var sections: [YearDiff.SectionChange] = []
        var unchanged: [String] = []
        // The word diffs are independent: computed on all cores, used in the pairs' order.
        let texts = ResultSlots<WordDiff>.concurrentMap(pairs.count) { index in
            let (before, after) = pairs[index]
            return before.texts == after.texts
                ? WordDiff(unchanged: after.wordCount) : WordDiff(oldParagraphs: before.texts, newParagraphs: after.texts)
        }
        for ((before, after), text) in zip(pairs, texts) {
            let oldChairs = before.chairs.map(describe)
            let newChairs = after.chairs.map(describe)
            if oldChairs != newChairs {
                chairs.append(.init(group: after.group, title: after.title, before: oldChairs, after: newChairs))
            }
            if text.isEmpty {
                unchanged.append(after.group)
            } else {
                var section = YearDiff.SectionChange(group: after.group, oldGroup: before.group, title: after.title, text: text)
                if text.share >= rewriteShare, text.wordsBefore + text.wordsAfter >= rewriteWords {
                    section.rewritten = true
                    section.firstBefore = before.texts.first.map(opening)
                    section.firstAfter = after.texts.first.map(opening)
                }
                sections.append(section)
            }
        }
        let oldSignatory = old.foreword?.signature?.name
        // A foreword not handed in yet has not changed its signatory.
        let newSignatory =
            new.foreword == nil && old.foreword.map { pendingGroups.contains($0.id) } == true ? oldSignatory : new.foreword?.signature?.name
        return YearDiff(
            old: side(old, source: oldSource), new: side(new, source: newSource),
            network: old.network.name == new.network.name ? nil : .init(from: old.network.name, to: new.network.name),
            members: .init(
                joined: newCities.filter { !oldKeys.contains(CityName.key($0)) }.sorted(by: DutchCollation.areInIncreasingOrder),
                left: oldCities.filter { !newKeys.contains(CityName.key($0)) }.sorted(by: DutchCollation.areInIncreasingOrder),
                countBefore: oldCities.count, countAfter: newCities.count),
            chapters: chapterMatches.changes, groups: groups, chairs: chairs,
            signatory: oldSignatory == newSignatory ? nil : .init(from: oldSignatory, to: newSignatory),
            sections: sections, unchanged: unchanged)
    }

    /// The first words of a paragraph, for the summary of a rewritten section.
    static func opening(_ text: String) -> String {
        let words = Words.split(text)
        return words.count <= 15 ? words.joined(separator: " ") : words.prefix(15).joined(separator: " ") + " …"
    }

    private static func side(_ report: Report, source: String) -> YearDiff.Side {
        .init(source: source, year: report.year, title: report.title, network: report.network.name)
    }

    /// `Bas van der Pol (Tilburg), trekker`
    static func describe(_ chair: Chair) -> String {
        (chair.name.map { "\($0) (\(chair.city))" } ?? chair.city) + ", \(chair.role.rawValue)"
    }

    /// The groups a chapter holds, with those expected in it that are not handed in yet.
    private static func groups(of chapter: Chapter, pending: [PendingGroup] = []) -> Set<String> {
        Set(
            chapter.sections.compactMap(\.origin?.group) + [chapter.introGroup?.group].compactMap { $0 }
                + pending.filter { $0.chapter == chapter.id }.map(\.group))
    }

    private static func matchChapters(_ old: [Chapter], _ new: [Chapter], pending: [PendingGroup]) -> (
        changes: [YearDiff.ChapterChange], pairs: [String: String]
    ) {
        var pairs: [String: String] = [Manifest.forewordPillar: Manifest.forewordPillar]  // new id → old id
        var changes: [YearDiff.ChapterChange] = []
        var unmatchedOld = old.filter { chapter in !new.contains { $0.id == chapter.id } }
        for chapter in new {
            if let same = old.first(where: { $0.id == chapter.id }) {
                pairs[chapter.id] = same.id
                if same.title != chapter.title {
                    changes.append(
                        .init(
                            change: .renamed, id: chapter.id, oldID: same.id, title: chapter.title, oldTitle: same.title, matchedBy: .id))
                }
                continue
            }
            // A new id for the same groups is a rename.
            let held = groups(of: chapter, pending: pending)
            if !held.isEmpty, let same = unmatchedOld.first(where: { groups(of: $0) == held }) {
                pairs[chapter.id] = same.id
                unmatchedOld.removeAll { $0.id == same.id }
                changes.append(
                    .init(
                        change: .renamed, id: chapter.id, oldID: same.id, title: chapter.title, oldTitle: same.title, matchedBy: .groups))
                continue
            }
            let best = unmatchedOld.map { ($0, TitleSimilarity.score($0.title, chapter.title)) }.max { $0.1 < $1.1 }
            if let (match, score) = best, score >= similarityThreshold {
                pairs[chapter.id] = match.id
                unmatchedOld.removeAll { $0.id == match.id }
                changes.append(
                    .init(
                        change: .renamed, id: chapter.id, oldID: match.id, title: chapter.title, oldTitle: match.title,
                        similarity: (score * 100).rounded() / 100, matchedBy: .similarity))
            } else {
                changes.append(.init(change: .added, id: chapter.id, title: chapter.title))
            }
        }
        // A chapter the new manifest still has, waiting for its fragments, is not removed.
        let waiting = Set(pending.map(\.chapter))
        for chapter in unmatchedOld {
            if waiting.contains(chapter.id) {
                pairs[chapter.id] = chapter.id
                continue
            }
            changes.append(.init(change: .removed, id: chapter.id, title: chapter.title))
        }
        return (changes, pairs)
    }

    private static func matchGroups(_ old: [DiffUnit], _ new: [DiffUnit], chapters: [String: String])
        -> (changes: [YearDiff.GroupChange], pairs: [(DiffUnit, DiffUnit)])
    {
        var matched: [String: (DiffUnit, YearDiff.GroupChange.Match, Double?)] = [:]  // new group → old unit
        var usedOld: Set<String> = []
        var oldByGroup: [String: DiffUnit] = [:]
        for unit in old where oldByGroup[unit.group] == nil { oldByGroup[unit.group] = unit }
        for unit in new {
            if let same = oldByGroup[unit.group] {
                matched[unit.group] = (same, .id, nil)
                usedOld.insert(same.group)
            }
        }
        var oldByTitle: [Set<String>: [DiffUnit]] = [:]
        for unit in old { oldByTitle[TitleSimilarity.words(unit.title), default: []].append(unit) }
        for unit in new where matched[unit.group] == nil && !unit.formerly.isEmpty {
            let earlier = unit.formerly.lazy.compactMap { former in
                oldByTitle[TitleSimilarity.words(former.title)]?.first { !usedOld.contains($0.group) }
            }.first
            if let earlier {
                matched[unit.group] = (earlier, .formerName, nil)
                usedOld.insert(earlier.group)
            }
        }
        // Title similarity, best pairs first, within chapters that correspond.
        var candidates: [(new: DiffUnit, old: DiffUnit, score: Double)] = []
        let unmatchedOld = old.filter { !usedOld.contains($0.group) }
        for unit in new where matched[unit.group] == nil {
            for candidate in unmatchedOld where chapters[unit.chapterID] == candidate.chapterID {
                let score = TitleSimilarity.score(candidate.title, unit.title)
                if score >= similarityThreshold { candidates.append((unit, candidate, score)) }
            }
        }
        for candidate in candidates.sorted(by: { $0.score > $1.score })
        where matched[candidate.new.group] == nil && !usedOld.contains(candidate.old.group) {
            matched[candidate.new.group] = (candidate.old, .similarity, (candidate.score * 100).rounded() / 100)
            usedOld.insert(candidate.old.group)
        }

        var changes: [YearDiff.GroupChange] = []
        var pairs: [(DiffUnit, DiffUnit)] = []
        for unit in new {
            guard let (before, match, score) = matched[unit.group] else {
                changes.append(
                    .init(
                        change: .added, group: unit.group, title: unit.title, chapter: unit.chapterTitle,
                        renamed: false, moved: false))
                continue
            }
            pairs.append((before, unit))
            let renamed = before.title != unit.title || before.group != unit.group
            let moved = chapters[unit.chapterID] != before.chapterID
            if renamed || moved {
                changes.append(
                    .init(
                        change: .matched, group: unit.group, oldGroup: before.group, title: unit.title, oldTitle: before.title,
                        chapter: unit.chapterTitle, oldChapter: before.chapterTitle, matchedBy: match, similarity: score,
                        renamed: renamed, moved: moved))
            }
        }
        for unit in old where !usedOld.contains(unit.group) {
            changes.append(
                .init(change: .removed, group: unit.group, title: unit.title, chapter: unit.chapterTitle, renamed: false, moved: false))
        }
        return (changes, pairs)
    }
}

import Foundation

/// Prints a `YearDiff` for a terminal: structure first, then the word changes per section in
/// wdiff style (`[-weg-]{+erbij+}`), coloured when the output is a terminal.
public struct DiffTextFormatter: Sendable {
    public var language: Language
    public var color: Bool

    public init(language: Language, color: Bool) {
        self.language = language
        self.color = color
    }

    private func say(_ message: Message) -> String { message.text(language) }
    private func red(_ text: String) -> String { color ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
    private func green(_ text: String) -> String { color ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    public func format(_ diff: YearDiff) -> String {
        let diff = diff.printable
        var lines = [bold("jaarverslag diff \(diff.old.source) \(diff.new.source)")]
        if diff.isEmpty {
            // No change in what was handed in; who has not handed in yet is still said.
            lines.append(say(Messages.noDifferences))
            return (lines + pending(diff) + skipped(diff)).joined(separator: "\n") + "\n"
        }
        if let network = diff.network {
            lines.append(say(Messages.networkRenamed) + "\(network.from) → \(network.to)")
        }
        let members = diff.members
        lines.append(say(Messages.members) + "\(members.countBefore) → \(members.countAfter)")
        if !members.joined.isEmpty { lines.append("  " + green("+ " + members.joined.joined(separator: ", "))) }
        if !members.left.isEmpty { lines.append("  " + red("- " + members.left.joined(separator: ", "))) }
        if let signatory = diff.signatory {
            lines.append(say(Messages.signedBy) + "\(signatory.from ?? "—") → \(signatory.to ?? "—")")
        }
        if !diff.chapters.isEmpty {
            lines.append("")
            lines.append(bold(say(Messages.chapters)))
            for change in diff.chapters { lines.append("  " + describe(change)) }
        }
        if !diff.groups.isEmpty {
            lines.append("")
            lines.append(bold(say(Messages.groups)))
            for change in diff.groups { lines.append("  " + describe(change)) }
        }
        if !diff.chairs.isEmpty {
            lines.append("")
            lines.append(bold(say(Messages.chairs)))
            for change in diff.chairs {
                lines.append("  \(change.title) (\(change.group))")
                if !change.before.isEmpty { lines.append("    " + red("- " + change.before.joined(separator: "; "))) }
                if !change.after.isEmpty { lines.append("    " + green("+ " + change.after.joined(separator: "; "))) }
            }
        }
        lines += pending(diff)
        if !diff.sections.isEmpty {
            lines.append("")
            lines.append(bold(say(Messages.text)))
            for section in diff.sections {
                lines.append("")
                lines.append(bold("  \(section.title) (\(section.group))") + ": " + counts(section.text))
                if section.rewritten {
                    lines.append("    " + say(Messages.rewritten(before: section.text.wordsBefore, after: section.text.wordsAfter)))
                    if let before = section.firstBefore { lines.append("    " + say(Messages.was) + red(before)) }
                    if let after = section.firstAfter { lines.append("    " + say(Messages.now) + green(after)) }
                } else {
                    for hunk in section.text.hunks { lines.append("    " + render(hunk)) }
                }
            }
        }
        if !diff.unchanged.isEmpty {
            lines.append("")
            lines.append(say(Messages.unchanged(diff.unchanged.count)) + diff.unchanged.joined(separator: ", "))
        }
        lines += skipped(diff)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The groups not handed in yet: missing, then in draft.
    private func pending(_ diff: YearDiff) -> [String] {
        var lines: [String] = []
        for (state, heading) in [(YearDiff.Pending.State.missing, Messages.notSubmitted), (.draft, Messages.inDraft)] {
            let groups = (diff.pending ?? []).filter { $0.state == state }
            guard !groups.isEmpty else { continue }
            lines.append("")
            lines.append(bold(say(heading)))
            for group in groups {
                lines.append(
                    "  … " + (group.title.map { "\($0) (\(group.group), \(group.chapter))" } ?? "\(group.group) (\(group.chapter))"))
            }
        }
        return lines
    }

    /// The fragments left out for their errors, with the first error of each.
    private func skipped(_ diff: YearDiff) -> [String] {
        var lines: [String] = []
        if !diff.skipped.isEmpty {
            lines.append("")
            lines.append(bold(say(Messages.skipped)))
            for skipped in diff.skipped {
                lines.append("  \(skipped.path): \(skipped.message.text(language)) [\(skipped.rule)]")
            }
        }
        return lines
    }

    /// `+120 −35 woorden (14% gewijzigd)`
    func counts(_ text: WordDiff) -> String {
        let share = Int((text.share * 100).rounded())
        return green("+\(text.added)") + " " + red("−\(text.removed)") + say(Messages.wordsChanged(share))
    }

    /// One changed paragraph; a long added or removed run is shortened, with its length said.
    private func render(_ hunk: WordDiff.Hunk) -> String {
        hunk.segments.map { segment in
            switch segment.op {
            case .same: return segment.text
            case .removed: return red("[-" + shortened(segment.text) + "-]")
            case .added: return green("{+" + shortened(segment.text) + "+}")
            }
        }.joined(separator: " ")
    }

    /// At most `longRun` words of a run, then how many more.
    private func shortened(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > Self.longRun else { return text }
        return words.prefix(Self.longRun).joined(separator: " ") + " … " + say(Messages.moreWords(words.count - Self.longRun))
    }

    /// Words of one added or removed run shown in full; the rest is counted.
    static let longRun = 40

    private func describe(_ change: YearDiff.ChapterChange) -> String {
        switch change.change {
        case .added: return green("+ \(change.title)") + " (\(change.id))"
        case .removed: return red("- \(change.title)") + " (\(change.id))"
        case .renamed:
            let how = change.similarity.map { ", " + say(Messages.similarity(format($0))) } ?? ""
            let ids = change.oldID == nil || change.oldID == change.id ? change.id : "\(change.oldID!) → \(change.id)"
            let groups = change.matchedBy == .groups ? ", " + say(Messages.sameGroups) : ""
            return "~ \(change.oldTitle ?? "") → \(change.title) (\(ids)\(how)\(groups))"
        }
    }

    private func describe(_ change: YearDiff.GroupChange) -> String {
        switch change.change {
        case .added: return green("+ \(change.title)") + " (\(change.group), \(change.chapter))"
        case .removed: return red("- \(change.title)") + " (\(change.group), \(change.chapter))"
        case .matched:
            var parts: [String] = []
            if change.renamed {
                let ids = change.oldGroup == change.group ? change.group : "\(change.oldGroup ?? "") → \(change.group)"
                let how: String
                switch change.matchedBy {
                case .formerName: how = say(Messages.byFormerName)
                case .similarity:
                    how = say(Messages.similarity(format(change.similarity ?? 0)))
                default: how = say(Messages.sameID)
                }
                parts.append(say(Messages.renamed) + ": \(change.oldTitle ?? "") → \(change.title) (\(ids); \(how))")
            }
            if change.moved {
                parts.append(
                    say(Messages.moved) + ": \(change.oldChapter ?? "") → \(change.chapter)"
                        + (change.renamed ? "" : " (\(change.group))"))
            }
            return "~ " + parts.joined(separator: "; ")
        }
    }

    private func format(_ score: Double) -> String {
        String(format: "%.2f", score)
    }

    /// The short summary of `--stat`.
    public func stat(_ diff: YearDiff) -> String {
        let diff = diff.printable
        var lines: [String] = []
        if let network = diff.network { lines.append(say(Messages.statNetwork) + "\(network.from) → \(network.to)") }
        lines.append(say(Messages.statMembers) + "+\(diff.members.joined.count) -\(diff.members.left.count)")
        let chapters = Dictionary(grouping: diff.chapters, by: \.change).mapValues(\.count)
        lines.append(
            say(Messages.statChapters)
                + "+\(chapters[.added] ?? 0) -\(chapters[.removed] ?? 0) ~\(chapters[.renamed] ?? 0)")
        let added = diff.groups.filter { $0.change == .added }.count
        let removed = diff.groups.filter { $0.change == .removed }.count
        let renamed = diff.groups.filter { $0.renamed }.count
        let moved = diff.groups.filter { $0.moved }.count
        lines.append(say(Messages.statGroups(added: added, removed: removed, renamed: renamed, moved: moved)))
        if !diff.chairs.isEmpty { lines.append(say(Messages.statChairs) + "\(diff.chairs.count)") }
        let wordsAdded = diff.sections.map(\.text.added).reduce(0, +)
        let wordsRemoved = diff.sections.map(\.text.removed).reduce(0, +)
        lines.append(
            say(Messages.statText(sections: diff.sections.count, added: wordsAdded, removed: wordsRemoved, unchanged: diff.unchanged.count))
        )
        let missing = (diff.pending ?? []).filter { $0.state == .missing }.count
        if missing > 0 { lines.append(say(Messages.statNotSubmitted(missing))) }
        if !diff.skipped.isEmpty { lines.append(say(Messages.statSkipped(diff.skipped.count))) }
        return lines.joined(separator: "\n") + "\n"
    }
}

private enum Messages {
    static let noDifferences = Message(nl: "Geen verschillen.", en: "No differences.")
    static let networkRenamed = Message(nl: "Netwerk hernoemd: ", en: "Network renamed: ")
    static let members = Message(nl: "Leden: ", en: "Members: ")
    static let signedBy = Message(nl: "Voorwoord ondertekend door: ", en: "Foreword signed by: ")
    static let chapters = Message(nl: "Hoofdstukken", en: "Chapters")
    static let groups = Message(nl: "Groepen", en: "Groups")
    static let chairs = Message(nl: "Voorzitters en trekkers", en: "Chairs and trekkers")
    static let text = Message(nl: "Tekst", en: "Text")
    static func unchanged(_ count: Int) -> Message {
        .count(count, nl: ("sectie", "secties"), en: ("section", "sections")) + Message(nl: " ongewijzigd: ", en: " unchanged: ")
    }
    static let notSubmitted = Message(nl: "Nog niet ingeleverd", en: "Not yet submitted")
    static let inDraft = Message(nl: "Nog in concept", en: "Still in draft")
    static let skipped = Message(nl: "Overgeslagen wegens fouten", en: "Skipped for their errors")
    static let sameGroups = Message(nl: "dezelfde groepen", en: "same groups")
    static func rewritten(before: Int, after: Int) -> Message {
        Message(
            nl: "herschreven: \(before) → \(after) woorden; te veel veranderd om woord voor woord te tonen",
            en: "rewritten: \(before) → \(after) words; too much changed to show word by word")
    }
    static let was = Message(nl: "was: ", en: "was: ")
    static let now = Message(nl: "nu:  ", en: "now: ")
    static func moreWords(_ count: Int) -> Message {
        Message(nl: "(nog ", en: "(") + .count(count, nl: ("woord", "woorden"), en: ("more word", "more words")) + .verbatim(")")
    }
    static func statNotSubmitted(_ count: Int) -> Message {
        Message(nl: "nog niet ingeleverd: \(count)", en: "not yet submitted: \(count)")
    }
    static func statSkipped(_ count: Int) -> Message {
        Message(nl: "overgeslagen wegens fouten: \(count)", en: "skipped for their errors: \(count)")
    }
    static func wordsChanged(_ share: Int) -> Message {
        Message(nl: " woorden (\(share)% gewijzigd)", en: " words (\(share)% changed)")
    }
    static func similarity(_ score: String) -> Message {
        Message(nl: "titelovereenkomst \(score)", en: "title similarity \(score)")
    }
    static let byFormerName = Message(nl: "herkend aan eerdere naam", en: "recognised by former name")
    static let sameID = Message(nl: "zelfde id", en: "same id")
    static let renamed = Message(nl: "hernoemd", en: "renamed")
    static let moved = Message(nl: "verplaatst", en: "moved")
    static let statNetwork = Message(nl: "netwerk: ", en: "network: ")
    static let statMembers = Message(nl: "leden: ", en: "members: ")
    static let statChapters = Message(nl: "hoofdstukken: ", en: "chapters: ")
    static func statGroups(added: Int, removed: Int, renamed: Int, moved: Int) -> Message {
        Message(
            nl: "groepen: +\(added) -\(removed), \(renamed) hernoemd, \(moved) verplaatst",
            en: "groups: +\(added) -\(removed), \(renamed) renamed, \(moved) moved")
    }
    static let statChairs = Message(nl: "voorzitters gewijzigd: ", en: "chairs changed: ")
    static func statText(sections: Int, added: Int, removed: Int, unchanged: Int) -> Message {
        Message(nl: "tekst: ", en: "text: ") + .count(sections, nl: ("sectie", "secties"), en: ("section", "sections"))
            + Message(
                nl: " gewijzigd (+\(added) −\(removed) woorden), \(unchanged) ongewijzigd",
                en: " changed (+\(added) −\(removed) words), \(unchanged) unchanged")
    }
}

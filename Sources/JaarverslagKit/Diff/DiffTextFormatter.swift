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

    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
    private func red(_ text: String) -> String { color ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
    private func green(_ text: String) -> String { color ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    public func format(_ diff: YearDiff) -> String {
        var lines = [bold("jaarverslag diff \(diff.old.source) \(diff.new.source)")]
        if diff.isEmpty {
            lines.append(t("Geen verschillen.", "No differences."))
            return lines.joined(separator: "\n") + "\n"
        }
        if let network = diff.network {
            lines.append(t("Netwerk hernoemd: ", "Network renamed: ") + "\(network.from) → \(network.to)")
        }
        let members = diff.members
        lines.append(t("Leden: ", "Members: ") + "\(members.countBefore) → \(members.countAfter)")
        if !members.joined.isEmpty { lines.append("  " + green("+ " + members.joined.joined(separator: ", "))) }
        if !members.left.isEmpty { lines.append("  " + red("- " + members.left.joined(separator: ", "))) }
        if let signatory = diff.signatory {
            lines.append(t("Voorwoord ondertekend door: ", "Foreword signed by: ") + "\(signatory.from ?? "—") → \(signatory.to ?? "—")")
        }
        if !diff.chapters.isEmpty {
            lines.append("")
            lines.append(bold(t("Hoofdstukken", "Chapters")))
            for change in diff.chapters { lines.append("  " + describe(change)) }
        }
        if !diff.groups.isEmpty {
            lines.append("")
            lines.append(bold(t("Groepen", "Groups")))
            for change in diff.groups { lines.append("  " + describe(change)) }
        }
        if !diff.chairs.isEmpty {
            lines.append("")
            lines.append(bold(t("Voorzitters en trekkers", "Chairs and trekkers")))
            for change in diff.chairs {
                lines.append("  \(change.title) (\(change.group))")
                if !change.before.isEmpty { lines.append("    " + red("- " + change.before.joined(separator: "; "))) }
                if !change.after.isEmpty { lines.append("    " + green("+ " + change.after.joined(separator: "; "))) }
            }
        }
        if !diff.sections.isEmpty {
            lines.append("")
            lines.append(bold(t("Tekst", "Text")))
            for section in diff.sections {
                lines.append("")
                lines.append(bold("  \(section.title) (\(section.group))") + ": " + counts(section.text))
                for hunk in section.text.hunks { lines.append("    " + render(hunk)) }
            }
        }
        if !diff.unchanged.isEmpty {
            lines.append("")
            lines.append(
                t("\(diff.unchanged.count) secties ongewijzigd: ", "\(diff.unchanged.count) sections unchanged: ")
                    + diff.unchanged.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `+120 −35 woorden (14% gewijzigd)`
    func counts(_ text: WordDiff) -> String {
        let share = Int((text.share * 100).rounded())
        return green("+\(text.added)") + " " + red("−\(text.removed)") + t(" woorden (\(share)% gewijzigd)", " words (\(share)% changed)")
    }

    private func render(_ hunk: WordDiff.Hunk) -> String {
        "… "
            + hunk.segments.map { segment in
                switch segment.op {
                case .same: return segment.text
                case .removed: return red("[-" + segment.text + "-]")
                case .added: return green("{+" + segment.text + "+}")
                }
            }.joined(separator: " ") + " …"
    }

    private func describe(_ change: YearDiff.ChapterChange) -> String {
        switch change.change {
        case .added: return green("+ \(change.title)") + " (\(change.id))"
        case .removed: return red("- \(change.title)") + " (\(change.id))"
        case .renamed:
            let how = change.similarity.map { t(", titelovereenkomst \(format($0))", ", title similarity \(format($0))") } ?? ""
            let ids = change.oldID == nil || change.oldID == change.id ? change.id : "\(change.oldID!) → \(change.id)"
            return "~ \(change.oldTitle ?? "") → \(change.title) (\(ids)\(how))"
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
                case .formerName: how = t("herkend aan eerdere naam", "recognised by former name")
                case .similarity:
                    how = t("titelovereenkomst \(format(change.similarity ?? 0))", "title similarity \(format(change.similarity ?? 0))")
                default: how = t("zelfde id", "same id")
                }
                parts.append(t("hernoemd", "renamed") + ": \(change.oldTitle ?? "") → \(change.title) (\(ids); \(how))")
            }
            if change.moved {
                parts.append(
                    t("verplaatst", "moved") + ": \(change.oldChapter ?? "") → \(change.chapter)"
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
        var lines: [String] = []
        if let network = diff.network { lines.append(t("netwerk: ", "network: ") + "\(network.from) → \(network.to)") }
        lines.append(t("leden: ", "members: ") + "+\(diff.members.joined.count) -\(diff.members.left.count)")
        let chapters = Dictionary(grouping: diff.chapters, by: \.change).mapValues(\.count)
        lines.append(
            t("hoofdstukken: ", "chapters: ")
                + "+\(chapters[.added] ?? 0) -\(chapters[.removed] ?? 0) ~\(chapters[.renamed] ?? 0)")
        let added = diff.groups.filter { $0.change == .added }.count
        let removed = diff.groups.filter { $0.change == .removed }.count
        let renamed = diff.groups.filter { $0.renamed }.count
        let moved = diff.groups.filter { $0.moved }.count
        lines.append(
            t(
                "groepen: +\(added) -\(removed), \(renamed) hernoemd, \(moved) verplaatst",
                "groups: +\(added) -\(removed), \(renamed) renamed, \(moved) moved"))
        if !diff.chairs.isEmpty { lines.append(t("voorzitters gewijzigd: ", "chairs changed: ") + "\(diff.chairs.count)") }
        let wordsAdded = diff.sections.map(\.text.added).reduce(0, +)
        let wordsRemoved = diff.sections.map(\.text.removed).reduce(0, +)
        lines.append(
            t(
                "tekst: \(diff.sections.count) secties gewijzigd (+\(wordsAdded) −\(wordsRemoved) woorden), \(diff.unchanged.count) ongewijzigd",
                "text: \(diff.sections.count) sections changed (+\(wordsAdded) −\(wordsRemoved) words), \(diff.unchanged.count) unchanged"))
        return lines.joined(separator: "\n") + "\n"
    }
}

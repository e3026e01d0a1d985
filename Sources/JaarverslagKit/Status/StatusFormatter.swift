import Foundation

/// The status overview as a table for the terminal.
public struct StatusFormatter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func format(_ report: StatusReport) -> String {
        let safe = PrintableText.terminal
        let width = report.chapters.flatMap(\.groups).map(\.group.count).max() ?? 10
        var lines = [Messages.heading(report.year).text(language)]
        for chapter in report.chapters {
            lines.append("")
            lines.append(safe(chapter.title))
            for group in chapter.groups {
                let state = Messages.state(group.state).text(language)
                var line =
                    "  " + safe(group.group).padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + state.padding(toLength: 10, withPad: " ", startingAt: 0)
                if group.state != .missing {
                    line += "  " + Messages.counts(group).text(language)
                }
                if !group.expected { line += Messages.notInManifest.text(language) }
                lines.append(line.trimmingTrailingSpaces())
            }
        }
        lines.append("")
        lines.append(Messages.totals(report.totals).text(language))
        return lines.joined(separator: "\n")
    }
}

private enum Messages {
    static func heading(_ year: Int) -> Message {
        Message(nl: "Jaarverslag \(year): stand van zaken", en: "Annual report \(year): status")
    }

    static func state(_ state: StatusReport.State) -> Message {
        switch state {
        case .missing: return Message(nl: "ontbreekt", en: "missing")
        case .draft: return Message(nl: "concept", en: "draft")
        case .final: return Message(nl: "definitief", en: "final")
        }
    }

    static func counts(_ group: StatusReport.GroupStatus) -> Message {
        Message(
            nl: "\(group.errors) fouten, \(group.warnings) waarschuwingen, \(group.words) woorden",
            en: "\(group.errors) errors, \(group.warnings) warnings, \(group.words) words")
    }

    static let notInManifest = Message(nl: "  (niet in het manifest)", en: "  (not in the manifest)")

    static func totals(_ totals: StatusReport.Totals) -> Message {
        Message(
            nl: "Totaal: \(totals.groups) groepen: \(totals.final) definitief, \(totals.draft) concept, \(totals.missing) ontbreken; "
                + "\(totals.errors) fouten, \(totals.warnings) waarschuwingen; \(totals.words) woorden",
            en: "Total: \(totals.groups) groups: \(totals.final) final, \(totals.draft) draft, \(totals.missing) missing; "
                + "\(totals.errors) errors, \(totals.warnings) warnings; \(totals.words) words")
    }
}

import Foundation

/// The status overview as a table for the terminal: per chapter, every group with its state,
/// and under a fragment in error its first error, so the coordinator knows whom to call.
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
            lines.append(chapter.id.isEmpty ? Messages.unplaced.text(language) : safe(chapter.title))
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
                if let note = group.note {
                    lines.append("    " + safe("\(note.location): \(note.message.text(language))") + " [\(note.rule)]")
                }
            }
        }
        if !report.elsewhere.isEmpty {
            lines.append("")
            lines.append(Messages.elsewhere.text(language))
            for finding in report.elsewhere {
                let severity = finding.severity.map { DiagnosticFormatter.Messages.severity($0).text(language) + ": " } ?? ""
                lines.append("  " + safe("\(finding.location): \(severity)\(finding.message.text(language)) [\(finding.rule)]"))
                if let fix = finding.fix {
                    lines.append("      " + safe(DiagnosticFormatter.Messages.fixLabel.text(language) + fix.text(language)))
                }
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
        case .error: return Message(nl: "fout", en: "error")
        case .draft: return Message(nl: "concept", en: "draft")
        case .submitted: return Message(nl: "ingeleverd", en: "submitted")
        case .final: return Message(nl: "definitief", en: "final")
        }
    }

    static let unplaced = Message(nl: "Niet in te delen", en: "Not placed")
    static let elsewhere = Message(nl: "Buiten de fragmenten", en: "Outside the fragments")

    static func errors(_ count: Int) -> Message { .count(count, nl: ("fout", "fouten"), en: ("error", "errors")) }
    static func warnings(_ count: Int) -> Message {
        .count(count, nl: ("waarschuwing", "waarschuwingen"), en: ("warning", "warnings"))
    }
    static func words(_ count: Int) -> Message { .count(count, nl: ("woord", "woorden"), en: ("word", "words")) }

    static func counts(_ group: StatusReport.GroupStatus) -> Message {
        .joined([errors(group.errors), warnings(group.warnings), words(group.words)], separator: ", ")
    }

    static let notInManifest = Message(nl: "  (niet in het manifest)", en: "  (not in the manifest)")

    /// Texts waiting for approval are counted only when there are any: a year kept without
    /// the portal never has them.
    static func totals(_ totals: StatusReport.Totals) -> Message {
        var states = [
            Message(nl: "\(totals.final) definitief", en: "\(totals.final) final"),
            Message(nl: "\(totals.draft) concept", en: "\(totals.draft) draft"),
        ]
        if totals.submitted > 0 {
            states.insert(Message(nl: "\(totals.submitted) ingeleverd", en: "\(totals.submitted) submitted"), at: 1)
        }
        if totals.error > 0 {
            states.append(Message(nl: "\(totals.error) met fouten", en: "\(totals.error) in error"))
        }
        states.append(
            Message(
                nl: "\(totals.missing) \(totals.missing == 1 ? "ontbreekt" : "ontbreken")", en: "\(totals.missing) missing"))
        return Message(nl: "Totaal: ", en: "Total: ") + .count(totals.groups, nl: ("groep", "groepen"), en: ("group", "groups"))
            + .verbatim(": ") + .joined(states, separator: ", ") + .verbatim("; ")
            + .joined([errors(totals.errors), warnings(totals.warnings)], separator: ", ") + .verbatim("; ") + words(totals.words)
    }
}

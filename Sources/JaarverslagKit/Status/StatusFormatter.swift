import Foundation

/// The status overview as a table for the terminal.
public struct StatusFormatter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    public func format(_ report: StatusReport) -> String {
        let width = report.chapters.flatMap(\.groups).map(\.group.count).max() ?? 10
        var lines = [t("Jaarverslag \(report.year): stand van zaken", "Annual report \(report.year): status")]
        for chapter in report.chapters {
            lines.append("")
            lines.append(chapter.title)
            for group in chapter.groups {
                let state: String
                switch group.state {
                case .missing: state = t("ontbreekt", "missing")
                case .draft: state = t("concept", "draft")
                case .final: state = t("definitief", "final")
                }
                var line =
                    "  " + group.group.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + state.padding(toLength: 10, withPad: " ", startingAt: 0)
                if group.state != .missing {
                    line +=
                        "  "
                        + t(
                            "\(group.errors) fouten, \(group.warnings) waarschuwingen, \(group.words) woorden",
                            "\(group.errors) errors, \(group.warnings) warnings, \(group.words) words")
                }
                if !group.expected { line += t("  (niet in het manifest)", "  (not in the manifest)") }
                lines.append(line.trimmingTrailingSpaces())
            }
        }
        let totals = report.totals
        lines.append("")
        lines.append(
            t(
                "Totaal: \(totals.groups) groepen: \(totals.final) definitief, \(totals.draft) concept, \(totals.missing) ontbreken; "
                    + "\(totals.errors) fouten, \(totals.warnings) waarschuwingen; \(totals.words) woorden",
                "Total: \(totals.groups) groups: \(totals.final) final, \(totals.draft) draft, \(totals.missing) missing; "
                    + "\(totals.errors) errors, \(totals.warnings) warnings; \(totals.words) words"))
        return lines.joined(separator: "\n")
    }
}

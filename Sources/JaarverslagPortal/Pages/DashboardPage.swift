import Foundation
import JaarverslagKit

/// The coordinator's overview of a year: every chapter and group with its state (missing,
/// draft, error, final), words, the last change and by whom, and a link to each section.
struct DashboardPage {
    var status: StatusReport
    var manifest: Manifest
    var lastChanges: [String: SavedVersion]
    var years: [Int]
    var language: Language

    private func t(_ message: Message) -> String { message.text(language) }

    /// The state the page shows: errors come before draft or final.
    enum Shown: String {
        case missing, draft, error, final
    }

    static func shown(_ group: StatusReport.GroupStatus) -> Shown {
        switch group.state {
        case .missing: return .missing
        case .error: return .error
        case _ where group.errors > 0: return .error
        case .draft: return .draft
        case .final: return .final
        }
    }

    func render(session: Session) -> String {
        let totals = status.totals
        var main: [HTML] = [
            el("h1", [], "\(manifest.title) — " + t(Messages.overview)),
            el(
                "p", [("class", "lead"), ("id", "totals")],
                t(
                    Messages.totals(
                        groups: totals.groups, final: totals.final, draft: totals.draft, missing: totals.missing, words: totals.words))),
        ]
        let otherYears = years.filter { $0 != status.year }
        if !otherYears.isEmpty {
            main.append(
                el(
                    "p", [("class", "crumbs")],
                    [.text(t(Messages.otherYears) + " ")] + otherYears.map { el("a", [("href", "/\($0)")], String($0)) }))
        }
        for chapter in status.chapters {
            main.append(
                el(
                    "section", [("class", "card chapter")],
                    [
                        el("h2", [], chapter.title),
                        el(
                            "table", [("class", "groups")],
                            [
                                el(
                                    "thead", [],
                                    [
                                        el(
                                            "tr", [],
                                            [Messages.group, Messages.state, Messages.words, Messages.lastChange].map {
                                                el("th", [("scope", "col")], t($0))
                                            })
                                    ]),
                                el("tbody", [], chapter.groups.map(row)),
                            ]),
                    ]))
        }
        return Layout.page(title: t(Messages.overview), language: language, session: session, bodyClass: "dashboard", main: main)
    }

    private func row(_ group: StatusReport.GroupStatus) -> HTML {
        let shown = Self.shown(group)
        let editable = manifest.expectedGroups.contains { $0.group.value == group.group }
        let name: HTML =
            editable
            ? el("a", [("href", "/\(status.year)/\(group.group)")], group.title ?? group.group) : .text(group.title ?? group.group)
        var stateText = t(Messages.state(shown))
        if shown != .missing && (group.errors > 0 || group.warnings > 0) {
            stateText += " (" + t(Messages.counts(errors: group.errors, warnings: group.warnings)) + ")"
        }
        let change = lastChanges[group.group]
        return el(
            "tr", [("data-group", group.group), ("data-state", shown.rawValue)],
            [
                el("td", [], [name, el("div", [("class", "group-id")], group.group)]),
                el("td", [], [el("span", [("class", "badge \(shown.rawValue)")], stateText)]),
                el("td", [("class", "number")], shown == .missing ? "—" : String(group.words)),
                el("td", [], change.map { EditorPage.format($0.time) + " · " + $0.author } ?? "—"),
            ])
    }

    enum Messages {
        static let overview = Message(nl: "overzicht", en: "overview")
        static let otherYears = Message(nl: "Andere jaren:", en: "Other years:")
        static let group = Message(nl: "Groep", en: "Group")
        static let state = Message(nl: "Stand", en: "State")
        static let words = Message(nl: "Woorden", en: "Words")
        static let lastChange = Message(nl: "Laatste wijziging", en: "Last change")
        static func state(_ shown: Shown) -> Message {
            switch shown {
            case .missing: Message(nl: "ontbreekt", en: "missing")
            case .draft: Message(nl: "concept", en: "draft")
            case .error: Message(nl: "fouten", en: "errors")
            case .final: Message(nl: "definitief", en: "final")
            }
        }
        static func counts(errors: Int, warnings: Int) -> Message {
            Message(
                nl: "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
                en: "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        }
        static func totals(groups: Int, final: Int, draft: Int, missing: Int, words: Int) -> Message {
            Message(
                nl: "\(groups) groepen: \(final) definitief, \(draft) concept, \(missing) ontbreken; \(words) woorden.",
                en: "\(groups) groups: \(final) final, \(draft) draft, \(missing) missing; \(words) words.")
        }
    }
}

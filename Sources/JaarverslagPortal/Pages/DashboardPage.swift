import Foundation
import JaarverslagKit

/// The coordinator's page for a year: every chapter and group with its editorial state, words,
/// the last step and the last change; who still has to hand in, with a reminder to send; and
/// publishing: what still stands in the way, the build, and the files.
struct DashboardPage {
    var status: StatusReport
    var manifest: Manifest
    var states: [String: EditorialState]
    var lastChanges: [String: SavedVersion]
    var lastSteps: [String: Transition]
    var reminders: [Reminder]
    var publishing: Publishing
    var years: [Int]
    /// Who signs the reminders: the coordinator who is signed in.
    var coordinator: String
    /// The portal's address (`--base-url`), so that a copied `invite` command makes working links.
    var address: String
    var language: Language

    /// What the publishing card shows.
    struct Publishing {
        var reasons: [Message]
        var files: [BuiltFile]
        var pdfAvailable: Bool
    }

    func t(_ message: Message) -> String { message.text(language) }

    /// The state the page shows for a group: errors come first.
    func shown(_ group: StatusReport.GroupStatus) -> (key: String, label: String) {
        let state = states[group.group] ?? EditorialState(status: group.state)
        if state != .missing && group.errors > 0 { return ("error", t(Messages.errors)) }
        return (state.rawValue, t(state.label))
    }

    func render(session: Session) -> String {
        var counts: [EditorialState: Int] = [:]
        for group in status.chapters.flatMap(\.groups) {
            counts[states[group.group] ?? EditorialState(status: group.state), default: 0] += 1
        }
        var main: [HTML] = [
            el("h1", [], "\(manifest.title) — " + t(Messages.overview)),
            el("p", [("class", "lead"), ("id", "totals")], t(Messages.totals(status.totals.groups, counts, words: status.totals.words))),
            navigation(),
            el("div", [("id", "notice"), ("class", "notice"), ("role", "status"), ("aria-live", "polite"), ("hidden", "")], []),
        ]
        main += status.chapters.map(chapterCard)
        if let elsewhere = elsewhereCard() { main.append(elsewhere) }
        main.append(chaseCard())
        main.append(publishCard())
        main.append(scriptStrings())
        return Layout.page(
            title: t(Messages.overview), language: language, session: session, bodyClass: "dashboard",
            data: [("data-year", String(status.year))], main: main)
    }

    /// Jumps to the chase and publishing, the comparison with last year, starting the next
    /// year, and the other years.
    private func navigation() -> HTML {
        var links: [HTML] = [
            el("a", [("href", "#herinneren")], t(Messages.toChase(reminders.count))),
            el("a", [("href", "#publiceren")], t(Messages.toPublish)),
        ]
        if let previous = years.last(where: { $0 < status.year }) {
            links.append(el("a", [("href", "/vergelijking/\(status.year)")], t(Messages.compare(previous))))
        }
        if status.year == years.last {
            links.append(el("a", [("href", "/nieuw-jaar")], t(Messages.startYear(status.year + 1))))
        }
        var children: [HTML] = [el("p", [("class", "actions")], links)]
        let otherYears = years.filter { $0 != status.year }
        if !otherYears.isEmpty {
            children.append(
                el(
                    "p", [("class", "crumbs")],
                    [.text(t(Messages.otherYears) + " ")] + otherYears.map { el("a", [("href", "/\($0)")], String($0)) }))
        }
        return el("nav", [("aria-label", t(Messages.navigation))], children)
    }

    private func chapterCard(_ chapter: StatusReport.ChapterStatus) -> HTML {
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
                                    [Messages.group, Messages.state, Messages.words, Messages.lastStep, Messages.lastChange].map {
                                        el("th", [("scope", "col")], t($0))
                                    })
                            ]),
                        el("tbody", [], chapter.groups.map(row)),
                    ]),
            ])
    }

    /// Findings in no group's text: a file in the fragments folder that is no fragment (a Word
    /// document saved there), the manifest. They count for publishing, and no editor shows
    /// them, so they are listed here with where they are and what to do.
    private func elsewhereCard() -> HTML? {
        guard !status.elsewhere.isEmpty else { return nil }
        let items = status.elsewhere.map { finding -> HTML in
            let severity = finding.severity ?? .error
            var children: [HTML] = [
                el("span", [("class", "severity")], t(severity == .error ? EditorPage.Messages.error : EditorPage.Messages.warning)),
                el("span", [("class", "place")], finding.location),
                el("span", [("class", "message")], codeSpans(t(finding.message))),
            ]
            if let fix = finding.fix { children.append(el("span", [("class", "fix")], codeSpans(t(fix)))) }
            return el("li", [("class", severity == .error ? "error" : "warning"), ("data-rule", finding.rule)], children)
        }
        return el(
            "section", [("class", "card"), ("aria-labelledby", "buiten-de-teksten")],
            [
                el("h2", [("id", "buiten-de-teksten")], t(Messages.elsewhere)),
                el("p", [("class", "hint")], t(Messages.elsewhereHint)),
                el("ul", [("class", "diagnostics"), ("id", "elsewhere")], items),
            ])
    }

    private func row(_ group: StatusReport.GroupStatus) -> HTML {
        let (key, label) = shown(group)
        let editable = manifest.expectedGroups.contains { $0.group.value == group.group }
        let name: HTML =
            editable
            ? el("a", [("href", "/\(status.year)/\(group.group)")], group.title ?? group.group) : .text(group.title ?? group.group)
        var stateText = label
        if key != EditorialState.missing.rawValue && (group.errors > 0 || group.warnings > 0) {
            stateText += " (" + t(Messages.counts(errors: group.errors, warnings: group.warnings)) + ")"
        }
        let step = lastSteps[group.group]
        let change = lastChanges[group.group]
        return el(
            "tr", [("data-group", group.group), ("data-state", key)],
            [
                el("td", [], [name, el("div", [("class", "group-id")], group.group)]),
                el("td", [], [el("span", [("class", "badge \(key)")], stateText)]),
                el("td", [("class", "number")], key == EditorialState.missing.rawValue ? "—" : String(group.words)),
                el(
                    "td", [("class", "step")],
                    step.map { step -> [HTML] in
                        var cell: [HTML] = [
                            .text(t(step.action.done) + " · " + EditorPage.format(step.time) + " · " + step.actor)
                        ]
                        if let comment = step.comment { cell.append(el("div", [("class", "comment")], "“\(comment)”")) }
                        return cell
                    } ?? [.text("—")]),
                el("td", [], change.map { EditorPage.format($0.time) + " · " + $0.author } ?? "—"),
            ])
    }
}

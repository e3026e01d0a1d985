import Foundation
import JaarverslagKit

/// The editor of one section: the front matter as a form, the text with a toolbar, and
/// beside it the compiler's findings, the preview and the saved versions. Everything is in
/// the HTML, so the page reads without script; controls that need the script start hidden
/// and the script shows them.
struct EditorPage {
    var ref: FragmentID
    var manifest: Manifest
    var text: String
    var version: String
    var exists: Bool
    var check: FragmentCheck
    var history: [SavedVersion]
    var state: EditorialState
    /// The steps through the workflow, newest first.
    var transitions: [Transition]
    /// A secretary cannot change a text that is handed in or approved; the page shows it read-only.
    var locked: Bool
    var language: Language

    func t(_ message: Message) -> String { message.text(language) }

    func render(session: Session) -> String {
        let fragment = FragmentLoader.load(text: text, id: ref, path: "").0
        let split = Self.split(text, bodyLine: fragment?.bodyLine)
        let title = fragment?.title ?? ref.group
        let chapter = manifest.expectedGroups.first { $0.group.value == ref.group }?.chapter
        let chapterTitle =
            chapter.flatMap { id in manifest.chapter(id: id)?.title } ?? (chapter == Manifest.forewordPillar ? "Voorwoord" : "")
        var intro: [HTML] = []
        if session.isCoordinator {
            intro.append(el("p", [("class", "crumbs")], [el("a", [("href", "/\(ref.year)")], t(Messages.backToDashboard))]))
        }
        intro += [
            el("h1", [("id", "page-title")], title),
            el(
                "p", [("class", "subtitle")],
                "\(manifest.title) · \(chapterTitle)" + (exists ? "" : " · " + t(Messages.notYetSaved))),
            el("div", [("id", "notice"), ("class", "notice"), ("role", "status"), ("aria-live", "polite"), ("hidden", "")], []),
            workflowPanel(session: session),
            conflictPanel(),
        ]
        let editorColumn = el(
            "div", [("class", "column editor-column")],
            [textSection(body: split?.body ?? text, raw: split == nil), frontMatterForm(fragment: fragment, yaml: split?.yaml)])
        let sideColumn = el("div", [("class", "column side-column")], [diagnosticsSection(), previewSection(), historySection()])
        let data: [(String, String)] = [
            ("data-year", String(ref.year)), ("data-group", ref.group), ("data-version", version),
            ("data-body-line", String(split == nil ? 1 : (fragment?.bodyLine ?? 1))), ("data-state", state.rawValue),
            ("data-locked", locked ? "true" : "false"),
        ]
        return Layout.page(
            title: title, language: language, session: session, bodyClass: "editor", data: data,
            main: intro + [el("div", [("class", "columns")], [editorColumn, sideColumn]), scriptStrings()])
    }

    /// The front matter (without its `---` lines) and the body, or nil when the text has no
    /// readable front matter (then everything is edited as one text).
    static func split(_ text: String, bodyLine: Int?) -> (yaml: String, body: String)? {
        guard let bodyLine, bodyLine >= 3 else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= bodyLine - 1 else { return nil }
        let yaml = lines[1..<(bodyLine - 2)].map { $0 + "\n" }.joined()
        let body = lines[(bodyLine - 1)...].joined(separator: "\n")
        return (yaml, body)
    }

    private func frontMatterForm(fragment: Fragment?, yaml: String?) -> HTML {
        let front = fragment?.frontMatter
        let cities = DutchCollation.sorted(manifest.members.cities.map(\.value))
        var chairRows: [HTML] = []
        for (index, chair) in (front?.chairs ?? []).enumerated() {
            chairRows.append(chairRow(index: index, chair: chair, cities: cities))
        }
        let cityOptions = el("datalist", [("id", "member-cities")], cities.map { el("option", [("value", $0)], []) })
        let disabled: [(String, String)] = fragment == nil || locked ? [("disabled", "")] : []
        return el(
            "section", [("class", "card"), ("aria-labelledby", "front-heading")],
            [
                el("h2", [("id", "front-heading")], t(Messages.details)),
                el(
                    "form", [("id", "front-form"), ("class", "front-form")],
                    [
                        el("label", [("for", "field-title")], t(Messages.titleLabel)),
                        el(
                            "input",
                            [("id", "field-title"), ("name", "title"), ("type", "text"), ("value", front?.title?.value ?? "")] + disabled),
                        el(
                            "fieldset", [("id", "chairs")],
                            [
                                el("legend", [], t(Messages.chairsLabel)),
                                el("p", [("class", "hint")], t(Messages.chairsHint)),
                                el("div", [("id", "chair-rows")], chairRows),
                                el(
                                    "button",
                                    [("type", "button"), ("id", "add-chair"), ("class", "secondary" + editing), ("hidden", "")],
                                    t(Messages.addChair)),
                            ]),
                        cityOptions,
                        el(
                            "details", [("class", "advanced")],
                            [
                                el("summary", [], t(Messages.advanced)),
                                el("p", [("class", "hint")], t(Messages.advancedHint)),
                                el(
                                    "textarea", [("id", "field-yaml"), ("rows", "8"), ("spellcheck", "false"), ("readonly", "")], yaml ?? ""
                                ),
                            ]),
                    ]),
            ])
    }

    private func chairRow(index: Int, chair: Chair, cities: [String]) -> HTML {
        let roles: [(Chair.Role, Message)] = [
            (.voorzitter, Messages.voorzitter), (.vicevoorzitter, Messages.vicevoorzitter), (.trekker, Messages.trekker),
        ]
        var cityChoices = cities.map { el("option", [("value", $0)] + ($0 == chair.city ? [("selected", "")] : []), $0) }
        if !cities.contains(chair.city) { cityChoices.insert(el("option", [("value", chair.city), ("selected", "")], chair.city), at: 0) }
        return el(
            "div", [("class", "chair-row")],
            [
                el(
                    "input",
                    [
                        ("type", "text"), ("class", "chair-name"), ("aria-label", t(Messages.chairName)),
                        ("placeholder", t(Messages.chairName)), ("value", chair.name ?? ""),
                    ]),
                el("select", [("class", "chair-city"), ("aria-label", t(Messages.chairCity))], cityChoices),
                el(
                    "select", [("class", "chair-role"), ("aria-label", t(Messages.chairRole))],
                    roles.map { role, label in
                        el("option", [("value", role.rawValue)] + (role == chair.role ? [("selected", "")] : []), t(label))
                    }),
                el("button", [("type", "button"), ("class", "remove-chair secondary" + editing), ("hidden", "")], t(Messages.remove)),
            ])
    }

    private func textSection(body: String, raw: Bool) -> HTML {
        let tools: [(String, Message, Message)] = [
            ("bold", Messages.bold, Messages.boldHelp), ("list", Messages.list, Messages.listHelp),
            ("lettered", Messages.lettered, Messages.letteredHelp), ("link", Messages.link, Messages.linkHelp),
            ("heading", Messages.heading, Messages.headingHelp),
        ]
        var toolbar: [HTML] = tools.map { action, label, help in
            el("button", [("type", "button"), ("data-action", action), ("title", t(help))], t(label))
        }
        toolbar.append(el("span", [("class", "spacer")], []))
        toolbar.append(wordButton())
        toolbar.append(el("button", [("type", "button"), ("id", "last-year"), ("class", "secondary")], t(Messages.lastYear)))
        return el(
            "section", [("class", "card"), ("aria-labelledby", "text-heading")],
            [
                el("h2", [("id", "text-heading")], t(Messages.textHeading)),
                raw ? el("p", [("class", "hint warning")], t(Messages.rawMode)) : .group([]),
                el(
                    "div", [("class", "toolbar" + editing), ("role", "toolbar"), ("aria-label", t(Messages.toolbar)), ("hidden", "")],
                    toolbar),
                importPanel(),
                el(
                    "textarea",
                    [
                        ("id", "body"), ("rows", "24"), ("spellcheck", "true"), ("lang", "nl"), ("readonly", ""),
                        ("aria-label", t(Messages.textHeading)),
                    ],
                    body),
                el(
                    "div", [("class", "save-bar" + editing), ("hidden", "")],
                    [
                        el("button", [("type", "button"), ("id", "save"), ("class", "primary")], t(Messages.save)),
                        el("span", [("id", "save-state"), ("class", "save-state")], t(Messages.allSaved)),
                    ]),
                el("p", [("class", "hint no-script")], t(Messages.noScript)),
            ])
    }

    /// Controls for changing the text are shown by the script, unless the text is locked.
    var editing: String { locked ? "" : " needs-script" }

    private func diagnosticsSection() -> HTML {
        el(
            "section", [("class", "card"), ("aria-labelledby", "check-heading")],
            [
                el("h2", [("id", "check-heading")], t(Messages.checkHeading)),
                el("p", [("id", "check-summary"), ("class", "check-summary")], summary()),
                el("ul", [("id", "diagnostics"), ("class", "diagnostics")], check.diagnostics.map(diagnosticItem)),
            ])
    }

    private func summary() -> String {
        if check.errors == 0 && check.warnings == 0 { return t(Messages.noProblems) }
        return t(Messages.problems(errors: check.errors, warnings: check.warnings))
    }

    private func diagnosticItem(_ diagnostic: DiagnosticPayload) -> HTML {
        let place = diagnostic.line > 0 ? t(Messages.line(diagnostic.line)) : ""
        var children: [HTML] = [
            el("span", [("class", "severity")], diagnostic.severity == "error" ? t(Messages.error) : t(Messages.warning)),
            el("span", [("class", "place")], place),
            el("span", [("class", "message")], codeSpans(diagnostic.message)),
        ]
        if let fix = diagnostic.fix { children.append(el("span", [("class", "fix")], codeSpans(fix))) }
        var attributes = [
            ("class", diagnostic.severity), ("data-line", String(diagnostic.line)), ("data-column", String(diagnostic.column)),
        ]
        // A certain fix can be made at a click; the script makes it, so the button waits for it.
        if diagnostic.fixable == true && !locked {
            attributes.append(("data-rule", diagnostic.rule))
            children.append(
                el("button", [("type", "button"), ("class", "fix-button secondary needs-script"), ("hidden", "")], t(Messages.fixButton)))
        }
        return el("li", attributes, children)
    }

    private func previewSection() -> HTML {
        el(
            "section", [("class", "card"), ("aria-labelledby", "preview-heading")],
            [
                el("h2", [("id", "preview-heading")], t(Messages.previewHeading)),
                el("p", [("class", "hint"), ("id", "preview-note")], t(Messages.previewNote)),
                el(
                    "iframe",
                    [
                        ("id", "preview"), ("class", "preview"), ("src", "/\(ref.year)/\(ref.group)/voorbeeld"),
                        ("title", t(Messages.previewHeading)),
                    ], []),
            ])
    }

    private func historySection() -> HTML {
        let items = history.map { saved in
            el(
                "li", [("data-version", saved.version)],
                [
                    el("time", [("datetime", saved.time.formatted(.iso8601))], Self.format(saved.time)),
                    .text(" · " + saved.author + " · " + t(Messages.kind(saved.kind))),
                    el("button", [("type", "button"), ("class", "view secondary needs-script"), ("hidden", "")], t(Messages.view)),
                    el("button", [("type", "button"), ("class", "restore secondary needs-script"), ("hidden", "")], t(Messages.restore)),
                ])
        }
        return el(
            "section", [("class", "card"), ("aria-labelledby", "history-heading")],
            [
                el("h2", [("id", "history-heading")], t(Messages.historyHeading)),
                items.isEmpty ? el("p", [("class", "hint"), ("id", "history-empty")], t(Messages.noHistory)) : .group([]),
                el("ol", [("id", "history"), ("class", "history")], items),
                el(
                    "div", [("id", "version-view"), ("class", "version-view"), ("hidden", "")],
                    [
                        el("h3", [("id", "version-view-heading")], ""),
                        el("dl", [("id", "version-view-fields"), ("class", "version-fields"), ("hidden", "")], []),
                        el("pre", [("id", "version-view-text")], ""),
                        el("button", [("type", "button"), ("id", "version-view-close"), ("class", "secondary")], t(Messages.close)),
                    ]),
            ])
    }

    private func conflictPanel() -> HTML {
        el(
            "section", [("id", "conflict"), ("class", "conflict"), ("hidden", ""), ("aria-labelledby", "conflict-heading")],
            [
                el("h2", [("id", "conflict-heading")], t(Messages.conflictHeading)),
                el("p", [], t(Messages.conflictText)),
                el(
                    "div", [("class", "conflict-versions")],
                    [
                        el("div", [], [el("h3", [], t(Messages.yourVersion)), el("pre", [("id", "conflict-mine")], "")]),
                        el(
                            "div", [],
                            [
                                el("h3", [("id", "conflict-theirs-heading")], t(Messages.theirVersion)),
                                el("pre", [("id", "conflict-theirs")], ""),
                            ]),
                    ]),
                el(
                    "p", [("class", "conflict-actions")],
                    [
                        el("button", [("type", "button"), ("id", "conflict-keep-mine"), ("class", "primary")], t(Messages.keepMine)),
                        el("button", [("type", "button"), ("id", "conflict-take-theirs"), ("class", "secondary")], t(Messages.takeTheirs)),
                    ]),
            ])
    }

    /// `26-11-2026 09:41`, in the Netherlands' time.
    static func format(_ date: Date) -> String {
        let parts = amsterdam.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%d-%d-%d %02d:%02d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    private static let amsterdam: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return calendar
    }()
}

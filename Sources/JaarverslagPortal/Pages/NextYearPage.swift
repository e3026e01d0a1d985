import Foundation
import JaarverslagKit

/// The coordinator's page for starting the next year: last year's plan proposed for the new
/// one (year, title, chapters and groups, member cities to confirm), as the manifest to check,
/// and whose invitations carry over. Starting is the script's (it needs the CSRF token).
struct NextYearPage {
    var proposal: NextYear.Proposal
    var language: Language

    func t(_ message: Message) -> String { message.text(language) }

    func render(session: Session) -> String {
        let next = proposal.manifest
        let main: [HTML] = [
            el("h1", [], t(Messages.heading(next.year))),
            el("p", [("class", "lead")], t(Messages.lead(proposal.previous.year))),
            el("div", [("id", "notice"), ("class", "notice"), ("role", "status"), ("aria-live", "polite"), ("hidden", "")], []),
            el(
                "section", [("class", "card"), ("aria-labelledby", "plan")],
                [
                    el("h2", [("id", "plan")], t(Messages.plan)),
                    el(
                        "dl", [("class", "plan")],
                        [
                            el("dt", [], t(Messages.title)), el("dd", [], next.title),
                            el("dt", [], t(Messages.network)), el("dd", [], next.network.name),
                            el("dt", [], t(Messages.chapters)),
                            el(
                                "dd", [],
                                [
                                    el(
                                        "ol", [],
                                        next.chapters.map { chapter in
                                            el("li", [], "\(chapter.title) (\(chapter.groups.count + (chapter.intro == nil ? 0 : 1)))")
                                        })
                                ]),
                            el("dt", [], t(Messages.members(next.members.cities.count))),
                            el("dd", [("id", "members")], DutchEnumeration.join(next.members.cities.map(\.value))),
                        ]),
                    el("p", [("class", "hint")], t(Messages.confirmMembers)),
                    el("label", [("for", "next-year-yaml")], t(Messages.yamlLabel(next.year))),
                    el("textarea", [("id", "next-year-yaml"), ("rows", "24"), ("spellcheck", "false")], proposal.yaml),
                ]),
            invitationsCard(),
            el(
                "p", [("class", "workflow-actions")],
                [
                    el(
                        "button", [("type", "button"), ("id", "start-year"), ("class", "primary needs-script"), ("hidden", "")],
                        t(Messages.start(next.year))),
                    el("a", [("href", "/\(proposal.previous.year)"), ("class", "button secondary")], t(Messages.back)),
                ]),
            el("ul", [("id", "next-year-findings"), ("class", "diagnostics"), ("hidden", "")], []),
            el(
                "section", [("id", "new-links"), ("class", "card"), ("hidden", ""), ("aria-labelledby", "new-links-heading")],
                [
                    el("h2", [("id", "new-links-heading")], t(Messages.newLinks)),
                    el("p", [("class", "hint")], t(Messages.newLinksHint)),
                    el("textarea", [("id", "new-links-text"), ("rows", "10"), ("readonly", ""), ("spellcheck", "false")], ""),
                    el(
                        "p", [],
                        [
                            el(
                                "a", [("id", "to-new-year"), ("href", "/\(next.year)"), ("class", "button primary")],
                                t(Messages.toYear(next.year)))
                        ]),
                ]),
            el("div", [("id", "strings"), ("hidden", ""), ("data-starting", t(Messages.starting))], []),
        ]
        return Layout.page(
            title: t(Messages.heading(next.year)), language: language, session: session, bodyClass: "next-year",
            data: [("data-year", String(next.year))], main: main)
    }

    private func invitationsCard() -> HTML {
        var children: [HTML] = [el("h2", [("id", "carry")], t(Messages.invitations))]
        if proposal.carried.isEmpty {
            children.append(el("p", [], t(Messages.noInvitations(proposal.previous.year))))
        } else {
            children.append(
                el(
                    "p", [],
                    [
                        el("input", [("type", "checkbox"), ("id", "carry-invitations"), ("checked", "")]),
                        .text(" "),
                        el("label", [("for", "carry-invitations")], t(Messages.carry(proposal.carried.count))),
                    ]))
            children.append(
                el(
                    "ul", [("id", "carried")],
                    proposal.carried.map { invitation in
                        el(
                            "li", [("data-group", invitation.groupID ?? "")],
                            "\(invitation.groupID ?? ""): \(invitation.displayName)" + (invitation.email.map { " <\($0)>" } ?? ""))
                    }))
        }
        let kept = Set(proposal.manifest.expectedGroups.map(\.group.value))
        let gone = proposal.previous.expectedGroups.map(\.group.value).filter { !kept.contains($0) }
        if !gone.isEmpty { children.append(el("p", [("class", "hint")], t(Messages.gone(gone)))) }
        return el("section", [("class", "card"), ("aria-labelledby", "carry")], children)
    }

    enum Messages {
        static func heading(_ year: Int) -> Message { Message(nl: "Het jaar \(year) beginnen", en: "Start the year \(year)") }
        static func lead(_ previous: Int) -> Message {
            Message(
                nl:
                    "Het plan van \(previous) staat hieronder voor het nieuwe jaar klaar. Controleer het, pas het zo nodig aan, en begin het jaar.",
                en: "The plan of \(previous) is ready below for the new year. Check it, change it where needed, and start the year.")
        }
        static let plan = Message(nl: "Het plan", en: "The plan")
        static let title = Message(nl: "Titel", en: "Title")
        static let network = Message(nl: "Netwerk", en: "Network")
        static let chapters = Message(nl: "Hoofdstukken (aantal groepen)", en: "Chapters (number of groups)")
        static func members(_ count: Int) -> Message { Message(nl: "Deelnemende gemeenten (\(count))", en: "Member cities (\(count))") }
        static let confirmMembers = Message(
            nl:
                "Klopt de ledenlijst nog? Wie is erbij gekomen, wie is vertrokken? Pas `cities` in het manifest hieronder aan; groepen die er niet meer zijn haalt u uit `groups`.",
            en:
                "Is the member list still right? Who joined, who left? Change `cities` in the manifest below; remove groups that no longer exist from `groups`."
        )
        static func yamlLabel(_ year: Int) -> Message {
            Message(nl: "Het manifest (reports/\(year)/report.yaml)", en: "The manifest (reports/\(year)/report.yaml)")
        }
        static let invitations = Message(nl: "Uitnodigingen", en: "Invitations")
        static func carry(_ count: Int) -> Message {
            Message(
                nl:
                    "Nodig \(count == 1 ? "deze secretaris" : "deze \(count) secretarissen") opnieuw uit, met een nieuwe link voor het nieuwe jaar (voor groepen die in het manifest blijven):",
                en:
                    "Invite \(count == 1 ? "this secretary" : "these \(count) secretaries") again, with a new link for the new year (for groups that stay in the manifest):"
            )
        }
        static func noInvitations(_ year: Int) -> Message {
            Message(
                nl: "Er zijn geen uitnodigingen van \(year) om over te nemen.", en: "There are no invitations of \(year) to carry over.")
        }
        static func gone(_ groups: [String]) -> Message {
            Message(
                nl: "Niet meer in het plan, dus niet opnieuw uitgenodigd: \(DutchEnumeration.join(groups)).",
                en: "No longer in the plan, so not invited again: \(groups.joined(separator: ", ")).")
        }
        static func start(_ year: Int) -> Message { Message(nl: "Begin \(year)", en: "Start \(year)") }
        static let back = Message(nl: "Terug naar het overzicht", en: "Back to the overview")
        static let starting = Message(nl: "Bezig met het nieuwe jaar…", en: "Starting the new year…")
        static let newLinks = Message(nl: "De nieuwe links", en: "The new links")
        static let newLinksHint = Message(
            nl:
                "Elke secretaris krijgt een eigen link. Stuur ze door; ze worden maar één keer getoond (een nieuwe maakt u met jaarverslag-portal invite).",
            en:
                "Each secretary gets a link of their own. Send them on; they are shown only once (make a new one with jaarverslag-portal invite)."
        )
        static func toYear(_ year: Int) -> Message { Message(nl: "Naar het overzicht van \(year)", en: "To the overview of \(year)") }
    }
}

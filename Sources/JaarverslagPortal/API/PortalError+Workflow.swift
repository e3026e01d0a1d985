import Foundation
import Hummingbird
import JaarverslagKit

/// Refusals of the editorial workflow, each saying what to do instead.
extension PortalError {
    /// A secretary's save of a text that is handed in or approved.
    static func handedIn(_ status: FrontMatter.Status) -> PortalError {
        PortalError(
            .conflict, "handed-in",
            status == .final
                ? Message(
                    nl:
                        "deze tekst is goedgekeurd en kan niet meer worden gewijzigd; vraag de coördinator om hem terug te sturen als er nog iets moet veranderen",
                    en:
                        "this text has been approved and can no longer be changed; ask the coordinator to send it back if something must still change"
                )
                : Message(
                    nl: "deze tekst is ingeleverd; haal hem eerst terug (knop ‘Terughalen’) als u nog iets wilt wijzigen",
                    en: "this text has been handed in; take it back first (‘Take back’) if you still want to change it"))
    }

    /// A save that changes `status` in the front matter itself.
    static func statusChanged(from status: FrontMatter.Status) -> PortalError {
        PortalError(
            .conflict, "status-changed",
            Message(
                nl:
                    "de stand van een tekst (`status` in de kopgegevens) verandert alleen door inleveren, goedkeuren of terugsturen; zet `status: \(status.rawValue)` terug en sla opnieuw op",
                en:
                    "a text's state (`status` in the front matter) changes only by handing in, approving or returning; put back `status: \(status.rawValue)` and save again"
            ))
    }

    /// The front-matter field that places a text in the report.
    enum Place: String {
        case group, year, pillar
    }

    /// A save that moves the text to another group, year or (a secretary's) chapter.
    static func placeChanged(_ field: Place, keep value: String) -> PortalError {
        let put = "`\(field.rawValue): \(value)`"
        let message =
            switch field {
            case .pillar:
                Message(
                    nl:
                        "het hoofdstuk van een tekst (`pillar` in de kopgegevens) bepaalt de coördinator; zet \(put) terug en sla opnieuw op",
                    en: "the coordinator decides a text's chapter (`pillar` in the front matter); put back \(put) and save again")
            case .group, .year:
                Message(
                    nl:
                        "deze tekst hoort bij \(field == .group ? "groep" : "jaar") \(value); zet \(put) terug in de kopgegevens en sla opnieuw op",
                    en: "this text belongs to \(field.rawValue) \(value); put back \(put) in the front matter and save again")
            }
        return PortalError(.conflict, "place-changed", message)
    }

    static let coordinatorOnly = PortalError(
        .forbidden, "coordinator-only",
        Message(
            nl: "alleen de coördinator kan een tekst goedkeuren of terugsturen",
            en: "only the coordinator can approve a text or send it back"))

    /// A step that cannot start from the fragment's state.
    static func wrongState(_ state: EditorialState, _ action: Transition.Action) -> PortalError {
        let why: Message =
            switch state {
            case .missing: Message(nl: "er is voor deze groep nog geen tekst opgeslagen", en: "no text has been saved for this group yet")
            case .draft: Message(nl: "de tekst is nog een concept", en: "the text is still a draft")
            case .returned: Message(nl: "de tekst is teruggestuurd", en: "the text has been sent back")
            case .submitted: Message(nl: "de tekst is al ingeleverd", en: "the text has already been handed in")
            case .approved: Message(nl: "de tekst is al goedgekeurd", en: "the text has already been approved")
            }
        let step: Message =
            switch action {
            case .submit: Message(nl: "inleveren", en: "hand it in")
            case .approve: Message(nl: "goedkeuren", en: "approve it")
            case .return: Message(nl: "terugsturen", en: "send it back")
            case .withdraw: Message(nl: "terughalen", en: "take it back")
            }
        return PortalError(
            .conflict, "wrong-state",
            Message(nl: "\(why.nl), dus u kunt hem niet \(step.nl)", en: "\(why.en), so you cannot \(step.en)"))
    }

    static let commentRequired = PortalError(
        .badRequest, "comment-required",
        Message(
            nl: "schrijf bij het terugsturen wat er nog moet veranderen; de secretaris ziet uw opmerking bij de tekst",
            en: "write what still has to change when you send a text back; the secretary sees your comment with the text"))

    static let commentTooLong = PortalError(
        .contentTooLarge, "comment-too-long",
        Message(
            nl: "de opmerking is te lang; houd hem onder \(WorkflowController.maxComment) tekens",
            en: "the comment is too long; keep it under \(WorkflowController.maxComment) characters"))

    /// A step rewrites the front matter's `status`; a front matter that cannot be read stops it.
    static let frontMatterUnreadable = PortalError(
        .conflict, "front-matter-unreadable",
        Message(
            nl: "de kopgegevens bovenaan de tekst (tussen de twee regels ---) kunnen niet gelezen worden; "
                + "herstel eerst de fouten die de controle daar meldt",
            en: "the front matter at the top of the text (between the two --- lines) cannot be read; "
                + "first fix the errors the check reports there"))
}

extension PortalError {
    static let busyBuilding = PortalError(
        .conflict, "busy",
        Message(
            nl: "er wordt al een jaarverslag gemaakt; wacht tot dat klaar is en probeer het dan opnieuw",
            en: "a report is already being built; wait until it is done and try again"))

    static let notFinal = Message(
        nl: "het jaarverslag is nog niet compleet; maak een conceptversie, of wacht tot alles is goedgekeurd",
        en: "the report is not complete yet; build a draft edition, or wait until everything is approved")

    static let pdfUnavailable = PortalError(
        .conflict, "pdf-unavailable",
        Message(
            nl:
                "WeasyPrint is niet geïnstalleerd op de server, dus er kan geen PDF worden gemaakt; maak het jaarverslag zonder PDF, of laat `apt-get install weasyprint fonts-noto-core hyphen-nl` uitvoeren",
            en:
                "WeasyPrint is not installed on the server, so no PDF can be made; build the report without a PDF, or have `apt-get install weasyprint fonts-noto-core hyphen-nl` run"
        ))

    static let buildFailed = Message(
        nl: "het jaarverslag kon niet worden gemaakt; er is niets geschreven",
        en: "the report could not be built; nothing was written")
}

/// A step refused because the text still has errors: 422 with the error and every finding that
/// blocks it, so the page can list them.
struct BlockedError: Error, Sendable {
    var payload: BlockedPayload
}

struct BlockedPayload: Codable, Sendable {
    var error: ErrorPayload.Body
    var blocking: [DiagnosticPayload]
}

/// A build refused, with every reason: 409 while the year is not final and no draft was asked
/// for, 422 when the compiler found errors.
struct RefusedError: Error, Sendable {
    var status: HTTPResponse.Status
    var payload: RefusedPayload
}

struct RefusedPayload: Codable, Sendable {
    var error: ErrorPayload.Body
    var reasons: [String]
}

/// A request refused with findings located in what was sent: a .docx the importer refused, a
/// new year's manifest that does not load. Each finding says how to fix it.
struct FindingsError: Error, Sendable {
    var status: HTTPResponse.Status
    var payload: FindingsPayload
}

struct FindingsPayload: Codable, Sendable {
    var error: ErrorPayload.Body
    var findings: [DiagnosticPayload]
}

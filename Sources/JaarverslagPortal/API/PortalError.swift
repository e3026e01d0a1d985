import Foundation
import Hummingbird
import JaarverslagKit

/// An error a person sees: an HTTP status, a stable code for scripts, and a message in Dutch
/// (with English). The API answers `{ "error": { "code", "message" } }`; pages show the message.
public struct PortalError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: Message

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: Message) {
        self.status = status
        self.code = code
        self.message = message
    }

    static let unauthenticated = PortalError(.unauthorized, "unauthenticated", Messages.unauthenticated)
    /// The same answer for a group that does not exist and one the session may not see.
    static let notFound = PortalError(.notFound, "not-found", Messages.notFound)
    static let forbidden = PortalError(.forbidden, "forbidden", Messages.forbidden)
    static let csrf = PortalError(.forbidden, "csrf", Messages.csrf)
    static let origin = PortalError(.forbidden, "origin", Messages.origin)
    static let tooLarge = PortalError(.contentTooLarge, "too-large", Messages.tooLarge)
    static let badRequest = PortalError(.badRequest, "bad-request", Messages.badRequest)
    static let throttled = PortalError(.tooManyRequests, "too-many-attempts", Messages.throttled)
    static let invalidLink = PortalError(.unauthorized, "invalid-link", Messages.invalidLink)
    static func storage(_ detail: Message) -> PortalError {
        PortalError(.internalServerError, "storage", Messages.storage(detail))
    }
    static let internalError = PortalError(.internalServerError, "internal", Messages.internalError)

    enum Messages {
        static let unauthenticated = Message(
            nl: "u bent niet ingelogd; open de persoonlijke link uit uw uitnodiging",
            en: "you are not signed in; open the personal link from your invitation")
        static let notFound = Message(
            nl: "deze sectie bestaat niet, of u hebt er geen toegang toe",
            en: "this section does not exist, or you have no access to it")
        static let forbidden = Message(
            nl: "alleen de coördinator kan dit zien", en: "only the coordinator can see this")
        static let csrf = Message(
            nl: "het verzoek is geweigerd omdat het beveiligingskenmerk ontbreekt; laad de pagina opnieuw",
            en: "the request was refused because its security token is missing; reload the page")
        static let origin = Message(
            nl: "het verzoek is geweigerd omdat het niet van deze site komt",
            en: "the request was refused because it does not come from this site")
        static let tooLarge = Message(
            nl: "de tekst is te groot; een sectie mag hoogstens 2 MB zijn",
            en: "the text is too large; a section may be at most 2 MB")
        static let badRequest = Message(
            nl: "het verzoek is niet te lezen", en: "the request cannot be read")
        static let throttled = Message(
            nl: "te veel mislukte inlogpogingen; probeer het over een minuut opnieuw",
            en: "too many failed sign-in attempts; try again in a minute")
        static let invalidLink = Message(
            nl: "deze link werkt niet (meer): hij is verlopen, ingetrokken of onvolledig; vraag de coördinator om een nieuwe",
            en: "this link does not work (any more): it has expired, been revoked or is incomplete; ask the coordinator for a new one")
        static func storage(_ detail: Message) -> Message {
            Message(
                nl: "de sectie kon niet worden gelezen of opgeslagen (\(detail.nl)); er is niets veranderd",
                en: "the section could not be read or saved (\(detail.en)); nothing was changed")
        }
        static let internalError = Message(
            nl: "er ging iets mis in het portaal; probeer het opnieuw, en meld het aan de coördinator als het blijft gebeuren",
            en: "something went wrong in the portal; try again, and tell the coordinator if it keeps happening")
    }
}

extension PortalError {
    /// The year's manifest has a mistake (the coordinator is editing it): the coordinator sees
    /// the first error with its place and fix; a secretary is asked to wait, not told it is gone.
    static func manifestBroken(year: Int, problems: [Diagnostic], coordinator: Bool) -> PortalError {
        guard coordinator, let first = problems.first else {
            return PortalError(
                .serviceUnavailable, "manifest-broken",
                Message(
                    nl: "het jaarverslag \(year) wordt op dit moment door de coördinator aangepast; "
                        + "probeer het over een paar minuten opnieuw",
                    en: "the coordinator is changing the \(year) report at the moment; try again in a few minutes"))
        }
        let more = problems.count - 1
        let fix = first.fix.map { Message(nl: " (oplossing: \($0.nl))", en: " (fix: \($0.en))") } ?? .verbatim("")
        return PortalError(
            .serviceUnavailable, "manifest-broken",
            Message(
                nl: "het manifest van \(year) is niet te lezen, en zolang kan het portaal dit jaar niet tonen: \(first.location): ",
                en: "the \(year) manifest cannot be read, and until it can the portal cannot show this year: \(first.location): ")
                + first.message + fix
                + Message(
                    nl: (more > 0 ? " (en nog \(more) \(more == 1 ? "fout" : "fouten"))" : "")
                        + "; herstel het bestand en controleer het met `jaarverslag check \(year)`",
                    en: (more > 0 ? " (and \(more) more \(more == 1 ? "error" : "errors"))" : "")
                        + "; repair the file and check it with `jaarverslag check \(year)`"))
    }
}

extension PortalError {
    static let versionNotFound = PortalError(
        .notFound, "version-not-found",
        Message(
            nl: "deze versie staat niet in de geschiedenis van deze sectie",
            en: "this version is not in the history of this section"))
}

extension PortalError {
    static let findingGone = PortalError(
        .conflict, "finding-gone",
        Message(
            nl: "deze melding staat niet meer in de tekst, of is niet zeker te herstellen; de controle is bijgewerkt",
            en: "this finding is no longer in the text, or cannot be fixed with certainty; the check has been updated"))
}

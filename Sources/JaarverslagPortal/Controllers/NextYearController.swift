import Foundation
import Hummingbird
import JaarverslagKit

/// `/nieuw-jaar`: the coordinator's page for starting the year after the newest, and
/// `POST /api/years` with `{ "yaml", "carryInvitations" }`, which writes its manifest and
/// answers the new personal links (shown once, to send on).
struct NextYearController: Sendable {
    let nextYear: NextYear
    let database: PortalDatabase
    let configuration: PortalConfiguration

    var language: Language { configuration.language }

    func addRoutes(api: RouterGroup<PortalContext>, router: Router<PortalContext>) {
        router.get("nieuw-jaar", use: page)
        api.post("years", use: start)
    }

    @Sendable func page(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        guard session.isCoordinator, let proposal = try nextYear.proposal() else { throw PortalError.notFound }
        return Layout.response(NextYearPage(proposal: proposal, language: language).render(session: session))
    }

    @Sendable func start(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        guard session.isCoordinator else { throw PortalError.forbidden }
        let body = try await JSONResponse.decode(StartYearRequest.self, from: request)
        let started: (manifest: Manifest, links: [NextYear.NewLink])
        do {
            started = try nextYear.start(
                yaml: body.yaml, carryInvitations: body.carryInvitations ?? true, link: configuration.loginLink(token:))
        } catch .invalid(let diagnostics) {
            throw FindingsError(
                status: .unprocessableContent,
                payload: FindingsPayload(
                    error: .init(code: "manifest-invalid", message: Messages.invalid.text(language)),
                    findings: diagnostics.map { DiagnosticPayload($0, language: language) }))
        } catch .wrongYear(let message) {
            throw PortalError(.unprocessableContent, "wrong-year", message)
        } catch .exists(let path) {
            throw PortalError(.conflict, "year-exists", Messages.exists(path))
        } catch .write(let reason) {
            throw PortalError.storage(reason)
        }
        let time = configuration.now()
        try database.write { db in
            var entry = AuditEntry(
                time: time, actor: session.author, action: "start-year", year: started.manifest.year,
                detail: "\(started.links.count) uitnodigingen overgenomen")
            try entry.insert(db)
        }
        return JSONResponse.make(
            StartYearPayload(
                year: started.manifest.year, url: "/\(started.manifest.year)", invitations: started.links,
                message: Messages.started(started.manifest.year, links: started.links.count).text(language)))
    }

    enum Messages {
        static let invalid = Message(
            nl: "het manifest klopt nog niet; er is niets geschreven. Verbeter wat hieronder staat",
            en: "the manifest is not right yet; nothing was written. Fix what is listed below")
        static func exists(_ path: String) -> Message {
            Message(
                nl: "\(path) bestaat al: dit jaar is al begonnen, en er is niets overschreven",
                en: "\(path) already exists: this year has already been started, and nothing was overwritten")
        }
        static func started(_ year: Int, links: Int) -> Message {
            Message(
                nl: "Het jaar \(year) is begonnen."
                    + (links == 0
                        ? ""
                        : " Hieronder staan \(links == 1 ? "de nieuwe link" : "de \(links) nieuwe links"); stuur ze door, ze worden maar één keer getoond."),
                en: "The year \(year) has started."
                    + (links == 0
                        ? ""
                        : " Below \(links == 1 ? "is the new link" : "are the \(links) new links"); send them on, they are shown only once.")
            )
        }
    }
}

struct StartYearRequest: Codable, Sendable {
    var yaml: String
    var carryInvitations: Bool?
}

struct StartYearPayload: Codable, Sendable {
    var year: Int
    var url: String
    var invitations: [NextYear.NewLink]
    var message: String
}

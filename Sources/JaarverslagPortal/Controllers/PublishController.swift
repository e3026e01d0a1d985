import Foundation
import Hummingbird
import JaarverslagKit
import NIOCore

/// `POST /api/{year}/build` (the coordinator builds the report), `GET /api/{year}/build` (can
/// it be published, and what is built), and `/files/{year}/…`: the built files, for
/// signed-in people of that year only. Only the four outputs of a build are ever served.
struct PublishController: Sendable {
    let access: Access
    let editor: FragmentEditor
    let store: PortalStore
    let publisher: Publisher
    let language: Language

    func addRoutes(api: RouterGroup<PortalContext>, router: Router<PortalContext>) {
        api.get(":year/build", use: state)
        api.post(":year/build", use: build)
        router.get("files/:year/:name") { request, context in try await file(.published, context: context) }
        router.get("files/:year/concept/:name") { request, context in try await file(.draft, context: context) }
    }

    /// The year's status as the page shows it: `status --final` with the portal's own states.
    func readiness(year: Int) async throws -> (status: StatusReport, reasons: [Message]) {
        guard let result = store.check(year: year) else { throw PortalError.notFound }
        let status = StatusReport(result)
        let states = try editor.states(year: year, status: status)
        return (status, Publisher.reasons(status, states: states))
    }

    @Sendable func state(_ request: Request, context: PortalContext) async throws -> Response {
        let year = try coordinatorYear(context)
        let (status, reasons) = try await readiness(year: year)
        return JSONResponse.make(
            PublishStatePayload(
                final: status.isFinal, reasons: reasons.map { $0.text(language) }, pdfAvailable: publisher.weasyPrint != nil,
                files: publisher.files(year: year).map(BuiltFilePayload.init)))
    }

    @Sendable func build(_ request: Request, context: PortalContext) async throws -> Response {
        let year = try coordinatorYear(context)
        let body = try await JSONResponse.decode(BuildRequest.self, from: request, emptyAs: BuildRequest())
        let pdf = body.pdf ?? false
        let draft = body.draft ?? false
        if pdf && publisher.weasyPrint == nil { throw PortalError.pdfUnavailable }
        let (status, reasons) = try await readiness(year: year)
        if !status.isFinal && !draft {
            throw RefusedError(
                status: .conflict,
                payload: RefusedPayload(
                    error: .init(code: "not-final", message: PortalError.notFinal.text(language)),
                    reasons: reasons.map { $0.text(language) }))
        }
        let session = try context.requireSession()
        switch try await publisher.build(year: year, pdf: pdf, edition: draft ? .draft : .published, actor: session.author) {
        case .failed(let diagnostics):
            throw RefusedError(
                status: .unprocessableContent,
                payload: RefusedPayload(
                    error: .init(code: "build-failed", message: PortalError.buildFailed.text(language)),
                    reasons: diagnostics.map { "\($0.location): \($0.message.text(language))" }))
        case .built(let summary):
            return JSONResponse.make(
                BuildPayload(
                    edition: summary.edition.rawValue, files: summary.files.map(BuiltFilePayload.init), written: summary.written,
                    unchanged: summary.unchanged, message: Messages.built(summary.edition).text(language)))
        }
    }

    /// The year, for the coordinator; a secretary of the year gets 403, of another year 404.
    private func coordinatorYear(_ context: PortalContext) throws -> Int {
        let session = try context.requireSession()
        let (year, _) = try access.year(context.parameters.get("year") ?? "", session: session)
        guard session.isCoordinator else { throw PortalError.forbidden }
        return year
    }

    func file(_ edition: Publisher.Edition, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (year, _) = try access.year(context.parameters.get("year") ?? "", session: session)
        // A draft edition holds every group's text before it is approved: the coordinator's
        // alone, as the comparison is. To anyone else it is not there.
        guard edition == .published || session.isCoordinator else { throw PortalError.fileNotFound }
        let name = context.parameters.get("name") ?? ""
        guard let built = publisher.files(year: year).first(where: { $0.edition == edition && $0.name == name }) else {
            throw PortalError.fileNotFound
        }
        let url = publisher.directory(edition, year: year).appendingPathComponent(built.name)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw PortalError.fileNotFound }
        var headers: HTTPFields = [
            .contentType: built.contentType,
            .contentDisposition: (built.format == "html" ? "inline" : "attachment") + "; filename=\"\(built.name)\"",
        ]
        // The report's page has its stylesheet inside and runs nothing: its own styles, and nothing else.
        if built.format == "html" {
            headers[.contentSecurityPolicy] = CompareController.contentSecurityPolicy
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    enum Messages {
        static func built(_ edition: Publisher.Edition) -> Message {
            switch edition {
            case .published:
                Message(
                    nl: "Het jaarverslag is gemaakt. De bestanden staan hieronder.", en: "The report has been built. The files are below.")
            case .draft:
                Message(
                    nl: "De conceptversie is gemaakt; op de voorkant staat dat het een concept is.",
                    en: "The draft edition has been built; its cover says it is a draft.")
            }
        }
    }
}

extension PortalError {
    static let fileNotFound = PortalError(
        .notFound, "not-found",
        Message(
            nl: "dit bestand is er (nog) niet; maak het jaarverslag eerst op het overzicht",
            en: "this file does not exist (yet); build the report on the overview first"))
}

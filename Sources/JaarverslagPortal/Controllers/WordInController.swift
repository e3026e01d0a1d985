import Foundation
import Hummingbird
import JaarverslagKit
import NIOCore

/// Word in, through the importer the command line uses (`jaarverslag import`), saving nothing:
/// `POST /api/{year}/fragments/{group}/import` takes a .docx (`multipart/form-data`, field
/// `file`) and answers the proposed fragment with everything the importer reported;
/// `POST /api/{year}/paste` takes the clipboard's HTML (`{ "html" }`) and answers fragment text.
/// The page shows the proposal; only the secretary's own save writes it.
struct WordInController: Sendable {
    let access: Access
    let store: PortalStore
    let language: Language

    func addRoutes(to group: RouterGroup<PortalContext>) {
        group.post(":year/fragments/:group/import", use: importDocument)
        group.post(":year/paste", use: paste)
    }

    @Sendable func importDocument(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (ref, _) = try access.fragment(
            year: context.parameters.get("year") ?? "", group: context.parameters.get("group") ?? "", session: session)
        let upload = try await UploadedFile.read(request, field: "file", limit: PortalLimits.maxUpload)
        var limits = DocxLimits()
        limits.fileSize = PortalLimits.maxUpload
        let request = FragmentImport.Request(
            document: upload.data, displayPath: upload.name, group: ref.group, year: ref.year, replace: true, dryRun: true,
            // The access rules decided that this group has a section this year.
            newGroup: true)
        switch FragmentImport.run(request, in: store.base, limits: limits) {
        case .failure(.refused(let diagnostics)):
            throw FindingsError(
                status: .unprocessableContent,
                payload: FindingsPayload(
                    error: .init(
                        code: "import-refused",
                        message: (diagnostics.first?.message ?? PortalError.Messages.badRequest).text(language)),
                    findings: diagnostics.map { DiagnosticPayload($0, language: language) }))
        case .failure(let failure):
            throw PortalError(.unprocessableContent, "import-failed", failure.message)
        case .success(let imported):
            return JSONResponse.make(
                ImportPayload(
                    text: imported.text, file: upload.name,
                    findings: imported.importDiagnostics.map { DiagnosticPayload($0, language: language) },
                    diagnostics: imported.checkDiagnostics.map { DiagnosticPayload($0, language: language) }))
        }
    }

    @Sendable func paste(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (_, manifest) = try access.year(context.parameters.get("year") ?? "", session: session)
        let body = try await JSONResponse.decode(PasteRequest.self, from: request)
        var limits = DocxLimits()
        limits.partSize = PortalLimits.maxRequestBody
        let outcome = WordImport.convert(
            html: body.html, options: WordImport.Options(displayPath: "klembord", styles: manifest.importStyles, limits: limits))
        guard let text = outcome.body else {
            throw PortalError(
                .unprocessableContent, "paste-refused",
                outcome.diagnostics.first?.message ?? PortalError.Messages.badRequest)
        }
        return JSONResponse.make(
            PasteResponse(text: text, findings: outcome.diagnostics.map { DiagnosticPayload($0, language: language) }))
    }
}

struct ImportPayload: Codable, Sendable {
    /// The whole fragment as the importer proposes it: the front matter as `import` makes it
    /// (kept from the existing fragment), then the body from Word.
    var text: String
    var file: String
    /// What the importer reported: tables, images, comments, accepted changes, …
    var findings: [DiagnosticPayload]
    /// What `check` finds in the proposed fragment.
    var diagnostics: [DiagnosticPayload]
}

struct PasteRequest: Codable, Sendable {
    var html: String
}

struct PasteResponse: Codable, Sendable {
    var text: String
    var findings: [DiagnosticPayload]
}

extension PortalError {
    static let notMultipart = PortalError(
        .unsupportedMediaType, "not-multipart",
        Message(
            nl: "stuur het Word-bestand als multipart/form-data, in het veld ‘file’",
            en: "send the Word file as multipart/form-data, in the field ‘file’"))

    static let noFile = PortalError(
        .badRequest, "no-file",
        Message(
            nl: "er is geen bestand ontvangen; kies een Word-bestand (.docx) en probeer het opnieuw",
            en: "no file was received; choose a Word file (.docx) and try again"))

    static let uploadTooLarge = PortalError(
        .contentTooLarge, "upload-too-large",
        Message(
            nl:
                "het Word-bestand is groter dan \(PortalLimits.maxUpload / 1024 / 1024) MB; haal grote foto’s eruit (die worden toch niet overgenomen) en probeer het opnieuw",
            en:
                "the Word file is larger than \(PortalLimits.maxUpload / 1024 / 1024) MB; take large photos out (they are not carried over anyway) and try again"
        ))
}

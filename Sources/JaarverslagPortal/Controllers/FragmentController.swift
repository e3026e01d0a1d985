import Foundation
import Hummingbird
import JaarverslagKit

/// `/api/{year}/fragments/{group}`: read, save, history, restore, and the template from last
/// year; `/api/{year}/preview`, `/api/{year}/fix` and `/api/{year}/frontmatter`, which write
/// nothing.
struct FragmentController: Sendable {
    let access: Access
    let editor: FragmentEditor
    let store: PortalStore
    let language: Language

    func addRoutes(to group: RouterGroup<PortalContext>) {
        group.get(":year/fragments/:group", use: load)
        group.put(":year/fragments/:group", use: save)
        group.get(":year/fragments/:group/history", use: history)
        group.get(":year/fragments/:group/history/:version", use: version)
        group.post(":year/fragments/:group/restore", use: restore)
        group.get(":year/fragments/:group/template", use: template)
        group.post(":year/preview", use: preview)
        group.post(":year/fix", use: fix)
        group.post(":year/frontmatter", use: frontMatter)
    }

    private func resolve(_ context: PortalContext) throws -> (ref: FragmentID, session: Session) {
        let session = try context.requireSession()
        let ref = try access.fragment(
            year: context.parameters.get("year") ?? "", group: context.parameters.get("group") ?? "", session: session
        ).ref
        return (ref, session)
    }

    @Sendable func load(_ request: Request, context: PortalContext) async throws -> Response {
        let (ref, _) = try resolve(context)
        let (state, loaded) = try editor.state(ref)
        let text = loaded.text ?? store.template(ref, copyText: false).text
        let check = FragmentCheck.run(ref, text: text, store: store, language: language, preview: false)
        return JSONResponse.make(
            FragmentPayload(
                year: ref.year, group: ref.group, text: text, version: loaded.version, exists: loaded.text != nil,
                state: state.rawValue, diagnostics: check.diagnostics, errors: check.errors, warnings: check.warnings,
                bodyLine: check.bodyLine))
    }

    @Sendable func save(_ request: Request, context: PortalContext) async throws -> Response {
        let (ref, session) = try resolve(context)
        let body = try await JSONResponse.decode(SaveRequest.self, from: request)
        let outcome = try editor.save(
            ref, text: body.text, baseVersion: body.baseVersion, author: session.author, isCoordinator: session.isCoordinator)
        return try await answer(outcome, ref: ref, text: body.text)
    }

    @Sendable func restore(_ request: Request, context: PortalContext) async throws -> Response {
        let (ref, session) = try resolve(context)
        let body = try await JSONResponse.decode(RestoreRequest.self, from: request)
        let outcome = try editor.restore(
            ref, version: body.version, baseVersion: body.baseVersion, author: session.author, isCoordinator: session.isCoordinator)
        let text = try editor.load(ref).text ?? ""
        return try await answer(outcome, ref: ref, text: text)
    }

    private func answer(_ outcome: FragmentEditor.SaveOutcome, ref: FragmentID, text: String) async throws -> Response {
        switch outcome {
        case .conflict(let current):
            throw try await ConflictError.make(current, ref: ref, editor: editor, language: language)
        case .saved(let version, let changed):
            let check = FragmentCheck.run(ref, text: text, store: store, language: language, preview: false)
            let message =
                check.errors > 0 ? Messages.savedWithErrors(check.errors) : changed ? Messages.saved : Messages.unchanged
            return JSONResponse.make(
                SavePayload(
                    version: version, changed: changed, hasErrors: check.errors > 0, message: message.text(language),
                    diagnostics: check.diagnostics, errors: check.errors, warnings: check.warnings, bodyLine: check.bodyLine))
        }
    }

    @Sendable func history(_ request: Request, context: PortalContext) async throws -> Response {
        let (ref, _) = try resolve(context)
        let versions = try editor.history(ref).map {
            HistoryPayload.Entry(version: $0.version, author: $0.author, time: $0.time, kind: $0.kind.rawValue)
        }
        return JSONResponse.make(HistoryPayload(versions: versions))
    }

    @Sendable func version(_ request: Request, context: PortalContext) async throws -> Response {
        let (ref, _) = try resolve(context)
        guard let saved = try editor.savedVersion(ref, version: context.parameters.get("version") ?? "") else {
            throw PortalError.versionNotFound
        }
        return JSONResponse.make(
            VersionPayload(version: saved.version, text: saved.text, author: saved.author, time: saved.time, kind: saved.kind.rawValue))
    }

    @Sendable func template(_ request: Request, context: PortalContext) async throws -> Response {
        let (ref, _) = try resolve(context)
        let made = store.template(ref, copyText: true)
        return JSONResponse.make(TemplatePayload(text: made.text, basedOn: made.basedOn))
    }

    @Sendable func preview(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let body = try await JSONResponse.decode(PreviewRequest.self, from: request)
        guard body.text.utf8.count <= FragmentLoader.maxFileSize else { throw PortalError.tooLarge }
        let ref = try access.fragment(year: context.parameters.get("year") ?? "", group: body.group, session: session).ref
        let check = FragmentCheck.run(ref, text: body.text, store: store, language: language, preview: true)
        return JSONResponse.make(
            PreviewPayload(
                group: ref.group, preview: check.preview, diagnostics: check.diagnostics, errors: check.errors, warnings: check.warnings,
                bodyLine: check.bodyLine))
    }

    /// One finding's certain fix, made on the text the page holds and sent back; the page puts
    /// it in the editor, where it is saved like any other change.
    @Sendable func fix(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let body = try await JSONResponse.decode(FixRequest.self, from: request)
        guard body.text.utf8.count <= FragmentLoader.maxFileSize else { throw PortalError.tooLarge }
        let ref = try access.fragment(year: context.parameters.get("year") ?? "", group: body.group, session: session).ref
        guard
            let fixed = FragmentCheck.fixing(
                ref, text: body.text, rule: body.rule, line: body.line, column: body.column, store: store)
        else { throw PortalError.findingGone }
        return JSONResponse.make(FixPayload(text: fixed))
    }

    @Sendable func frontMatter(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        _ = try access.year(context.parameters.get("year") ?? "", session: session)
        let body = try await JSONResponse.decode(FrontMatterRequest.self, from: request)
        guard body.yaml.utf8.count <= FragmentLoader.maxFileSize else { throw PortalError.tooLarge }
        var changes = FrontMatterEditor.Changes(title: body.title)
        if let status = body.status {
            guard let value = FrontMatter.Status(rawValue: status) else { throw PortalError.badRequest }
            changes.status = value
        }
        if let chairs = body.chairs {
            changes.chairs = try chairs.map { field in
                guard let role = Chair.Role(rawValue: field.role) else { throw PortalError.badRequest }
                return Chair(name: field.name, city: field.city, role: role)
            }
        }
        let yaml = FrontMatterEditor.apply(changes, to: body.yaml)
        let front = FragmentLoader.load(text: "---\n" + yaml + "---\n", id: FragmentID(year: 0, group: ""), path: "").0?.frontMatter
        return JSONResponse.make(
            FrontMatterPayload(
                yaml: yaml, title: front?.title?.value, status: front?.status?.value.rawValue,
                chairs: (front?.chairs ?? []).map { .init(name: $0.name, city: $0.city, role: $0.role.rawValue) }))
    }

    enum Messages {
        static let saved = Message(nl: "Opgeslagen.", en: "Saved.")
        static let unchanged = Message(
            nl: "Er was niets veranderd; de tekst stond al zo opgeslagen.", en: "Nothing had changed; the text was already saved.")
        static func savedWithErrors(_ count: Int) -> Message {
            Message(
                nl:
                    "Opgeslagen als concept. Er \(count == 1 ? "is nog 1 fout" : "zijn nog \(count) fouten") die u moet oplossen voordat de tekst in het jaarverslag kan.",
                en:
                    "Saved as a draft. There \(count == 1 ? "is still 1 error" : "are still \(count) errors") to fix before the text can go into the report."
            )
        }
    }
}

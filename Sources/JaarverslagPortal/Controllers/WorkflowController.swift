import Foundation
import Hummingbird
import JaarverslagKit

/// `/api/{year}/fragments/{group}/submit`, `/approve`, `/return`, `/withdraw` and `/workflow`:
/// a text handed in, approved, sent back with a comment, or taken back, each recorded with who
/// and when. Access is checked as for reading the group (another group is 404); approving and
/// returning are the coordinator's (403 for a secretary of the group).
struct WorkflowController: Sendable {
    let access: Access
    let editor: FragmentEditor
    let store: PortalStore
    let language: Language

    static let maxComment = 4000

    func addRoutes(to group: RouterGroup<PortalContext>) {
        group.get(":year/fragments/:group/workflow", use: workflow)
        for action in Transition.Action.allCases {
            group.post(":year/fragments/:group/\(action.rawValue)") { request, context in
                try await step(action, request: request, context: context)
            }
        }
    }

    @Sendable func workflow(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let ref = try access.fragment(
            year: context.parameters.get("year") ?? "", group: context.parameters.get("group") ?? "", session: session
        ).ref
        let (state, loaded) = try editor.state(ref)
        return JSONResponse.make(
            WorkflowPayload(
                state: state.rawValue, version: loaded.version, message: nil,
                transitions: try editor.transitions(ref).map(TransitionPayload.init)))
    }

    func step(_ action: Transition.Action, request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let ref = try access.fragment(
            year: context.parameters.get("year") ?? "", group: context.parameters.get("group") ?? "", session: session
        ).ref
        if action.coordinatorOnly && !session.isCoordinator { throw PortalError.coordinatorOnly }
        let body = try await JSONResponse.decode(StepRequest.self, from: request, emptyAs: StepRequest())
        let comment = body.comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let comment, comment.count > Self.maxComment { throw PortalError.commentTooLong }
        if action == .return && (comment ?? "").isEmpty { throw PortalError.commentRequired }

        let loaded = try editor.load(ref)
        if let base = body.baseVersion, base != loaded.version {
            throw try await ConflictError.make(loaded, ref: ref, editor: editor, language: language)
        }
        // The text that goes forward is the one checked here: the step is taken only if the
        // file is still at this version.
        if action.needsNoErrors, let text = loaded.text {
            let check = FragmentCheck.run(ref, text: text, store: store, language: language, preview: false)
            let blocking = check.diagnostics.filter { $0.severity == "error" }
            if !blocking.isEmpty {
                throw BlockedError(
                    payload: BlockedPayload(
                        error: ErrorPayload(Self.blocked(blocking.count, action), language: language).error, blocking: blocking))
            }
        }
        let outcome = try editor.step(
            action, ref, expectedVersion: loaded.version, actor: session.author, isCoordinator: session.isCoordinator,
            comment: comment?.isEmpty == false ? comment : nil)
        switch outcome {
        case .conflict(let current):
            throw try await ConflictError.make(current, ref: ref, editor: editor, language: language)
        case .done(let version, let state):
            let transitions = try editor.transitions(ref)
            return JSONResponse.make(
                WorkflowPayload(
                    state: state.rawValue, version: version, message: Messages.done(action).text(language),
                    transitions: transitions.map(TransitionPayload.init)))
        }
    }

    static func blocked(_ count: Int, _ action: Transition.Action) -> PortalError {
        PortalError(
            .unprocessableContent, "has-errors",
            Message(
                nl: "de tekst heeft nog \(count == 1 ? "1 fout" : "\(count) fouten") en kan zo niet worden "
                    + (action == .approve ? "goedgekeurd" : "ingeleverd") + "; los eerst op wat hieronder staat",
                en: "the text still has \(count == 1 ? "1 error" : "\(count) errors") and cannot be "
                    + (action == .approve ? "approved" : "handed in") + " like this; first fix what is listed below"))
    }

    enum Messages {
        static func done(_ action: Transition.Action) -> Message {
            switch action {
            case .submit:
                Message(
                    nl: "Ingeleverd. De coördinator kijkt uw tekst na; hier ziet u wanneer hij is goedgekeurd of teruggestuurd.",
                    en: "Handed in. The coordinator reviews your text; you will see here when it is approved or sent back.")
            case .approve:
                Message(nl: "Goedgekeurd: de tekst gaat zo het jaarverslag in.", en: "Approved: the text goes into the report as it is.")
            case .return:
                Message(
                    nl: "Teruggestuurd. De secretaris ziet uw opmerking bij de tekst.",
                    en: "Sent back. The secretary sees your comment with the text.")
            case .withdraw:
                Message(
                    nl: "Teruggehaald: de tekst is weer een concept. Lever hem opnieuw in als u klaar bent.",
                    en: "Taken back: the text is a draft again. Hand it in again when you are done.")
            }
        }
    }
}

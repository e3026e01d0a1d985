import Foundation
import Hummingbird
import JaarverslagKit

/// Turns every error into an answer a person can read: JSON `{ "error": { "code", "message" } }`
/// under `/api`, a Dutch page elsewhere. Errors that are not ours become a plain 500 whose
/// details go to the log, not to the client.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let language: Language

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PortalError {
            return respond(error, to: request)
        } catch let error as ConflictError {
            return JSONResponse.make(error.payload, status: .conflict)
        } catch let error as BlockedError {
            return JSONResponse.make(error.payload, status: .unprocessableContent)
        } catch let error as FindingsError {
            return JSONResponse.make(error.payload, status: error.status)
        } catch let error as RefusedError {
            return JSONResponse.make(error.payload, status: error.status)
        } catch let error as HTTPError {
            switch error.status {
            case .contentTooLarge: return respond(.tooLarge, to: request)
            case .notFound, .methodNotAllowed: return respond(.notFound, to: request)
            default: return respond(PortalError(error.status, "http", PortalError.Messages.badRequest), to: request)
            }
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(describing: type(of: error)))"])
            return respond(.internalError, to: request)
        }
    }

    private func respond(_ error: PortalError, to request: Request) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return JSONResponse.make(ErrorPayload(error, language: language), status: error.status)
        }
        return MessagePage.response(title: Messages.title(error.status.code), text: error.message, status: error.status, language: language)
    }

    enum Messages {
        static func title(_ code: Int) -> Message {
            switch code {
            case 401: Message(nl: "Niet ingelogd", en: "Not signed in")
            case 404: Message(nl: "Niet gevonden", en: "Not found")
            case 403: Message(nl: "Geweigerd", en: "Refused")
            case 429: Message(nl: "Even geduld", en: "Please wait")
            case 503: Message(nl: "Even niet beschikbaar", en: "Not available for a moment")
            default: Message(nl: "Er ging iets mis", en: "Something went wrong")
            }
        }
    }
}

/// `{ "error": { "code", "message" } }`
struct ErrorPayload: Codable, Sendable {
    struct Body: Codable, Sendable {
        var code: String
        var message: String
    }
    var error: Body

    init(_ error: PortalError, language: Language) {
        self.error = Body(code: error.code, message: error.message.text(language))
    }
}

/// A save, restore or step that met a newer version: 409 with the error and the current text.
struct ConflictError: Error, Sendable {
    var payload: ConflictPayload

    static let conflict = PortalError(.conflict, "conflict", Messages.conflict)

    /// The answer to a change made from an older version: the text as it is now, with who
    /// saved it and when, when the history knows.
    static func make(_ current: FragmentEditor.Loaded, ref: FragmentID, editor: FragmentEditor, language: Language) async throws
        -> ConflictError
    {
        let last = try editor.history(ref).first
        return ConflictError(
            payload: ConflictPayload(
                error: ErrorPayload(conflict, language: language).error,
                current: .init(
                    text: current.text ?? "", version: current.version, exists: current.text != nil,
                    author: last?.version == current.version ? last?.author : nil,
                    time: last?.version == current.version ? last?.time : nil)))
    }

    enum Messages {
        static let conflict = Message(
            nl: "iemand anders (of u in een ander venster) heeft deze sectie intussen opgeslagen; er is niets overschreven",
            en: "someone else (or you in another window) saved this section meanwhile; nothing was overwritten")
    }
}

import HTTPTypes
import Hummingbird

/// Every request that may change something (anything but GET and HEAD) needs a session (else
/// 401), an `Origin` header naming this site (else 403), and the session's CSRF token in
/// `X-CSRF-Token` (else 403). A page on another site can make a browser send the cookie, but
/// it can neither read the token nor forge the Origin.
struct ChangeGuardMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let origin: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method != .get, request.method != .head else { return try await next(request, context) }
        let session = try context.requireSession()
        guard let sent = request.headers[.origin], sent.lowercased() == origin else { throw PortalError.origin }
        guard let token = request.headers[.csrfToken], constantTimeEqual(token, session.csrfToken) else { throw PortalError.csrf }
        return try await next(request, context)
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

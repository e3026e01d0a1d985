import Hummingbird

/// Finds the session of the request's cookie, if any, and puts it in the context. It never
/// refuses anything itself: routes decide whether they need a session.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let invitations: Invitations
    let cookieName: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[cookieName]?.value {
            context.session = try await invitations.session(cookie: token)
        }
        return try await next(request, context)
    }
}

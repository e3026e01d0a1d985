import Foundation
import Hummingbird
import JaarverslagKit

/// Signing in with a login link, `GET /api/session` and `POST /api/logout`.
struct SessionController: Sendable {
    let invitations: Invitations
    let throttle: LoginThrottle
    let store: PortalStore
    let cookie: SessionCookie
    let language: Language

    func addRoutes(to router: Router<PortalContext>) {
        router.get("login", use: login)
        router.get("api/session", use: session)
        router.post("api/logout", use: logout)
    }

    /// `GET /login?token=…`: the link from the invitation. A valid token gives a session
    /// cookie and a page that moves on to the person's section; the cookie is `SameSite=Strict`,
    /// so the move is made from this page (same site) rather than by a redirect of the click
    /// in the mail program (cross site), which would arrive without it.
    @Sendable func login(_ request: Request, context: PortalContext) async throws -> Response {
        guard await throttle.allows(context.clientAddress) else { throw PortalError.throttled }
        guard let token = request.uri.queryParameters.get("token"), let (sessionToken, session) = try await invitations.login(token: token)
        else {
            await throttle.recordFailure(context.clientAddress)
            throw PortalError.invalidLink
        }
        let target = PageController.landing(for: session, store: store)
        var response = MessagePage.response(
            title: Messages.welcome, text: Messages.continuing, status: .ok, language: language, link: (target, Messages.goOn),
            refreshTo: target)
        response.setCookie(cookie.make(sessionToken))
        return response
    }

    @Sendable func session(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let invitation = session.invitation
        return JSONResponse.make(
            SessionPayload(
                role: invitation.role.rawValue, year: invitation.year ?? store.years().last, groups: invitation.groupID.map { [$0] } ?? [],
                csrfToken: session.csrfToken, name: session.author))
    }

    @Sendable func logout(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        try await invitations.logout(session)
        var response = JSONResponse.make(["loggedOut": true])
        response.setCookie(cookie.expired())
        return response
    }

    enum Messages {
        static let welcome = Message(nl: "Welkom", en: "Welcome")
        static let continuing = Message(
            nl: "U bent ingelogd. Uw tekst wordt geopend.", en: "You are signed in. Your text is being opened.")
        static let goOn = Message(nl: "Verder naar uw tekst", en: "Go on to your text")
    }
}

/// The session cookie: `HttpOnly`, `SameSite=Strict`, `Path=/`, and `Secure` (with the
/// `__Host-` prefix) when the portal is reached over https.
struct SessionCookie: Sendable {
    let secure: Bool

    var name: String { secure ? "__Host-jaarverslag" : "jaarverslag" }

    func make(_ token: String) -> Cookie {
        Cookie(
            name: name, value: token, maxAge: Int(Invitations.sessionLifetime), path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }

    func expired() -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

import HTTPTypes
import Hummingbird

/// Headers on every response, errors included: a strict Content-Security-Policy (only our
/// own script and stylesheet, no inline script, nothing from elsewhere, no framing), no
/// MIME sniffing, no referrer (a login link must never leak through one), and no caching of
/// pages that hold a group's text.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let secure: Bool

    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        // A page with a policy of its own (the preview frame) keeps it; it is as strict.
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
            response.headers[.xFrameOptions] = "DENY"
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.crossOriginOpenerPolicy] = "same-origin"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        if secure { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}

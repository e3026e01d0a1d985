import Foundation
import Hummingbird

/// One log line per request: method, path, status and time. Only the path is logged, never
/// the query (where a login link carries its token) nor any header (cookies, CSRF tokens).
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = PortalContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        context.logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(Self.milliseconds(elapsed)) ms")
        return response
    }

    /// `12.3`: tenths of a millisecond, without `String(format:)`, which looks up a locale and
    /// cost more than a preview's whole check.
    static func milliseconds(_ elapsed: Duration) -> String {
        let tenths = elapsed.components.seconds * 10_000 + elapsed.components.attoseconds / 100_000_000_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}

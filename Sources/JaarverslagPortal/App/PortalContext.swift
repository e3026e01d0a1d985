import Hummingbird
import NIOCore

/// What a request carries through the middleware to the routes: the session, if any, and
/// the client's address (for the login throttle).
public struct PortalContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var session: Session?
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var maxUploadSize: Int { PortalLimits.maxRequestBody }

    /// The session, or 401.
    func requireSession() throws -> Session {
        guard let session else { throw PortalError.unauthenticated }
        return session
    }
}

import Foundation
import Hummingbird
import JaarverslagKit
import Logging

/// The portal's parts, made once from a configuration and handed to the controllers: no
/// globals. Tests make one on a temporary root and drive `application()` in-process.
public struct Portal: Sendable {
    public let configuration: PortalConfiguration
    public let database: PortalDatabase
    public let invitations: Invitations
    let store: PortalStore
    let editor: FragmentEditor
    let throttle: LoginThrottle
    let publisher: Publisher

    public init(configuration: PortalConfiguration) throws {
        self.configuration = configuration
        database = try PortalDatabase(root: configuration.root)
        invitations = Invitations(database: database, now: configuration.now)
        store = PortalStore(root: configuration.root)
        editor = FragmentEditor(store: store, database: database, now: configuration.now)
        throttle = LoginThrottle(limit: configuration.loginAttemptsPerMinute, now: configuration.now)
        publisher = Publisher(
            workspace: Workspace(root: configuration.root), database: database, now: configuration.now,
            weasyPrint: configuration.weasyPrint)
    }

    /// The router with its middleware, outermost first: the request log, the security
    /// headers, errors as Dutch answers, the session, and the guard on every change.
    public func router() -> Router<PortalContext> {
        let router = Router(context: PortalContext.self)
        let language = configuration.language
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware(secure: configuration.isSecure))
        router.add(middleware: ErrorMiddleware(language: language))
        let cookie = SessionCookie(secure: configuration.isSecure)
        router.add(middleware: SessionMiddleware(invitations: invitations, cookieName: cookie.name))
        router.add(middleware: ChangeGuardMiddleware(origin: configuration.origin))

        let access = Access(store: store)
        AssetController().addRoutes(to: router)
        SessionController(invitations: invitations, throttle: throttle, store: store, cookie: cookie, language: language)
            .addRoutes(to: router)
        let api = router.group("api")
        FragmentController(access: access, editor: editor, store: store, language: language).addRoutes(to: api)
        WorkflowController(access: access, editor: editor, store: store, language: language).addRoutes(to: api)
        WordInController(access: access, store: store, language: language).addRoutes(to: api)
        StatusController(access: access, store: store).addRoutes(to: api)
        PublishController(access: access, editor: editor, store: store, publisher: publisher, language: language)
            .addRoutes(api: api, router: router)
        PageController(
            access: access, editor: editor, store: store, invitations: invitations, publisher: publisher,
            address: configuration.base, now: configuration.now, language: language
        ).addRoutes(to: router)
        NextYearController(nextYear: NextYear(store: store, invitations: invitations), database: database, configuration: configuration)
            .addRoutes(api: api, router: router)
        CompareController(access: access, store: store, workspace: Workspace(root: configuration.root), language: language)
            .addRoutes(to: router)
        return router
    }

    /// Log lines go to stderr, from `info` up.
    public static func bootstrapLogging() {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests under way and returns.
    public func run() async throws {
        let logger = Logger(label: "jaarverslag-portal")
        try await application(logger: logger).runService()
        logger.info("gestopt: alle lopende verzoeken zijn afgehandeld")
    }

    /// The application, listening where the configuration says. SIGTERM and SIGINT stop it
    /// gracefully: no new connections, requests under way are finished.
    public func application(logger: Logger? = nil) -> some ApplicationProtocol {
        var logger = logger ?? Logger(label: "jaarverslag-portal")
        if logger.logLevel > .info { logger.logLevel = .info }
        return Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "jaarverslag-portal"),
            logger: logger)
    }
}

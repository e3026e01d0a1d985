import Foundation
import Hummingbird
import JaarverslagKit

/// `GET /api/{year}/status`: the coordinator's overview, the same document as
/// `jaarverslag status --format json`.
struct StatusController: Sendable {
    let access: Access
    let store: PortalStore

    func addRoutes(to group: RouterGroup<PortalContext>) {
        group.get(":year/status", use: status)
    }

    @Sendable func status(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (year, _) = try access.year(context.parameters.get("year") ?? "", session: session)
        guard session.isCoordinator else { throw PortalError.forbidden }
        guard let result = store.check(year: year) else { throw PortalError.notFound }
        return JSONResponse.make(StatusReport(result))
    }
}

import Foundation
import Hummingbird
import JaarverslagKit

/// `/assets/portal.js`, `/assets/portal.css` and `/assets/preview.css`: the pages' own script and
/// stylesheets, compiled into the binary. Nothing is served from disk.
struct AssetController: Sendable {
    struct Asset: Sendable {
        var contentType: String
        var bytes: ByteBuffer
    }

    let assets: [String: Asset]

    init() {
        var assets: [String: Asset] = [
            "portal.js": Asset(contentType: "text/javascript; charset=utf-8", bytes: ByteBuffer(bytes: PackageResources.portal_js)),
            "portal.css": Asset(contentType: "text/css; charset=utf-8", bytes: ByteBuffer(bytes: PackageResources.portal_css)),
            "preview.css": Asset(contentType: "text/css; charset=utf-8", bytes: ByteBuffer(bytes: PackageResources.preview_css)),
        ]
        // The report's own stylesheet, from the library: the preview looks like the report.
        assets["report.css"] = Asset(contentType: "text/css; charset=utf-8", bytes: ByteBuffer(string: Stylesheet.page))
        self.assets = assets
    }

    func addRoutes(to router: Router<PortalContext>) {
        router.get("assets/:name", use: serve)
    }

    @Sendable func serve(_ request: Request, context: PortalContext) async throws -> Response {
        guard let name = context.parameters.get("name"), let asset = assets[name] else { throw PortalError.notFound }
        return Response(
            status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"], body: .init(byteBuffer: asset.bytes))
    }
}

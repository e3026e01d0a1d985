import Foundation
import Hummingbird
import JaarverslagKit

/// `/assets/portal.js`, `/assets/portal.css` and `/assets/preview.css`: the pages' own script and stylesheets,
/// resources of this library, read once. Nothing else is served from disk.
struct AssetController: Sendable {
    struct Asset: Sendable {
        var contentType: String
        var bytes: ByteBuffer
    }

    let assets: [String: Asset]

    init() {
        var assets: [String: Asset] = [:]
        for (name, type) in [
            ("portal.js", "text/javascript; charset=utf-8"), ("portal.css", "text/css; charset=utf-8"),
            ("preview.css", "text/css; charset=utf-8"),
        ] {
            let parts = name.split(separator: ".")
            if let url = Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Assets"),
                let data = try? Data(contentsOf: url)
            {
                assets[name] = Asset(contentType: type, bytes: ByteBuffer(bytes: data))
            }
        }
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

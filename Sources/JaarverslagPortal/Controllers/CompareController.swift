import Foundation
import Hummingbird
import JaarverslagKit
import NIOCore

/// `/vergelijking/{year}`: what changed since the year before, as the page `jaarverslag diff
/// <previous> <year> --format html` writes. For the coordinator only: it holds every group's text.
struct CompareController: Sendable {
    let access: Access
    let store: PortalStore
    let workspace: Workspace
    let language: Language

    func addRoutes(to router: Router<PortalContext>) {
        router.get("vergelijking/:year", use: compare)
    }

    /// The page is the compiler's own: self-contained, its stylesheet inside, no script.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

    @Sendable func compare(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (year, _) = try access.year(context.parameters.get("year") ?? "", session: session)
        guard session.isCoordinator else { throw PortalError.notFound }
        guard let previous = store.years().last(where: { $0 < year }) else {
            return MessagePage.response(
                title: Messages.title, text: Messages.noEarlierYear(year), status: .notFound, language: language,
                link: ("/\(year)", Messages.back))
        }
        let workspace = workspace
        let language = language
        // Comparing two years takes a while on a big year: off the server's own threads.
        let page: (html: String?, failure: Message?) = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                switch Comparison.compare(.year(previous), .year(year), in: workspace) {
                case .failure(let failure): continuation.resume(returning: (nil, failure.message))
                case .success(let comparison):
                    do throws(RenderRefusal) {
                        continuation.resume(returning: (try DiffPage(comparison, language: language).render(), nil))
                    } catch {
                        continuation.resume(returning: (nil, error.message))
                    }
                }
            }
        }
        guard let html = page.html else {
            return MessagePage.response(
                title: Messages.title, text: Messages.failed(page.failure ?? PortalError.Messages.badRequest),
                status: .unprocessableContent, language: language, link: ("/\(year)", Messages.back))
        }
        var response = Layout.response(html)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        return response
    }

    enum Messages {
        static let title = Message(nl: "Vergelijken met vorig jaar", en: "Compare with last year")
        static let back = Message(nl: "Terug naar het overzicht", en: "Back to the overview")
        static func noEarlierYear(_ year: Int) -> Message {
            Message(nl: "er is geen jaar vóór \(year) om mee te vergelijken", en: "there is no year before \(year) to compare with")
        }
        static func failed(_ reason: Message) -> Message {
            Message(
                nl: "de vergelijking kon niet worden gemaakt: \(reason.nl)", en: "the comparison could not be made: \(reason.en)")
        }
    }
}

import Hummingbird
import JaarverslagKit

/// The section as the compiler's HTML renderer writes it, with the report's stylesheet, as a page of its own that the editor shows in a
/// frame: the report's look stays apart from the portal's, and the page needs no script (the
/// editor's script replaces the frame's `main` as the text changes).
///
/// Its policy lets only the portal itself frame it, and the page can run nothing.
enum PreviewPage {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

    static func response(_ preview: SectionPreview?, language: Language) -> Response {
        let content: HTML =
            preview.map { HTML.rendered($0.content) }
            ?? el("p", [("class", "empty")], EditorPage.Messages.noPreview.text(language))
        let html = HTML.document(
            language: "nl",
            head: [
                el("meta", [("charset", "utf-8")]), el("title", [], EditorPage.Messages.previewHeading.text(language)),
                el("link", [("rel", "stylesheet"), ("href", "/assets/report.css")]),
                el("link", [("rel", "stylesheet"), ("href", "/assets/preview.css")]),
            ],
            body: [el("main", [("id", "voorbeeld")], [content])])
        var response = Layout.response(html)
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[.xFrameOptions] = "SAMEORIGIN"
        return response
    }
}

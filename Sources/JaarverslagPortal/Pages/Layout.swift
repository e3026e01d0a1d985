import Foundation
import Hummingbird
import JaarverslagKit

/// The frame every page shares: our own stylesheet and script (nothing from elsewhere), a
/// header with the network's name and who is signed in, and the content.
enum Layout {
    static func page(
        title: String, language: Language, session: Session?, bodyClass: String = "", data: [(String, String)] = [], main: [HTML],
        refreshTo: String? = nil
    ) -> String {
        var head: [HTML] = [
            el("meta", [("charset", "utf-8")]),
            el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            el("title", [], title + " — " + Messages.site.text(language)),
            el("link", [("rel", "stylesheet"), ("href", "/assets/portal.css")]),
            el("script", [("src", "/assets/portal.js"), ("defer", "")], []),
        ]
        if let refreshTo { head.append(el("meta", [("http-equiv", "refresh"), ("content", "0; url=\(refreshTo)")])) }
        var bar: [HTML] = [el("a", [("class", "brand"), ("href", "/")], Messages.site.text(language))]
        if let session {
            bar.append(
                el(
                    "span", [("class", "who")],
                    [
                        .text(Messages.signedInAs.text(language) + " "), el("strong", [], session.author),
                        el(
                            "button", [("type", "button"), ("class", "link-button"), ("id", "logout"), ("hidden", "")],
                            Messages.logout.text(language)),
                    ]))
        }
        let body: [HTML] = [
            el("header", [("class", "bar")], bar),
            el("main", [("id", "main")] + (bodyClass.isEmpty ? [] : [("class", bodyClass)]) + data, main),
        ]
        return HTML.document(language: language.rawValue, head: head, body: body)
    }

    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    enum Messages {
        static let site = Message(nl: "Jaarverslag G40", en: "G40 annual report")
        static let signedInAs = Message(nl: "Ingelogd als", en: "Signed in as")
        static let logout = Message(nl: "Uitloggen", en: "Sign out")
    }
}

/// A page with one message: errors, and the moment after signing in.
enum MessagePage {
    static func response(
        title: Message, text: Message, status: HTTPResponse.Status, language: Language, link: (String, Message)? = nil,
        refreshTo: String? = nil
    ) -> Response {
        var content: [HTML] = [
            el("h1", [], title.text(language)), el("p", [("class", "lead")], codeSpans(capitalized(text.text(language)))),
        ]
        if let (href, label) = link { content.append(el("p", [], [el("a", [("href", href), ("class", "button")], label.text(language))])) }
        let html = Layout.page(
            title: title.text(language), language: language, session: nil, bodyClass: "narrow", main: content, refreshTo: refreshTo)
        return Layout.response(html, status: status)
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}

import Foundation
import JaarverslagKit

/// Everything the portal is started with; tests build their own.
public struct PortalConfiguration: Sendable {
    /// The repository folder: `fragments/`, `reports/` and `.jaarverslag/portal.sqlite`.
    public var root: URL
    /// The address to listen on; loopback unless a reverse proxy on another host needs more.
    public var host: String
    public var port: Int
    /// The address people use, as in their login links: `https://jaarverslag.example.nl`
    /// behind a TLS proxy. Its origin is the only one a change may come from, and https makes
    /// the session cookie `Secure`.
    public var baseURL: URL
    /// The language of the pages and of the API's messages.
    public var language: Language
    /// The clock; tests move it to expire tokens.
    public var now: @Sendable () -> Date
    /// Failed login attempts allowed per client address per minute.
    public var loginAttemptsPerMinute: Int
    /// How the coordinator's build makes the PDF: the `weasyprint` on the `PATH`, if any.
    public var weasyPrint: WeasyPrint?

    public init(
        root: URL, host: String = "127.0.0.1", port: Int = 8080, baseURL: URL? = nil, language: Language = .nl,
        now: @escaping @Sendable () -> Date = Date.init, loginAttemptsPerMinute: Int = 10,
        weasyPrint: WeasyPrint? = WeasyPrint.locate()
    ) {
        self.root = root.standardizedFileURL
        self.host = host
        self.port = port
        self.baseURL = baseURL ?? URL(string: "http://\(host.contains(":") ? "[\(host)]" : host):\(port)")!
        self.language = language
        self.now = now
        self.loginAttemptsPerMinute = loginAttemptsPerMinute
        self.weasyPrint = weasyPrint
    }

    /// `scheme://host[:port]` of the base URL, as browsers send it in `Origin`.
    public var origin: String {
        let scheme = (baseURL.scheme ?? "http").lowercased()
        var text = "\(scheme)://\((baseURL.host ?? "").lowercased())"
        if let port = baseURL.port, !(scheme == "http" && port == 80), !(scheme == "https" && port == 443) { text += ":\(port)" }
        return text
    }

    public var isSecure: Bool { baseURL.scheme?.lowercased() == "https" }

    /// The base URL without a trailing slash, for building links.
    var base: String {
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// A person's login link.
    public func loginLink(token: String) -> String {
        "\(base)/login?token=\(token)"
    }
}

/// Limits on what a request may carry.
enum PortalLimits {
    /// A fragment may be 2 MB, as the command line caps it; JSON escaping may double it.
    static let maxRequestBody = 2 * FragmentLoader.maxFileSize + 64 * 1024
    /// An uploaded .docx: a section with a few photos fits easily; the importer's own limits
    /// (entries, unpacked sizes, ratio) still apply to what is inside.
    static let maxUpload = 20 * 1024 * 1024
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// The pages: complete for reading without script, strict headers, nothing from elsewhere.
@Suite("Pages")
struct PageTests {
    @Test("every answer carries a strict CSP without inline script, nosniff and no framing; errors too")
    func headers() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            for path in [
                "/2023/woningmarkt", "/api/2023/fragments/woningmarkt", "/api/2023/fragments/europa", "/assets/portal.js",
                "/bestaat/niet/ook",
            ] {
                let response = try await browser.get(path)
                let csp = response.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("default-src 'none'"), "\(path)")
                #expect(csp.contains("script-src 'self'"), "\(path)")
                #expect(csp.contains("frame-ancestors 'none'"), "\(path)")
                #expect(!csp.contains("unsafe"), "\(path)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(path)")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(path)")
            }
        }
    }

    @Test("the editor page holds the text, the form, the findings, the preview and the history without any script")
    func editorReadsWithoutScript() async throws {
        let harness = try PortalHarness()
        let text = try #require(harness.fileText("woningmarkt"))
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let page = try await browser.get("/2023/woningmarkt").text
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
            #expect(page.contains("<h1 id=\"page-title\">Themagroep Woningmarkt</h1>"))
            let body = text.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
            #expect(page.contains(HTML.escape(body, quotes: false)))
            #expect(page.contains("id=\"field-title\" name=\"title\" type=\"text\" value=\"Themagroep Woningmarkt\""))
            // The state is the workflow's, not a field of the form.
            #expect(!page.contains("id=\"field-status\""))
            #expect(page.contains("<span class=\"badge draft\" id=\"state\">concept</span>"))
            #expect(page.contains("<button type=\"button\" id=\"submit\" class=\"primary needs-script\" hidden>Inleveren</button>"))
            #expect(page.contains("<input type=\"file\" id=\"word-file\" accept=\".docx,"))
            #expect(page.contains("<option value=\"’s-Hertogenbosch\">"))  // member cities for the chairs
            #expect(page.contains("Begin met de tekst van vorig jaar"))
            #expect(page.contains("Geen fouten of waarschuwingen gevonden."))
            #expect(page.contains("<iframe id=\"preview\" class=\"preview\" src=\"/2023/woningmarkt/voorbeeld\""))
            let frame = try await browser.get("/2023/woningmarkt/voorbeeld")
            #expect(frame.status == .ok)
            #expect(frame.text.contains("<section id=\"woningmarkt\""))
            #expect(frame.text.contains("<h3>Themagroep Woningmarkt</h3>"))
            #expect(frame.text.contains("<link rel=\"stylesheet\" href=\"/assets/report.css\">"))
            #expect(frame.headers[.contentSecurityPolicy] == PreviewPage.contentSecurityPolicy)
            #expect(frame.headers[HTTPField.Name("X-Frame-Options")!] == "SAMEORIGIN")
            #expect(!frame.text.contains("<script"))
            #expect(try await TestBrowser(client: client).get("/2023/woningmarkt/voorbeeld").status == .unauthorized)
            #expect(page.contains("buiten het portaal gewijzigd"))  // the file as found is the first version
            // Only our own script, by address; no inline script, no style attribute, nothing from elsewhere.
            let scripts = page.components(separatedBy: "<script").dropFirst()
            #expect(scripts.count == 1)
            #expect(scripts.first?.hasPrefix(" src=\"/assets/portal.js\" defer></script>") == true)
            #expect(!Self.matches(#"<[^>]*\sstyle="#, page))
            #expect(!Self.matches(#"(src|href|action)="(https?:)?//"#, page))
            #expect(!Self.matches(#"<[^>]*\son[a-z]+="#, page))  // no inline event handlers
        }
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test("text from a fragment is escaped on the page")
    func escaping() async throws {
        let harness = try PortalHarness()
        let text =
            "---\nyear: 2023\npillar: fysiek\ngroup: woningmarkt\ntitle: \"<script>alert(1)</script>\"\n---\n</textarea><script>alert(2)</script>\n"
        try text.write(to: harness.fragmentURL("woningmarkt"), atomically: true, encoding: .utf8)
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let page = try await browser.get("/2023/woningmarkt").text
            #expect(!page.contains("<script>alert"))
            #expect(page.contains("&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        }
    }

    @Test("the coordinator's dashboard shows every chapter and group with state, words, last step and last change")
    func dashboard() async throws {
        let harness = try PortalHarness()
        try FileManager.default.removeItem(at: harness.fragmentURL("europa"))
        let edited = harness.fileText("woningmarkt")! + "\nEen nieuwe alinea.\n"
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let version = try await secretary.get("/api/2023/fragments/woningmarkt").json["version"] as! String
            #expect(
                try await secretary.send(.put, "/api/2023/fragments/woningmarkt", json: ["text": edited, "baseVersion": version]).status
                    == .ok)
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let home = try await coordinator.get("/")
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/2023")
            let page = try await coordinator.get("/2023").text
            #expect(page.contains("Jaarverslag 2023 — overzicht"))
            #expect(page.contains("<h2>Pijler Fysiek</h2>"))
            #expect(page.contains("<tr data-group=\"woningmarkt\" data-state=\"draft\">"))
            #expect(page.contains("<tr data-group=\"europa\" data-state=\"missing\">"))
            #expect(page.contains("<a href=\"/2023/woningmarkt\">Themagroep Woningmarkt</a>"))
            #expect(page.contains("· Jan Jansen</td>"))
            let status = try await coordinator.get("/api/2023/status").json
            #expect((status["totals"] as? [String: Any])?["missing"] as? Int == 1)
            #expect((status["totals"] as? [String: Any])?["draft"] as? Int == 1)
        }
    }

    @Test("the parts of a message between backticks become code; an unpaired backtick leaves the text as it is")
    func codeSpansInMessages() {
        #expect(HTML.group(codeSpans("`a <b>` staat los; `c`")).rendered == "<code>a &lt;b&gt;</code> staat los; <code>c</code>")
        #expect(HTML.group(codeSpans("een losse ` blijft")).rendered == "een losse ` blijft")
        #expect(HTML.group(codeSpans("geen code")).rendered == "geen code")
        #expect(HTML.group(codeSpans("``")).rendered == "<code></code>")
    }

    @Test("a finding in no group's text (a Word document in the fragments folder) is on the dashboard, with where and what to do")
    func findingsOutsideTheTexts() async throws {
        let harness = try PortalHarness()
        try Data("PK".utf8).write(to: harness.root.appendingPathComponent("fragments/2023/woningmarkt.docx"))
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let page = try await coordinator.get("/2023").text
            #expect(page.contains("<h2 id=\"buiten-de-teksten\">Buiten de teksten</h2>"), "\(page)")
            #expect(page.contains("<li class=\"error\" data-rule=\"unknown-file\"><span class=\"severity\">Fout</span>"))
            #expect(page.contains("<span class=\"place\">fragments/2023/woningmarkt.docx</span>"))
            #expect(page.contains("<span class=\"message\"><code>woningmarkt.docx</code> is een Word-document"))
            #expect(page.contains("<span class=\"fix\">zet het document buiten fragments/"))
            // The command is code on the page, escaped; no backtick is left for a reader to puzzle over.
            #expect(page.contains("<code>jaarverslag import &lt;document&gt; --group &lt;groep&gt; --year 2023</code>"), "\(page)")
            #expect(!page.contains("`"))
            // Publishing counts it, and says where to look.
            #expect(page.contains("1 fout buiten de teksten (het manifest of de map met fragmenten; zie ‘Buiten de teksten’ hierboven)"))
            // Without it, there is no such card.
            try FileManager.default.removeItem(at: harness.root.appendingPathComponent("fragments/2023/woningmarkt.docx"))
            #expect(!(try await coordinator.get("/2023").text.contains("buiten-de-teksten")))
        }
    }

    @Test("a manifest with a mistake: the coordinator is told where and how to repair it, a secretary to wait")
    func aBrokenManifest() async throws {
        let harness = try PortalHarness()
        let manifest = harness.root.appendingPathComponent("reports/2023/report.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Jaarverslag 2023", with: "title: [Jaarverslag 2023").write(
            to: manifest, atomically: true, encoding: .utf8)
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let page = try await coordinator.get("/2023")
            #expect(page.status == .serviceUnavailable)
            #expect(page.text.contains("<h1>Even niet beschikbaar</h1>"), "\(page.text)")
            #expect(page.text.contains("Het manifest van 2023 is niet te lezen"))
            #expect(page.text.contains("reports/2023/report.yaml:2:8: dit is geen geldige YAML"))
            // The command is shown as code, as in the findings, not between backticks.
            #expect(page.text.contains("controleer het met <code>jaarverslag check 2023</code>"))
            #expect(!page.text.contains("`"))
            let api = try await coordinator.get("/api/2023/status")
            #expect(api.status == .serviceUnavailable)
            #expect(api.errorCode == "manifest-broken")

            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let editor = try await secretary.get("/2023/woningmarkt")
            #expect(editor.status == .serviceUnavailable)
            #expect(editor.text.contains("wordt op dit moment door de coördinator aangepast"))
            #expect(!editor.text.contains("report.yaml"), "the secretary cannot repair it, so is not shown it")
            // A year the secretary has no part in stays the same 404 as before.
            #expect(try await secretary.get("/2014/woningmarkt").status == .notFound)
        }
    }

    @Test("the script and stylesheet are served from the portal itself")
    func assets() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let script = try await client.execute(uri: "/assets/portal.js", method: .get)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(String(buffer: script.body).contains("X-CSRF-Token"))
            let report = try await client.execute(uri: "/assets/report.css", method: .get)
            #expect(String(buffer: report.body) == Stylesheet.page)
            let style = try await client.execute(uri: "/assets/portal.css", method: .get)
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(!String(buffer: style.body).contains("@import") && !String(buffer: style.body).contains("url("))
            #expect(try await client.execute(uri: "/assets/../Package.swift", method: .get).status != .ok)
        }
    }
}

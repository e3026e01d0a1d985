import Foundation
import Hummingbird
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Word in from the page: an uploaded .docx and HTML pasted from Word go through the importer
/// of `jaarverslag import`, and nothing is saved until the secretary saves.
@Suite("Word in")
struct WordInTests {
    static let path = "/api/2023/fragments/woningmarkt/import"
    static let fixtures = PortalHarness.packageRoot.appendingPathComponent("Tests/JaarverslagKitTests/Fixtures/docx")

    @Test("an uploaded .docx comes back as the proposed fragment with every finding of the importer; the file is untouched")
    func upload() async throws {
        let harness = try PortalHarness()
        let before = harness.fileText("woningmarkt")
        let document = try Data(contentsOf: Self.fixtures.appendingPathComponent("woningmarkt-secretaris.docx"))
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("woningmarkt-secretaris.expected.md"), encoding: .utf8)
        let body = String(expected[..<expected.range(of: "<!-- meldingen -->")!.lowerBound])
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let response = try await secretary.upload(Self.path, name: "C:\\Users\\jan\\Verslag woningmarkt.docx", data: document)
            #expect(response.status == .ok, "\(response.text)")
            let text = try #require(response.json["text"] as? String)
            #expect(text.hasPrefix("---\nyear: 2023\n"))
            #expect(text.contains("group: woningmarkt"))
            #expect(text.hasSuffix(body.trimmingCharacters(in: .newlines) + "\n"))
            #expect(response.json["file"] as? String == "Verslag woningmarkt.docx")
            let findings = try #require(response.json["findings"] as? [[String: Any]])
            #expect(
                findings.compactMap { $0["rule"] as? String }.sorted()
                    == ["import-comments", "import-footnote", "import-table", "import-tracked-changes"])
            let comments = findings.first { $0["rule"] as? String == "import-comments" }
            #expect((comments?["notes"] as? [String])?.first?.contains("Klopt dit bedrag nog?") == true)
            #expect(findings.allSatisfy { ($0["message"] as? String)?.isEmpty == false })
            #expect((response.json["diagnostics"] as? [Any])?.isEmpty == true)
        }
        #expect(harness.fileText("woningmarkt") == before)
        #expect(try harness.audit().allSatisfy { $0.action != "save" })
    }

    @Test(
        "refused files say why in Dutch, naming the file: a PDF renamed to .docx, an old .doc, a zip bomb",
        arguments: [
            ("pdf-renamed.docx", "pdf-renamed.docx"), ("word97-renamed.docx", "word97-renamed.docx"),
            ("zip-bomb-ratio.docx", "zip-bomb-ratio.docx"),
        ])
    func refused(file: String, name: String) async throws {
        let harness = try PortalHarness()
        let data = try Data(contentsOf: PortalHarness.packageRoot.appendingPathComponent("Tests/Corpus/docx/\(file)"))
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let response = try await secretary.upload(Self.path, name: name, data: data)
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "import-refused")
            let findings = response.json["findings"] as? [[String: Any]]
            #expect(findings?.first?["severity"] as? String == "error")
            #expect(((response.json["error"] as? [String: Any])?["message"] as? String)?.isEmpty == false)
        }
    }

    @Test("uploads are capped and checked: too large, not multipart, no file field, another group, no CSRF token")
    func limits() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let huge = try await secretary.upload(Self.path, name: "groot.docx", data: Data(count: PortalLimits.maxUpload + 1))
            #expect(huge.status == .contentTooLarge)
            #expect(huge.errorCode == "upload-too-large")
            let json = try await secretary.send(.post, Self.path, json: ["file": "abc"])
            #expect(json.status == .unsupportedMediaType)
            #expect(json.errorCode == "not-multipart")
            let wrongField = try await secretary.upload(Self.path, name: "a.docx", data: Data("x".utf8), field: "document")
            #expect(wrongField.errorCode == "no-file")
            let other = try await secretary.upload(
                "/api/2023/fragments/europa/import", name: "a.docx", data: Data("x".utf8))
            #expect(other.status == .notFound)
            let noToken = try await secretary.upload(Self.path, name: "a.docx", data: Data("x".utf8), csrf: false)
            #expect(noToken.errorCode == "csrf")
        }
    }

    @Test("pasted HTML becomes fragment text: lists, bold, links with SafeLinks unwrapped, soft hyphens gone, markup not trusted")
    func paste() async throws {
        let harness = try PortalHarness()
        let html = """
            <html><body><!--StartFragment-->
            <p class=MsoNormal>De <b>woondeals</b> zijn be&shy;sproken; lees <a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40stedennetwerk.nl%2Fnieuws&amp;data=05%7C02&amp;reserved=0">het nieuws</a>.</p>
            <ul><li>Assen</li><li>Delft</li></ul>
            <script>alert('x')</script><p onclick="alert(1)">Einde.</p>
            <!--EndFragment--></body></html>
            """
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let response = try await secretary.send(.post, "/api/2023/paste", json: ["html": html])
            #expect(response.status == .ok, "\(response.text)")
            #expect(
                response.json["text"] as? String == """
                    De **woondeals** zijn besproken; lees [het nieuws](https://www.g40stedennetwerk.nl/nieuws).

                    - Assen
                    - Delft

                    Einde.

                    """)
            let otherYear = try await secretary.send(.post, "/api/2014/paste", json: ["html": html])
            #expect(otherYear.status == .notFound)
        }
    }
}

extension TestBrowser {
    /// Sends a file as a browser's form does: `multipart/form-data` with the file in `field`.
    func upload(_ uri: String, name: String, data: Data, field: String = "file", csrf: Bool = true) async throws -> TestResponse {
        let boundary = "----jaarverslag\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\n".utf8))
        body.append(Data("Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await send(
            .post, uri, body: ByteBuffer(bytes: body), csrf: csrf, contentType: "multipart/form-data; boundary=\(boundary)")
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Saving never loses an edit: conflicts, outside changes, history, restore and limits.
@Suite("Editing")
struct EditingTests {
    static let path = "/api/2023/fragments/woningmarkt"

    @Test("reading gives the text, the version (hash of the bytes) and the compiler's diagnostics")
    func read() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let response = try await browser.get(Self.path)
            #expect(response.status == .ok)
            #expect(response.json["text"] as? String == harness.fileText("woningmarkt"))
            #expect(response.json["version"] as? String == ContentVersion.of(try Data(contentsOf: harness.fragmentURL("woningmarkt"))))
            #expect(response.json["exists"] as? Bool == true)
            #expect((response.json["diagnostics"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("two tabs saving from the same version give one save and one 409 with the current text; nothing is lost")
    func twoTabs() async throws {
        let harness = try PortalHarness()
        let original = harness.fileText("woningmarkt")!
        let base = ContentVersion.of(Data(original.utf8))
        try await harness.withClient { client in
            let first = TestBrowser(client: client)
            try await first.login(harness.secretary)
            let second = TestBrowser(client: client)
            try await second.login(harness.secretary)
            let a = original + "\nTab A.\n"
            let b = original + "\nTab B.\n"
            async let one = first.send(.put, Self.path, json: ["text": a, "baseVersion": base])
            async let two = second.send(.put, Self.path, json: ["text": b, "baseVersion": base])
            let responses = try await [one, two]
            let statuses = responses.map(\.status.code).sorted()
            #expect(statuses == [200, 409])
            let winner = responses.first { $0.status == .ok }!
            let loser = responses.first { $0.status == .conflict }!
            let saved = harness.fileText("woningmarkt")
            #expect(saved == a || saved == b)
            #expect(loser.errorCode == "conflict")
            let current = loser.json["current"] as? [String: Any]
            #expect(current?["text"] as? String == saved)
            #expect(current?["version"] as? String == winner.json["version"] as? String)
            // The losing tab keeps its text and can save it on top, knowingly.
            let retry = try await (saved == a ? second : first).send(
                .put, Self.path, json: ["text": saved == a ? b : a, "baseVersion": current?["version"] as? String])
            #expect(retry.status == .ok)
            let history = try await first.get(Self.path + "/history").json["versions"] as? [[String: Any]]
            #expect(history?.count == 3)  // the file as found, then both saves
        }
    }

    @Test("a file changed on disk between load and save gives 409, and the outside change is kept in the history")
    func changedOnDisk() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let loaded = try await browser.get(Self.path)
            let version = loaded.json["version"] as! String
            let outside = harness.fileText("woningmarkt")!.replacingOccurrences(of: "Woningmarkt", with: "Woningmarkt (git pull)")
            try outside.write(to: harness.fragmentURL("woningmarkt"), atomically: true, encoding: .utf8)
            let save = try await browser.send(
                .put, Self.path, json: ["text": "---\nyear: 2023\n---\nMijn tekst.\n", "baseVersion": version])
            #expect(save.status == .conflict)
            #expect(harness.fileText("woningmarkt") == outside)
            let history = try await browser.get(Self.path + "/history").json["versions"] as? [[String: Any]]
            #expect(history?.first?["kind"] as? String == "external")
            #expect(history?.first?["author"] as? String == "buiten het portaal")
            #expect(history?.first?["version"] as? String == ContentVersion.of(Data(outside.utf8)))
        }
    }

    @Test("a draft with errors is saved, and the answer says so with the diagnostics")
    func draftWithErrors() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let version = try await browser.get(Self.path).json["version"] as! String
            let text = harness.fileText("woningmarkt")! + "\nZie [de site](www.g40.nl).\n"
            let save = try await browser.send(.put, Self.path, json: ["text": text, "baseVersion": version])
            #expect(save.status == .ok)
            #expect(save.json["hasErrors"] as? Bool == true)
            #expect((save.json["message"] as? String)?.contains("concept") == true)
            let rules = (save.json["diagnostics"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
            #expect(rules == ["invalid-url"])
            #expect(harness.fileText("woningmarkt") == text)
        }
    }

    @Test("history lists versions newest first with author and time; restore makes an old version the newest")
    func historyAndRestore() async throws {
        let harness = try PortalHarness()
        let original = harness.fileText("woningmarkt")!
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            var version = try await browser.get(Self.path).json["version"] as! String
            let firstVersion = version
            for sentence in ["Eerste aanvulling.", "Tweede aanvulling."] {
                let save = try await browser.send(.put, Self.path, json: ["text": original + "\n\(sentence)\n", "baseVersion": version])
                version = save.json["version"] as! String
            }
            let history = try await browser.get(Self.path + "/history").json["versions"] as! [[String: Any]]
            #expect(history.map { $0["kind"] as? String } == ["save", "save", "external"])
            #expect(history.first?["author"] as? String == "Jan Jansen")
            #expect(history.first?["version"] as? String == version)
            #expect(history.allSatisfy { $0["time"] is String })
            let old = try await browser.get(Self.path + "/history/\(firstVersion)")
            #expect(old.json["text"] as? String == original)

            let restored = try await browser.send(.post, Self.path + "/restore", json: ["version": firstVersion, "baseVersion": version])
            #expect(restored.status == .ok)
            #expect(harness.fileText("woningmarkt") == original)
            let after = try await browser.get(Self.path + "/history").json["versions"] as! [[String: Any]]
            #expect(after.count == 4)
            #expect(after.first?["kind"] as? String == "restore")
            // A restore from an outdated version is a conflict too.
            let stale = try await browser.send(.post, Self.path + "/restore", json: ["version": version, "baseVersion": version])
            #expect(stale.status == .conflict)
            let unknown = try await browser.send(.post, Self.path + "/restore", json: ["version": String(repeating: "0", count: 64)])
            #expect(unknown.status == .notFound)
        }
    }

    @Test("preview checks and renders the edited text and writes nothing")
    func preview() async throws {
        let harness = try PortalHarness()
        let before = harness.fileText("woningmarkt")
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let text = harness.fileText("woningmarkt")! + "\nEen zin met een [kapotte link](www.g40.nl).\n"
            let response = try await browser.send(.post, "/api/2023/preview", json: ["group": "woningmarkt", "text": text])
            #expect(response.status == .ok)
            let diagnostics = response.json["diagnostics"] as? [[String: Any]]
            #expect(diagnostics?.first?["rule"] as? String == "invalid-url")
            #expect(diagnostics?.first?["message"] as? String == "`www.g40.nl` is geen volledig webadres")
            let preview = response.json["preview"] as? [String: Any]
            #expect((preview?["content"] as? String)?.contains("Themagroep Woningmarkt") == true)
            #expect((preview?["content"] as? String)?.contains("kapotte link") == true)
        }
        #expect(harness.fileText("woningmarkt") == before)
        let history = try await harness.portal.editor.history(FragmentID(year: 2023, group: "woningmarkt"))
        #expect(history.allSatisfy { $0.kind == .external })
    }

    @Test("a certain fix is made at a click on the text sent, in the body or the front matter; nothing is written")
    func fix() async throws {
        let harness = try PortalHarness()
        let before = harness.fileText("woningmarkt")!
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let text =
                before.replacingOccurrences(of: "title: ", with: "title: Woning\u{AD}")
                + "\nDe Woning\u{AD}markt. Bel Petra op 06-12345678.\n"
            let checked = try await browser.send(.post, "/api/2023/preview", json: ["group": "woningmarkt", "text": text])
            let findings = try #require(checked.json["diagnostics"] as? [[String: Any]])
            #expect(findings.map { $0["rule"] as? String } == ["invisible-character", "invisible-character", "contact-details"])
            #expect(findings.map { $0["fixable"] as? Bool } == [true, true, nil])
            func fix(_ finding: [String: Any], in text: String) async throws -> TestResponse {
                try await browser.send(
                    .post, "/api/2023/fix",
                    json: [
                        "group": "woningmarkt", "text": text, "rule": finding["rule"], "line": finding["line"], "column": finding["column"],
                    ])
            }
            let title = try await fix(findings[0], in: text)
            #expect(title.status == .ok)
            let fixedTitle = try #require(title.json["text"] as? String)
            #expect(fixedTitle == text.replacingOccurrences(of: "title: Woning\u{AD}", with: "title: Woning"))
            let body = try await fix(findings[1], in: fixedTitle)
            #expect(body.json["text"] as? String == text.replacingOccurrences(of: "\u{AD}", with: ""))
            // The same finding again, now that it is gone; and a finding whose fix is only offered.
            let gone = try await fix(findings[0], in: fixedTitle)
            #expect(gone.status == .conflict)
            #expect(gone.errorCode == "finding-gone")
            #expect(try await fix(findings[2], in: text).status == .conflict)
        }
        #expect(harness.fileText("woningmarkt") == before)
    }

    @Test("a missing group starts from last year's front matter; a first save creates the file")
    func missingGroup() async throws {
        let harness = try PortalHarness()
        try FileManager.default.removeItem(at: harness.fragmentURL("woningmarkt"))
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let loaded = try await browser.get(Self.path)
            #expect(loaded.json["exists"] as? Bool == false)
            #expect(loaded.json["version"] as? String == "absent")
            let text = loaded.json["text"] as! String
            #expect(text.contains("group: woningmarkt"))
            #expect(text.contains("year: 2023"))
            let template = try await browser.get(Self.path + "/template")
            #expect(template.json["basedOn"] as? String == "fragments/2014/woningmarkt.md")
            let save = try await browser.send(.put, Self.path, json: ["text": template.json["text"], "baseVersion": "absent"])
            #expect(save.status == .ok)
            #expect(harness.fileText("woningmarkt") == template.json["text"] as? String)
        }
    }

    @Test("a body over the cap gives 413 and a text over 2 MB too; nothing is written")
    func limits() async throws {
        let harness = try PortalHarness()
        let before = harness.fileText("woningmarkt")
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let version = try await browser.get(Self.path).json["version"] as! String
            let huge = ByteBuffer(repeating: UInt8(ascii: "a"), count: PortalLimits.maxRequestBody + 1)
            let tooBig = try await browser.send(.put, Self.path, body: huge)
            #expect(tooBig.status == .contentTooLarge)
            #expect(tooBig.errorCode == "too-large")
            let longText = "---\nyear: 2023\n---\n" + String(repeating: "woord ", count: 400_000)
            let tooLong = try await browser.send(.put, Self.path, json: ["text": longText, "baseVersion": version])
            #expect(tooLong.status == .contentTooLarge)
            let previewTooLong = try await browser.send(.post, "/api/2023/preview", json: ["group": "woningmarkt", "text": longText])
            #expect(previewTooLong.status == .contentTooLarge)
            let garbage = try await browser.send(.put, Self.path, body: ByteBuffer(string: "{niet: json"))
            #expect(garbage.status == .badRequest)
            #expect((garbage.json["error"] as? [String: Any])?["message"] as? String == "het verzoek is niet te lezen")
        }
        #expect(harness.fileText("woningmarkt") == before)
    }

    @Test("a save keeps the file's byte-order mark and CRLF line ends")
    func keepsFormat() async throws {
        let harness = try PortalHarness()
        let original = harness.fileText("woningmarkt")!
        let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try crlf.write(to: harness.fragmentURL("woningmarkt"))
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let loaded = try await browser.get(Self.path)
            #expect(loaded.json["text"] as? String == original)
            let save = try await browser.send(
                .put, Self.path, json: ["text": original + "\nNog een zin.\n", "baseVersion": loaded.json["version"]])
            #expect(save.status == .ok)
        }
        let saved = try Data(contentsOf: harness.fragmentURL("woningmarkt"))
        #expect(saved.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(
            String(decoding: saved.dropFirst(3), as: UTF8.self)
                == (original + "\nNog een zin.\n").replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test("the front-matter form changes title, status and chairs and keeps every other line")
    func frontMatter() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let yaml =
                "year: 2023\npillar: fysiek\n# een opmerking\ngroup: woningmarkt\ntitle: Oud\nstatus: final\nsecretary:\n  name: Jan\n"
            let response = try await browser.send(
                .post, "/api/2023/frontmatter",
                json: [
                    "yaml": yaml, "title": "Thema: wonen", "status": "draft",
                    "chairs": [["city": "’s-Hertogenbosch", "role": "trekker", "name": nil] as [String: Any?]].map {
                        $0.compactMapValues { $0 }
                    },
                ])
            #expect(response.status == .ok)
            #expect(
                response.json["yaml"] as? String
                    == "year: 2023\npillar: fysiek\n# een opmerking\ngroup: woningmarkt\ntitle: 'Thema: wonen'\nstatus: draft\nsecretary:\n  name: Jan\nchairs:\n- city: ’s-Hertogenbosch\n  role: trekker\n"
            )
            #expect(response.json["title"] as? String == "Thema: wonen")
            #expect(response.json["status"] as? String == "draft")
            #expect((response.json["chairs"] as? [[String: Any]])?.first?["city"] as? String == "’s-Hertogenbosch")
            // With only the front matter, the answer gives the form's fields as they are.
            let fields = try await browser.send(.post, "/api/2023/frontmatter", json: ["yaml": yaml])
            #expect(fields.json["yaml"] as? String == yaml)
            #expect(fields.json["title"] as? String == "Oud")
            #expect((fields.json["chairs"] as? [Any])?.isEmpty == true)
            let bad = try await browser.send(.post, "/api/2023/frontmatter", json: ["yaml": yaml, "status": "klaar"])
            #expect(bad.status == .badRequest)
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Publishing from the dashboard: the compiler's own build, refused with its reasons while
/// `status --final` would fail, a draft edition on request, and the files for signed-in people.
@Suite("Publish", .serialized)
struct PublishTests {
    @Test("while texts are open the build is refused with every reason; a draft edition is built, marked, and kept apart")
    func refusedThenDraft() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let refused = try await coordinator.send(.post, "/api/2023/build", json: ["pdf": false, "draft": false])
            #expect(refused.status == .conflict)
            #expect(refused.errorCode == "not-final")
            let reasons = try #require(refused.json["reasons"] as? [String])
            #expect(reasons.contains("Themagroep Woningmarkt: nog een concept"), "\(reasons)")
            #expect(reasons.contains { $0.hasPrefix("Werkgroep Europa") || $0.contains("Europa") })
            #expect(reasons.count == 2)

            let draft = try await coordinator.send(.post, "/api/2023/build", json: ["pdf": false, "draft": true])
            #expect(draft.status == .ok, "\(draft.text)")
            #expect(draft.json["edition"] as? String == "draft")
            let files = try #require(draft.json["files"] as? [[String: Any]])
            #expect(
                files.compactMap { $0["url"] as? String }.sorted() == [
                    "/files/2023/concept/jaarverslag-2023.html", "/files/2023/concept/jaarverslag-2023.txt",
                    "/files/2023/concept/jaarverslag-2023.xml",
                ])
            let html = try await coordinator.get("/files/2023/concept/jaarverslag-2023.html")
            #expect(html.status == .ok)
            #expect(html.text.contains(Report.draftMark))
            #expect(html.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let text = try await coordinator.get("/files/2023/concept/jaarverslag-2023.txt")
            #expect(text.text.contains(Report.draftMark.uppercased()))
            // The published place is untouched, and asking for a published file says it is not there.
            #expect(try await coordinator.get("/files/2023/jaarverslag-2023.html").status == .notFound)
            // The draft holds every group's unapproved text: a secretary of the year cannot read it.
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            #expect(try await secretary.get("/files/2023/concept/jaarverslag-2023.html").status == .notFound)
        }
        #expect(!FileManager.default.fileExists(atPath: harness.root.appendingPathComponent("reports/2023/jaarverslag-2023.html").path))
        #expect(try harness.audit().contains { $0.action == "build" && $0.detail?.hasPrefix("draft") == true })
    }

    @Test("once every text is approved the coordinator publishes: the same files as 'jaarverslag build', served to signed-in people only")
    func publish() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            for group in PortalHarness.drafts {
                let approved = try await coordinator.send(.post, "/api/2023/fragments/\(group)/approve", json: [:])
                #expect(approved.json["state"] as? String == "approved")
            }
            let state = try await coordinator.get("/api/2023/build")
            #expect(state.json["final"] as? Bool == true)
            #expect((state.json["reasons"] as? [Any])?.isEmpty == true)

            let built = try await coordinator.send(.post, "/api/2023/build", json: ["pdf": false, "draft": false])
            #expect(built.status == .ok, "\(built.text)")
            #expect(built.json["edition"] as? String == "published")
            let xml = try await coordinator.get("/files/2023/jaarverslag-2023.xml")
            #expect(xml.status == .ok)
            #expect(xml.headers[.contentDisposition] == "attachment; filename=\"jaarverslag-2023.xml\"")
            // What the page built is what the command line builds from the same files.
            let golden = try String(
                contentsOf: PortalHarness.packageRoot.appendingPathComponent("reports/2023/jaarverslag-2023.xml"), encoding: .utf8)
            #expect(xml.text == golden)
            #expect(!xml.text.contains(Report.draftMark))

            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            #expect(try await secretary.get("/files/2023/jaarverslag-2023.txt").status == .ok)
            let secretaryBuild = try await secretary.send(.post, "/api/2023/build", json: ["draft": true])
            #expect(secretaryBuild.status == .forbidden)
            let anonymous = TestBrowser(client: client)
            #expect(try await anonymous.get("/files/2023/jaarverslag-2023.txt").status == .unauthorized)
            #expect(try await secretary.get("/files/2023/report.yaml").status == .notFound)
            #expect(try await secretary.get("/files/2023/..%2Freport.yaml").status == .notFound)
            #expect(try await secretary.get("/files/2014/jaarverslag-2014.txt").status == .notFound)
        }
    }

    @Test("the comparison with last year is the page of 'diff --format html', for the coordinator only")
    func compare() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let page = try await coordinator.get("/vergelijking/2023")
            #expect(page.status == .ok)
            let comparison = try Comparison.compare(.year(2014), .year(2023), in: Workspace(root: harness.root)).get()
            #expect(page.text == (try DiffPage(comparison, language: .nl).render()))
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            #expect(try await secretary.get("/vergelijking/2023").status == .notFound)
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Starting the next year from the page: last year's plan proposed, confirmed, written once,
/// and the secretaries of the groups that stay invited again with new links.
@Suite("Next year")
struct NextYearTests {
    @Test("the page proposes 2024 from 2023's plan, with the members to confirm and whose invitations carry over")
    func proposal() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let page = try await coordinator.get("/nieuw-jaar")
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Het jaar 2024 beginnen</h1>"))
            #expect(page.text.contains("year: 2024\ntitle: Jaarverslag 2024\n"))
            #expect(page.text.contains("Deelnemende gemeenten (41)"))
            #expect(page.text.contains("<li data-group=\"woningmarkt\">woningmarkt: Jan Jansen</li>"))
            #expect(page.text.contains("<li data-group=\"europa\">europa: Els Europa</li>"))
            let dashboard = try await coordinator.get("/2023")
            #expect(dashboard.text.contains("<a href=\"/nieuw-jaar\">"))

            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            #expect(try await secretary.get("/nieuw-jaar").status == .notFound)
            let refused = try await secretary.send(.post, "/api/years", json: ["yaml": "year: 2024\n"])
            #expect(refused.status == .forbidden)
        }
        #expect(harness.portal.store.years() == [2014, 2023])
    }

    @Test("starting writes the manifest and new links for the groups that stay; a link opens the new year's section")
    func start() async throws {
        let harness = try PortalHarness()
        let proposal = try #require(try NextYear(store: harness.portal.store, invitations: harness.portal.invitations).proposal())
        // The coordinator takes Europa out of the plan: its secretary is not invited again.
        let yaml = proposal.yaml.replacingOccurrences(of: "\n  - europa\n", with: "\n")
        #expect(yaml != proposal.yaml)
        let answer: String = try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let started = try await coordinator.send(.post, "/api/years", json: ["yaml": yaml, "carryInvitations": true])
            #expect(started.status == .ok, "\(started.text)")
            #expect(started.json["year"] as? Int == 2024)
            #expect(started.json["url"] as? String == "/2024")
            #expect((started.json["message"] as? String)?.hasPrefix("Het jaar 2024 is begonnen.") == true)
            let again = try await coordinator.send(.post, "/api/years", json: ["yaml": yaml])
            #expect(again.status == .unprocessableContent)
            #expect(again.errorCode == "wrong-year")
            return started.text
        }
        let json = try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any]
        let links = json?["invitations"] as? [[String: Any]] ?? []
        #expect(links.map { $0["group"] as? String } == ["woningmarkt"])
        #expect(links.first?["name"] as? String == "Jan Jansen")
        #expect(harness.portal.store.years() == [2014, 2023, 2024])
        let manifest = try #require(harness.portal.store.manifest(year: 2024))
        #expect(manifest.title == "Jaarverslag 2024")
        #expect(!manifest.expectedGroups.contains { $0.group.value == "europa" })
        #expect(try harness.audit().contains { $0.action == "start-year" && $0.year == 2024 })

        let link = try #require(links.first?["link"] as? String)
        let token = try #require(link.split(separator: "=").last.map(String.init))
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            let login = try await secretary.login(token)
            #expect(login.text.contains(#"<meta http-equiv="refresh" content="0; url=/2024/woningmarkt">"#))
            let fragment = try await secretary.get("/api/2024/fragments/woningmarkt")
            #expect(fragment.status == .ok)
            #expect(fragment.json["exists"] as? Bool == false)
            #expect((fragment.json["text"] as? String)?.contains("year: 2024") == true)
            // The old link still opens 2023, and only 2023.
            let old = TestBrowser(client: client)
            try await old.login(harness.secretary)
            #expect(try await old.get("/api/2024/fragments/woningmarkt").status == .notFound)
        }
    }

    @Test("a manifest that does not load is not written: every problem with its line, and nobody is invited")
    func invalid() async throws {
        let harness = try PortalHarness()
        let proposal = try #require(try NextYear(store: harness.portal.store, invitations: harness.portal.invitations).proposal())
        let broken = proposal.yaml.replacingOccurrences(of: "numbered: false", with: "numbered: misschien")
        #expect(broken != proposal.yaml)
        let invitationsBefore = try harness.portal.invitations.all().count
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let response = try await coordinator.send(.post, "/api/years", json: ["yaml": broken])
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "manifest-invalid")
            let findings = try #require(response.json["findings"] as? [[String: Any]])
            #expect(findings.count == 1)
            #expect(findings.first?["line"] as? Int == 6)
            #expect(findings.first?["severity"] as? String == "error")
        }
        #expect(harness.portal.store.years() == [2014, 2023])
        #expect(try harness.portal.invitations.all().count == invitationsBefore)
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Chasing from the dashboard: who still has to hand in, with the names and addresses of their
/// invitations, and a Dutch reminder ready to copy. The portal sends no mail, and the page says so.
@Suite("Chase")
struct ChaseTests {
    @Test("every open group is listed with its people and a reminder; a group that hands in leaves the list")
    func openGroups() async throws {
        let harness = try PortalHarness()
        _ = try harness.portal.invitations.invite(
            role: .secretary, year: 2023, group: "europa", name: "Els Europa", email: "els@europa.example")
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let page = try await coordinator.get("/2023").text
            #expect(page.contains("<li data-group=\"woningmarkt\">"))
            #expect(page.contains("<li data-group=\"europa\">"))
            #expect(page.contains("<a href=\"mailto:els@europa.example\">els@europa.example</a>"))
            #expect(page.contains("id=\"alle-adressen\""))
            #expect(page.contains("Beste Jan Jansen,"))
            #expect(page.contains("Beste Els Europa,"))
            #expect(
                page.contains(
                    "Uw tekst voor Themagroep Woningmarkt staat als concept in het portaal, maar is nog niet ingeleverd."))
            #expect(page.contains("Het portaal verstuurt zelf geen e-mail. Kopieer de herinnering"))
            #expect(page.contains("Met vriendelijke groet,\n\nCarla Coördinator"))

            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            #expect(try await secretary.send(.post, "/api/2023/fragments/woningmarkt/submit", json: [:]).status == .ok)
            let after = try await coordinator.get("/2023").text
            #expect(!after.contains("<li data-group=\"woningmarkt\">"))
            #expect(after.contains("<li data-group=\"europa\">"))
            #expect(after.contains("data-group=\"woningmarkt\" data-state=\"submitted\""))
        }
    }

    @Test("a group nobody was invited for gets the whole invite command to copy")
    func nobodyInvited() async throws {
        let harness = try PortalHarness()
        let url = harness.fragmentURL("duurzaamheid")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "status: final", with: "status: draft").write(to: url, atomically: true, encoding: .utf8)
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let page = try await coordinator.get("/2023").text
            #expect(page.contains("<li data-group=\"duurzaamheid\">"))
            #expect(
                page.contains(
                    "Nog niemand uitgenodigd voor deze groep: maak een uitnodiging met "
                        + "<code>jaarverslag-portal invite duurzaamheid --year 2023 --base-url http://127.0.0.1:8080 --name \"…\" --email …</code>."
                ),
                "\(page)")
            // Nobody to send it to: no letter, only how to invite someone.
            #expect(!page.contains("herinnering-duurzaamheid"))
            #expect(page.contains("herinnering-woningmarkt"))
        }
    }

    @Test("a group with no text yet goes by last year's name in the overview and the reminders")
    func missingGroupByLastYearsName() async throws {
        let harness = try PortalHarness()
        try FileManager.default.removeItem(at: harness.fragmentURL("europa"))
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let page = try await coordinator.get("/2023").text
            let row = try #require(page.range(of: "<tr data-group=\"europa\"").map { String(page[$0.lowerBound...].prefix(400)) })
            #expect(row.contains(">Werkgroep Europa</a>"), "\(row)")
            #expect(page.contains("Ik heb de tekst van Werkgroep Europa nog niet ontvangen."))
        }
    }

    @Test("with everything handed in there is nobody to chase")
    func nobody() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            for group in PortalHarness.drafts {
                _ = try await coordinator.send(.post, "/api/2023/fragments/\(group)/submit", json: [:])
            }
            let page = try await coordinator.get("/2023").text
            #expect(!page.contains("class=\"reminders\""))
            #expect(page.contains(DashboardPage.Messages.nobodyToChase.nl))
        }
    }
}

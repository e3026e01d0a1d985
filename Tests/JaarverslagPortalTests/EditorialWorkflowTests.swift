import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Draft → ingeleverd → goedgekeurd, or back as teruggestuurd with a comment: who may take
/// which step, what each step writes (the front matter's `status`, the history, the audit log)
/// and where it shows.
@Suite("Editorial workflow")
struct EditorialWorkflowTests {
    static let path = "/api/2023/fragments/woningmarkt"

    @Test("a secretary hands in a text without errors: status: submitted on disk, the step with who and when, in the audit log")
    func submit() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let before = try await secretary.get(Self.path)
            #expect(before.json["state"] as? String == "draft")
            let response = try await secretary.send(.post, Self.path + "/submit", json: ["baseVersion": before.json["version"]])
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.json["state"] as? String == "submitted")
            #expect((response.json["message"] as? String)?.hasPrefix("Ingeleverd.") == true)
            let steps = response.json["transitions"] as? [[String: Any]]
            #expect(steps?.count == 1)
            #expect(steps?.first?["action"] as? String == "submit")
            #expect(steps?.first?["actor"] as? String == "Jan Jansen")
            #expect(steps?.first?["version"] as? String == response.json["version"] as? String)
        }
        #expect(harness.fileText("woningmarkt")?.contains("status: submitted") == true)
        #expect(try harness.audit().contains { $0.action == "submit" && $0.actor == "Jan Jansen" && $0.groupID == "woningmarkt" })
        // The command line agrees: handed in is not final.
        let status = StatusReport(try #require(harness.portal.store.check(year: 2023)))
        #expect(status.chapters.flatMap(\.groups).first { $0.group == "woningmarkt" }?.state == .submitted)
        #expect(!status.isFinal)
    }

    @Test("a text with errors is not handed in: 422 lists what blocks it, and the file stays a draft")
    func blockedByErrors() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let loaded = try await secretary.get(Self.path)
            let broken = (loaded.json["text"] as! String) + "\nZie [de site](www.g40stedennetwerk.nl).\n"
            let saved = try await secretary.send(.put, Self.path, json: ["text": broken, "baseVersion": loaded.json["version"]])
            #expect(saved.status == .ok)
            let response = try await secretary.send(.post, Self.path + "/submit", json: ["baseVersion": saved.json["version"]])
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "has-errors")
            #expect(
                (response.json["error"] as? [String: Any])?["message"] as? String
                    == "de tekst heeft nog 1 fout en kan zo niet worden ingeleverd; los eerst op wat hieronder staat")
            let blocking = response.json["blocking"] as? [[String: Any]]
            #expect(blocking?.count == 1)
            #expect((blocking?.first?["message"] as? String)?.contains("www.g40stedennetwerk.nl") == true)
        }
        #expect(harness.fileText("woningmarkt")?.contains("status: draft") == true)
        #expect(try harness.transitions().isEmpty)
    }

    @Test("only the coordinator approves or returns: 403 for the group's secretary, 404 for another group's")
    func permissions() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let other = TestBrowser(client: client)
            try await other.login(harness.otherSecretary)
            #expect(try await secretary.send(.post, Self.path + "/submit", json: [:]).status == .ok)
            for action in ["approve", "return"] {
                let own = try await secretary.send(.post, Self.path + "/" + action, json: ["comment": "Goed zo."])
                #expect(own.status == .forbidden, "\(action)")
                #expect(own.errorCode == "coordinator-only")
            }
            for action in ["submit", "approve", "return", "withdraw"] {
                let response = try await other.send(.post, Self.path + "/" + action, json: ["comment": "Nee."])
                #expect(response.status == .notFound, "\(action)")
            }
            let workflow = try await other.get(Self.path + "/workflow")
            #expect(workflow.status == .notFound)
            // A step is a change: without the CSRF token or from another site, it is refused.
            #expect(try await secretary.send(.post, Self.path + "/withdraw", json: [:], csrf: false).errorCode == "csrf")
            #expect(
                try await secretary.send(.post, Self.path + "/withdraw", json: [:], origin: "https://evil.example").errorCode
                    == "origin")
        }
        #expect(harness.fileText("woningmarkt")?.contains("status: submitted") == true)
        #expect(try harness.transitions().map(\.action) == [.submit])
    }

    @Test("no save moves a text to another group's place (the foreword's too) or year; a secretary keeps its chapter")
    func savesKeepTheTextInItsPlace() async throws {
        let harness = try PortalHarness()
        let before = harness.fileText("woningmarkt")
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let loaded = try await secretary.get(Self.path)
            let text = loaded.json["text"] as! String
            let moves: [(from: String, to: String, message: String)] = [
                (
                    "group: woningmarkt", "group: voorwoord",
                    "deze tekst hoort bij groep woningmarkt; zet `group: woningmarkt` terug in de kopgegevens en sla opnieuw op"
                ),
                (
                    "group: woningmarkt", "group: europa",
                    "deze tekst hoort bij groep woningmarkt; zet `group: woningmarkt` terug in de kopgegevens en sla opnieuw op"
                ),
                ("year: 2023", "year: 2024", "deze tekst hoort bij jaar 2023; zet `year: 2023` terug in de kopgegevens en sla opnieuw op"),
                (
                    "pillar: fysiek", "pillar: sociaal",
                    "het hoofdstuk van een tekst (`pillar` in de kopgegevens) bepaalt de coördinator; zet `pillar: fysiek` terug en sla opnieuw op"
                ),
            ]
            for move in moves {
                let moved = text.replacingOccurrences(of: move.from, with: move.to)
                #expect(moved != text)
                let response = try await secretary.send(.put, Self.path, json: ["text": moved, "baseVersion": loaded.json["version"]])
                #expect(response.status == .conflict, "\(move.to)")
                #expect(response.errorCode == "place-changed")
                #expect((response.json["error"] as? [String: Any])?["message"] as? String == move.message)
            }
            // The same text in its own place saves.
            let kept = try await secretary.send(
                .put, Self.path, json: ["text": text + "\nNog een zin.\n", "baseVersion": loaded.json["version"]])
            #expect(kept.status == .ok)
        }
        #expect(harness.fileText("woningmarkt") != before)
        #expect(harness.fileText("woningmarkt")?.contains("group: woningmarkt") == true)
        #expect(harness.fileText("voorwoord")?.contains("group: woningmarkt") != true)
    }

    @Test("a handed-in text is closed to its secretary until taken back; no save changes status; a restore keeps the state")
    func savesRespectTheState() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let loaded = try await secretary.get(Self.path)
            let text = loaded.json["text"] as! String
            let final = text.replacingOccurrences(of: "status: draft", with: "status: final")
            let sneaky = try await secretary.send(.put, Self.path, json: ["text": final, "baseVersion": loaded.json["version"]])
            #expect(sneaky.status == .conflict)
            #expect(sneaky.errorCode == "status-changed")

            let submitted = try await secretary.send(.post, Self.path + "/submit", json: [:])
            let closed = try await secretary.send(
                .put, Self.path, json: ["text": text + "\nNog een zin.\n", "baseVersion": submitted.json["version"]])
            #expect(closed.status == .conflict)
            #expect(closed.errorCode == "handed-in")
            #expect(
                (closed.json["error"] as? [String: Any])?["message"] as? String
                    == "deze tekst is ingeleverd; haal hem eerst terug (knop ‘Terughalen’) als u nog iets wilt wijzigen")

            let withdrawn = try await secretary.send(.post, Self.path + "/withdraw", json: [:])
            #expect(withdrawn.json["state"] as? String == "draft")
            let open = try await secretary.send(
                .put, Self.path, json: ["text": text + "\nNog een zin.\n", "baseVersion": withdrawn.json["version"]])
            #expect(open.status == .ok)
            // Handing in twice in a row is refused with the reason.
            _ = try await secretary.send(.post, Self.path + "/submit", json: [:])
            let again = try await secretary.send(.post, Self.path + "/submit", json: [:])
            #expect(again.status == .conflict)
            #expect(again.errorCode == "wrong-state")
        }
        #expect(try harness.transitions().map(\.action) == [.submit, .withdraw, .submit])
    }

    @Test("the coordinator returns a text with a comment; the secretary sees it, fixes, hands in again; the coordinator approves")
    func returnFixApprove() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let secretary = TestBrowser(client: client)
            try await secretary.login(harness.secretary)
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            _ = try await secretary.send(.post, Self.path + "/submit", json: [:])

            let noComment = try await coordinator.send(.post, Self.path + "/return", json: ["comment": "  "])
            #expect(noComment.status == .badRequest)
            #expect(noComment.errorCode == "comment-required")
            let returned = try await coordinator.send(
                .post, Self.path + "/return", json: ["comment": "Noem de woondeals bij naam."])
            #expect(returned.status == .ok)
            #expect(returned.json["state"] as? String == "returned")
            #expect(harness.fileText("woningmarkt")?.contains("status: draft") == true)

            let editor = try await secretary.get("/2023/woningmarkt")
            #expect(editor.text.contains("Noem de woondeals bij naam."))
            #expect(editor.text.contains("teruggestuurd"))
            let dashboard = try await coordinator.get("/2023")
            #expect(dashboard.text.contains("data-group=\"woningmarkt\" data-state=\"returned\""))

            let loaded = try await secretary.get(Self.path)
            #expect(loaded.json["state"] as? String == "returned")
            let fixed = (loaded.json["text"] as! String) + "\nDe woondeals van Noord-Brabant en Gelderland.\n"
            let saved = try await secretary.send(.put, Self.path, json: ["text": fixed, "baseVersion": loaded.json["version"]])
            #expect(saved.status == .ok)
            #expect(try await secretary.send(.post, Self.path + "/submit", json: [:]).json["state"] as? String == "submitted")

            let approved = try await coordinator.send(.post, Self.path + "/approve", json: [:])
            #expect(approved.status == .ok)
            #expect(approved.json["state"] as? String == "approved")
            let steps = (approved.json["transitions"] as? [[String: Any]])?.map { "\($0["action"]!) \($0["actor"]!)" }
            #expect(steps == ["approve Carla Coördinator", "submit Jan Jansen", "return Carla Coördinator", "submit Jan Jansen"])

            let history = try await secretary.get(Self.path + "/history").json["versions"] as? [[String: Any]]
            #expect(history?.prefix(4).map { $0["kind"] as? String } == ["approve", "submit", "save", "return"])
            let closed = try await secretary.send(.put, Self.path, json: ["text": fixed, "baseVersion": approved.json["version"]])
            #expect(closed.errorCode == "handed-in")
        }
        #expect(harness.fileText("woningmarkt")?.contains("status: final") == true)
        let audit = try harness.audit().filter { $0.groupID == "woningmarkt" }.map(\.action)
        #expect(audit.suffix(5) == ["submit", "return", "save", "submit", "approve"])
        #expect(try harness.audit().contains { $0.action == "return" && $0.detail?.hasSuffix(": Noem de woondeals bij naam.") == true })
    }

    @Test("approving checks for errors too, and returning a text that is only a draft is refused")
    func coordinatorSteps() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let coordinator = TestBrowser(client: client)
            try await coordinator.login(harness.coordinator)
            let draft = try await coordinator.send(.post, Self.path + "/return", json: ["comment": "Nog niet klaar."])
            #expect(draft.status == .conflict)
            #expect(draft.errorCode == "wrong-state")
            // The coordinator may approve a draft straight away (a text sent by e-mail, say).
            let approved = try await coordinator.send(.post, "/api/2023/fragments/europa/approve", json: [:])
            #expect(approved.json["state"] as? String == "approved")
            let stale = try await coordinator.send(.post, Self.path + "/approve", json: ["baseVersion": "0000"])
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "conflict")
        }
        #expect(harness.fileText("europa")?.contains("status: final") == true)
        #expect(harness.fileText("woningmarkt")?.contains("status: draft") == true)
    }
}

extension PortalHarness {
    func audit() throws -> [AuditEntry] {
        try portal.database.pool.read { db in try AuditEntry.order(Column("id")).fetchAll(db) }
    }

    func transitions() throws -> [Transition] {
        try portal.database.pool.read { db in try Transition.order(Column("id")).fetchAll(db) }
    }
}

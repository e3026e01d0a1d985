import Foundation
import GRDB
import NIOConcurrencyHelpers
import Testing

@testable import JaarverslagPortal

#if canImport(Glibc)
    import Glibc
#endif

/// The real executable: invitations from the command line, a clean stop on SIGTERM, and
/// no acknowledged save lost when the server is killed at any moment.
@Suite("Server process", .serialized)
struct ServerProcessTests {
    @Test("invite prints a full login link; revoke ends it; a wrong group gets a Dutch error with a suggestion")
    func inviteAndRevoke() async throws {
        let harness = try PortalHarness()
        let root = harness.root.path
        let invite = try ServerProcess.command([
            "invite", "woningmarkt", "--year", "2023", "--root", root, "--base-url", "https://jaarverslag.example.nl", "--name", "Jan",
        ])
        #expect(invite.status == 0)
        let link = invite.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(link.hasPrefix("https://jaarverslag.example.nl/login?token="))
        #expect(link.count == "https://jaarverslag.example.nl/login?token=".count + 43)
        #expect(!invite.err.contains("standaardadres") && !invite.err.contains("default address"), "\(invite.err)")
        // Without --base-url the link goes to the default address, and the command says so.
        let local = try ServerProcess.command(
            ["invite", "europa", "--year", "2023", "--root", root, "--valid-days", "1"], language: "nl_NL.UTF-8")
        #expect(local.status == 0)
        #expect(local.out.hasPrefix("http://127.0.0.1:8080/login?token="))
        #expect(local.err.contains(", 1 dag geldig."), "\(local.err)")
        #expect(local.err.contains("de link gebruikt het standaardadres http://127.0.0.1:8080; draait het portaal op een ander adres"))
        let wrong = try ServerProcess.command(["invite", "woningmark", "--year", "2023", "--root", root], language: "nl_NL.UTF-8")
        #expect(wrong.status == 2)
        #expect(wrong.err.hasPrefix("Fout: het manifest van 2023 kent geen groep `woningmark`; bedoelt u `woningmarkt`?"), "\(wrong.err)")
        #expect(!wrong.err.contains("Gebruik:"), "the arguments were right: no usage line, least of all the top command's")
        for arguments in [["invite", "woningmarkt", "--year", "2023", "--jaar"], ["invite", "woningmarkt"]] {
            let invalid = try ServerProcess.command(arguments + ["--root", root], language: "nl_NL.UTF-8")
            #expect(invalid.status == 2)
            #expect(invalid.err.contains("Gebruik: jaarverslag-portal invite [<group>]"), "Dutch frame too: \(invalid.err)")
        }
        // A mistyped --root is refused by every command before the database is made there.
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("leeg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        for arguments in [
            ["revoke", "woningmarkt", "--year", "2023"], ["invite", "--coordinator"], ["invitations"], ["serve", "--port", "0"],
        ] {
            let outside = try ServerProcess.command(arguments + ["--root", empty.path], language: "nl_NL.UTF-8")
            #expect(outside.status == 2, "\(arguments)")
            #expect(outside.err.hasPrefix("Fout: \(empty.path) is geen map van een jaarverslag"), "\(arguments): \(outside.err)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty, "\(arguments) made nothing")
        }
        let english = try ServerProcess.command(["invite", "woningmark", "--year", "2023", "--root", root], language: "C.UTF-8")
        #expect(english.err.hasPrefix("Error: the manifest of 2023 has no group `woningmark`"), "\(english.err)")
        // `--lang` as with `jaarverslag`: over the environment, for the messages and the frame.
        let dutch = try ServerProcess.command(
            ["invite", "woningmark", "--year", "2023", "--root", root, "--lang", "nl"], language: "C.UTF-8")
        #expect(dutch.err.hasPrefix("Fout: het manifest van 2023 kent geen groep `woningmark`"), "\(dutch.err)")
        let englishAsked = try ServerProcess.command(["revoke", "woningmarkt", "--jaar", "--lang=en"], language: "nl_NL.UTF-8")
        #expect(englishAsked.status == 2)
        #expect(englishAsked.err.hasPrefix("Error: "), "\(englishAsked.err)")
        let french = try ServerProcess.command(["invitations", "--root", root, "--lang", "fr"], language: "nl_NL.UTF-8")
        #expect(french.status == 2)
        #expect(french.err.hasPrefix("Fout: --lang is nl of en"), "\(french.err)")
        let missing = try ServerProcess.command([], language: "nl_NL.UTF-8")
        #expect(missing.out.contains("GEBRUIK: jaarverslag-portal <opdracht>"), "\(missing)")
        let coordinator = try ServerProcess.command(["invite", "--coordinator", "--root", root])
        #expect(coordinator.out.hasPrefix("http://127.0.0.1:8080/login?token="))
        let revoke = try ServerProcess.command(["revoke", "woningmarkt", "--year", "2023", "--root", root])
        #expect(revoke.status == 0)
        let token = String(link.split(separator: "=").last!)
        let invitations = try harness.portal.invitations.all()
        let revoked = invitations.filter { $0.revokedAt != nil }
        // The harness's own invitation and the one made on the command line.
        #expect(revoked.count == 2)
        #expect(try await harness.portal.invitations.login(token: token) == nil)
    }

    @Test("SIGTERM lets the request under way finish and stops the server cleanly")
    func gracefulStop() async throws {
        let harness = try PortalHarness()
        let port = ServerProcess.freePort()
        let server = try await ServerProcess(root: harness.root, port: port)
        let session = try await LiveSession.open(port: port, loginToken: harness.secretary)
        let version = try await session.get("/api/2023/fragments/woningmarkt").json["version"] as! String
        await session.close()
        let text = harness.fileText("woningmarkt")! + "\nVlak voor het stoppen.\n"
        let body = Array(try JSONSerialization.data(withJSONObject: ["text": text, "baseVersion": version]))
        // The request is under way when the signal comes: its head and half its body are sent.
        let connection = try RawConnection(port: port)
        try connection.send(
            Array(
                ("PUT /api/2023/fragments/woningmarkt HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(session.cookie)\r\n"
                    + "Origin: \(session.origin)\r\nX-CSRF-Token: \(session.csrf)\r\nContent-Type: application/json\r\n"
                    + "Content-Length: \(body.count)\r\n\r\n").utf8) + body[..<(body.count / 2)])
        try await Task.sleep(for: .milliseconds(300))
        server.signal(SIGTERM)
        try await Task.sleep(for: .milliseconds(300))
        try connection.send(Array(body[(body.count / 2)...]))
        let response = connection.receiveAll()
        #expect(response.hasPrefix("HTTP/1.1 200 OK"), "\(response.prefix(200))")
        #expect(harness.fileText("woningmarkt") == text)
        #expect(try await server.waitForExit(seconds: 15) == 0, "\(server.logText)")
        #expect(server.logText.contains("gestopt"))
        #expect(!ServerProcess.accepts(port: port))
    }

    @Test("killed with SIGKILL during a stream of saves, at six moments: every acknowledged save is on disk and in the history")
    func killDuringSaves() async throws {
        let harness = try PortalHarness()
        let group = "woningmarkt"
        let path = "/api/2023/fragments/\(group)"
        let base = harness.fileText(group)!
        var acknowledged: [(version: String, text: String)] = []
        let delays = [35, 80, 120, 170, 230, 300]
        for (round, delay) in delays.enumerated() {
            let port = ServerProcess.freePort()
            let server = try await ServerProcess(root: harness.root, port: port)
            let session = try await LiveSession.open(port: port, loginToken: harness.secretary)

            // What is on disk now is either the last acknowledged save or the one in flight
            // when the server died, and the file is whole.
            let current = try await session.get(path)
            #expect(current.status == 200)
            let onDisk = current.json["text"] as! String
            if let last = acknowledged.last {
                #expect(onDisk == last.text || onDisk.hasPrefix(base + "\nRonde \(round - 1),"), "round \(round)")
            }
            let history = try await session.get(path + "/history").json["versions"] as! [[String: Any]]
            let known = Set(history.compactMap { $0["version"] as? String })
            for save in acknowledged {
                #expect(known.contains(save.version), "round \(round): acknowledged \(save.version) is missing from the history")
            }

            let first = NIOLockedValueBox(false)
            let stream = Task { () -> [(version: String, text: String)] in
                var acked: [(String, String)] = []
                var version = current.json["version"] as! String
                for index in 0..<10_000 {
                    let text = base + "\nRonde \(round), versie \(index).\n"
                    guard let response = try? await session.put(path, json: ["text": text, "baseVersion": version]), response.status == 200
                    else { break }
                    version = response.json["version"] as! String
                    acked.append((version, text))
                    first.withLockedValue { $0 = true }
                }
                return acked
            }
            // The moment of the kill is counted from the first acknowledged save of the round.
            let deadline = Date().addingTimeInterval(20)
            while !first.withLockedValue({ $0 }) && Date() < deadline { try await Task.sleep(for: .milliseconds(2)) }
            try await Task.sleep(for: .milliseconds(delay))
            server.signal(SIGKILL)
            let acked = await stream.value
            await session.close()
            #expect(try await server.waitForExit(seconds: 10) != nil)
            #expect(!acked.isEmpty, "round \(round): no save was acknowledged before the kill")
            acknowledged += acked
        }
        // After the last kill: start once more and check everything.
        let port = ServerProcess.freePort()
        let server = try await ServerProcess(root: harness.root, port: port)
        let session = try await LiveSession.open(port: port, loginToken: harness.secretary)
        let history = try await session.get(path + "/history").json["versions"] as! [[String: Any]]
        let known = Set(history.compactMap { $0["version"] as? String })
        for save in acknowledged { #expect(known.contains(save.version)) }
        let text = try #require(harness.fileText(group))
        #expect(text == acknowledged.last!.text || text.hasPrefix(base + "\nRonde \(delays.count - 1),"))
        await session.close()
        server.signal(SIGTERM)
        #expect(try await server.waitForExit(seconds: 15) == 0)
        let queue = try DatabaseQueue(path: PortalDatabase.location(root: harness.root).path)
        #expect(try await queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        print("kill test: \(acknowledged.count) acknowledged saves over \(delays.count) kills, none lost")
    }
}

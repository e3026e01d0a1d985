import AsyncHTTPClient
import Foundation
import JaarverslagKit

/// `jaarverslag-bench load`: the release `jaarverslag-portal` on loopback, on a copy of 2023
/// with every text a draft, and 20 secretaries (each signed in with their own link, each on
/// their own group) editing for 60 s the way the editor's script does: the text changes, the
/// live check and preview follow 400 ms later (the script's debounce), and every fifth preview
/// the text is saved. The secretaries start spread over one 400 ms interval, as people do not
/// type in step. The coordinator reloads the dashboard once a second meanwhile.
///
/// Afterwards the server is stopped (SIGTERM) and started again, and every save the server
/// acknowledged must be in its group's history, the last one also on disk: no lost saves.
struct PortalLoad {
    var seconds: Double = 60
    var secretaries = 20
    var previewInterval: Duration = .milliseconds(400)
    var savesEvery = 5
    var dashboardInterval: Duration = .seconds(1)
    /// All secretaries start at the same moment and stay in step: twenty previews arrive in
    /// the same millisecond every 400 ms, and twenty saves every two seconds. A stress case,
    /// not how people type.
    var inStep = false

    struct Outcome {
        var previews: [Double] = []
        var saves: [Double] = []
        var dashboards: [Double] = []
        var errors: [String] = []
        var acknowledged: [String: [String]] = [:]
        var lastText: [String: String] = [:]
    }

    func run(portal: String, repository: URL, results: Results) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jaarverslag-load-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.prepare(root: root, from: repository)
        let groups = try Self.groups(root: root).prefix(secretaries)
        guard groups.count == secretaries else {
            throw BenchmarkError("2023 has only \(groups.count) groups for \(secretaries) secretaries")
        }
        let port = 18_000 + Int(getpid() % 1000)
        let base = "http://127.0.0.1:\(port)"
        func invite(_ arguments: [String]) throws -> String {
            let output = root.appendingPathComponent("link.txt").path
            let run = Processes.run(portal, ["invite"] + arguments + ["--root", root.path, "--base-url", base], stdoutTo: output)
            guard run.status == 0 else { throw BenchmarkError("invite \(arguments) failed") }
            return try String(contentsOfFile: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let links = try groups.map { try invite([$0, "--year", "2023", "--name", "Secretaris \($0)"]) }
        let coordinatorLink = try invite(["--coordinator", "--name", "Coördinator"])

        let log = root.appendingPathComponent("server.log")
        try await Client.withHTTPClient(people: secretaries + 1) { http in
            var server = try Server.start(portal, root: root, port: port, log: log)
            let clients = try await withThrowingTaskGroup(of: Client.self) { group in
                for link in links { group.addTask { try await Client.signIn(link, base: base, http: http) } }
                var all: [Client] = []
                for try await client in group { all.append(client) }
                return all
            }
            let coordinator = try await Client.signIn(coordinatorLink, base: base, http: http)

            let end = ContinuousClock.now + .seconds(seconds)
            let outcome = try await withThrowingTaskGroup(of: Outcome.self) { group in
                for (index, client) in clients.enumerated() {
                    // People do not type in step: each secretary starts a little later than the one
                    // before, spread over one preview interval, so the same load arrives evenly
                    // rather than as twenty requests in the same millisecond every 400 ms.
                    let start = ContinuousClock.now + (inStep ? .zero : previewInterval * (Double(index) / Double(clients.count)))
                    group.addTask { try await self.edit(client, from: start, until: end) }
                }
                group.addTask { try await self.dashboard(coordinator, until: end) }
                var total = Outcome()
                for try await part in group {
                    total.previews += part.previews
                    total.saves += part.saves
                    total.dashboards += part.dashboards
                    total.errors += part.errors
                    total.acknowledged.merge(part.acknowledged) { $0 + $1 }
                    total.lastText.merge(part.lastText) { $1 }
                }
                return total
            }
            let peak = server.peakMegabytes()
            try server.stop()

            // Started again: every acknowledged save is in the history, the last one on disk.
            server = try Server.start(portal, root: root, port: port)
            var lost = 0
            for client in clients {
                let history = try await client.json("GET", "/api/2023/fragments/\(client.group)/history")
                let versions = Set(((history.body["versions"] as? [[String: Any]]) ?? []).compactMap { $0["version"] as? String })
                lost += (outcome.acknowledged[client.group] ?? []).filter { !versions.contains($0) }.count
                let onDisk = try String(contentsOf: root.appendingPathComponent("fragments/2023/\(client.group).md"), encoding: .utf8)
                if let last = outcome.lastText[client.group], last != onDisk { lost += 1 }
            }
            try server.stop()

            let saves = outcome.acknowledged.values.map(\.count).reduce(0, +)
            let label = "\(secretaries) secretaries\(inStep ? " in step" : "") for \(Int(seconds)) s"
            results.record(
                "portal load, \(label): preview of one section", Self.percentiles(outcome.previews),
                "\(outcome.previews.count) previews" + (inStep ? "; stress case, no target" : "; target p99 < 20 ms"))
            results.record(
                "portal load, \(label): save", Self.percentiles(outcome.saves),
                "\(outcome.saves.count) saves" + (inStep ? "; stress case, no target" : "; target p99 < 50 ms"))
            results.record(
                "portal load, \(label): coordinator's dashboard", Self.percentiles(outcome.dashboards),
                "\(outcome.dashboards.count) loads" + (inStep ? "; stress case, no target" : "; target p99 < 50 ms"))
            results.record(
                "portal load, \(label): errors and lost saves", "\(outcome.errors.count) errors, \(lost) lost",
                "\(saves) saves acknowledged, each found in the history after a restart"
                    + (outcome.errors.isEmpty ? "" : "; first error: \(outcome.errors[0])"))
            results.record("portal load, \(label): server peak memory", String(format: "%.0f MB", peak), "VmHWM; target < 150 MB")
            // The same requests timed inside the server (its request log): what the client's own
            // overhead adds, on the same two cores, is the difference.
            let inside = try Self.serverTimes(log)
            for (name, request) in [
                ("preview", "POST /api/2023/preview"), ("save", "PUT /api/2023/fragments/"), ("dashboard", "GET /2023 "),
            ] {
                results.record(
                    "portal load, \(label): \(name), time inside the server", Self.percentiles(inside[request] ?? []),
                    "from the server's request log")
            }
        }
    }

    /// The server's own time per request, in seconds, by the start of its log line's request
    /// (`POST /api/2023/preview`, `PUT /api/2023/fragments/`, `GET /2023 `).
    static func serverTimes(_ log: URL) throws -> [String: [Double]] {
        var times: [String: [Double]] = [:]
        let kinds = ["POST /api/2023/preview", "PUT /api/2023/fragments/", "GET /2023 "]
        for line in try String(contentsOf: log, encoding: .utf8).split(separator: "\n") {
            guard let kind = kinds.first(where: { line.contains("] " + $0) }),
                let milliseconds = line.split(separator: " ").dropLast().last.flatMap({ Double($0) })
            else { continue }
            times[kind, default: []].append(milliseconds / 1000)
        }
        return times
    }

    /// One secretary: change the text, preview it, and every few previews save it.
    func edit(_ client: Client, from start: ContinuousClock.Instant, until end: ContinuousClock.Instant) async throws -> Outcome {
        try await Task.sleep(until: start, clock: .continuous)
        var outcome = Outcome()
        let loaded = try await client.json("GET", "/api/2023/fragments/\(client.group)")
        guard loaded.status == 200, var text = loaded.body["text"] as? String, var version = loaded.body["version"] as? String else {
            return Outcome(errors: ["load \(client.group): \(loaded.status)"])
        }
        var round = 0
        while ContinuousClock.now < end {
            let next = ContinuousClock.now + previewInterval
            round += 1
            text += round % 3 == 0 ? "\n\nEen nieuwe alinea, \(round)." : " Zin \(round) van de secretaris."
            let preview = try await client.json("POST", "/api/2023/preview", ["group": client.group, "text": text])
            outcome.previews.append(preview.seconds)
            if preview.status != 200 { outcome.errors.append("preview \(client.group): \(preview.status) \(Self.reason(preview))") }
            if round % savesEvery == 0 {
                let save = try await client.json("PUT", "/api/2023/fragments/\(client.group)", ["text": text, "baseVersion": version])
                outcome.saves.append(save.seconds)
                if save.status == 200, let saved = save.body["version"] as? String {
                    version = saved
                    outcome.acknowledged[client.group, default: []].append(saved)
                    outcome.lastText[client.group] = text
                } else {
                    outcome.errors.append("save \(client.group): \(save.status) \(Self.reason(save))")
                }
            }
            try await Task.sleep(until: next, clock: .continuous)
        }
        return outcome
    }

    func dashboard(_ client: Client, until end: ContinuousClock.Instant) async throws -> Outcome {
        var outcome = Outcome()
        while ContinuousClock.now < end {
            let next = ContinuousClock.now + dashboardInterval
            let page = try await client.request("GET", "/2023")
            outcome.dashboards.append(page.seconds)
            if page.status != 200 { outcome.errors.append("dashboard: \(page.status) \(Self.reason(page))") }
            try await Task.sleep(until: next, clock: .continuous)
        }
        return outcome
    }

    /// 2023's manifest and fragments, every text a draft (a secretary edits only a draft).
    static func prepare(root: URL, from repository: URL) throws {
        for folder in ["fragments/2023", "reports/2023"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder).deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("reports/2023").path)
        where name != "report.yaml" {
            try FileManager.default.removeItem(at: root.appendingPathComponent("reports/2023/\(name)"))
        }
        let fragments = root.appendingPathComponent("fragments/2023")
        for name in try FileManager.default.contentsOfDirectory(atPath: fragments.path) where name.hasSuffix(".md") {
            let url = fragments.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "status: final", with: "status: draft").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static func groups(root: URL) throws -> [String] {
        guard let manifest = ManifestLoader.load(year: 2023, from: Workspace(root: root)).0 else {
            throw BenchmarkError("the 2023 manifest does not load")
        }
        return manifest.expectedGroups.map(\.group.value)
    }

    static func reason(_ answer: Client.Answer) -> String {
        String(decoding: answer.data.prefix(200), as: UTF8.self)
    }

    /// `p50 a ms, p99 b ms, max c ms`
    static func percentiles(_ samples: [Double]) -> String {
        guard !samples.isEmpty else { return "no samples" }
        let sorted = samples.sorted()
        func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.up)) - 1)] * 1000 }
        return String(format: "p50 %.1f ms, p99 %.1f ms, max %.1f ms", at(0.5), at(0.99), sorted.last! * 1000)
    }
}

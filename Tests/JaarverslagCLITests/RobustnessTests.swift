import Foundation
import Testing

@Suite struct RobustnessTests {
    /// A year big enough that a build takes a while, so it can be killed halfway.
    func largeRepository(fragments count: Int) throws -> URL {
        var fragments: [String: String] = [:]
        let paragraph = String(repeating: "De themagroep sprak over wonen, werk en zorg in de steden van het netwerk. ", count: 12)
        for index in 0..<count {
            fragments["g\(index).md"] = CLI.fragment(
                group: "g\(index)", body: (0..<4).map { _ in paragraph }.joined(separator: "\n\n") + "\n\n- een\n- twee\n")
        }
        let manifest = CLI.manifest(groups: (0..<count).map { "g\($0)" }, cities: ["Delft"])
        let root = try CLI.scratchRepository(manifest: manifest, fragments: fragments)
        return root
    }

    @Test func aKilledBuildLeavesThePreviousOutputsIntact() throws {
        let root = try largeRepository(fragments: 1_500)
        defer { try? FileManager.default.removeItem(at: root) }
        let reports = root.appendingPathComponent("reports/2099")
        #expect(try CLI.run(["build", "2099", "--root", root.path, "--no-validate"]).status == 0)
        let names = ["jaarverslag-2099.xml", "jaarverslag-2099.txt", "jaarverslag-2099.html"]
        let old = try names.map { try Data(contentsOf: reports.appendingPathComponent($0)) }
        try CLI.fragment(group: "g0", body: "Nieuwe tekst.").write(
            to: root.appendingPathComponent("fragments/2099/g0.md"), atomically: true, encoding: .utf8)
        let newDirectory = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: newDirectory) }
        let started = Date()
        #expect(try CLI.run(["build", "2099", "--root", root.path, "--no-validate", "--output-dir", newDirectory.path]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = try names.map { try Data(contentsOf: newDirectory.appendingPathComponent($0)) }

        var sawOld = false
        var sawNew = false
        // The kills are spread over the whole length of a build, and past its end: some must land
        // before the outputs are replaced and some after, or the test did not cover the build.
        for fraction in [0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.5, 2.5] {
            let delay = Int(fraction * duration * 1000)
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["build", "2099", "--root", root.path, "--no-validate"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double(delay) / 1000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for (index, name) in names.enumerated() {
                let now = try Data(contentsOf: reports.appendingPathComponent(name))
                #expect(now == old[index] || now == new[index], "\(name) is damaged after a kill at \(delay) ms")
                if now == old[index] { sawOld = true } else { sawNew = true }
            }
        }
        #expect(sawOld, "no kill landed before the outputs were replaced; make the year larger")
        #expect(sawNew, "no kill landed after the outputs were replaced; the delays do not span the build")
        // Whatever was killed, the next build completes and clears away temporary files.
        #expect(try CLI.run(["build", "2099", "--root", root.path, "--no-validate"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted() == names.sorted() + ["report.yaml"])
    }

    @Test func directoryOrderTimeZoneAndLocaleDoNotChangeTheBytes() throws {
        let source = CLI.packageRoot.appendingPathComponent("fragments/2023")
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        var outputs: [[Data]] = []
        for (order, environment) in [
            (names, ["TZ": "Pacific/Kiritimati", "LANG": "nl_NL.UTF-8"]),
            (names.reversed(), ["TZ": "America/Anchorage", "LC_ALL": "tr_TR.UTF-8"]),
        ] {
            let root = CLI.temporaryDirectory("order")
            defer { try? FileManager.default.removeItem(at: root) }
            try FileManager.default.createDirectory(at: root.appendingPathComponent("fragments/2023"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("reports/2023"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: CLI.packageRoot.appendingPathComponent("reports/2023/report.yaml"),
                to: root.appendingPathComponent("reports/2023/report.yaml"))
            for name in order {
                try FileManager.default.copyItem(
                    at: source.appendingPathComponent(name), to: root.appendingPathComponent("fragments/2023/\(name)"))
            }
            #expect(try CLI.run(["build", "2023", "--root", root.path], environment: environment).status == 0)
            outputs.append(
                try ["xml", "txt"].map { try Data(contentsOf: root.appendingPathComponent("reports/2023/jaarverslag-2023.\($0)")) })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0][0] == (try Data(contentsOf: CLI.packageRoot.appendingPathComponent("reports/2023/jaarverslag-2023.xml"))))
    }
}

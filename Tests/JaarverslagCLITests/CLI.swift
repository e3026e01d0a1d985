import Foundation
import TemporaryFolders

/// Runs the built `jaarverslag` executable the way a user does, and captures what it says.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's place in `Tests/JaarverslagCLITests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The debug build next to the tests, or the program `JAARVERSLAG_EXECUTABLE` names:
    /// `.ci/run` runs this suite once more against the release build (Scripts/build-release.sh).
    static var executable: URL {
        if let named = ProcessInfo.processInfo.environment["JAARVERSLAG_EXECUTABLE"], !named.isEmpty {
            return URL(fileURLWithPath: named)
        }
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("jaarverslag"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("jaarverslag"),
            packageRoot.appendingPathComponent(".build/debug/jaarverslag"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    @discardableResult
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:], executable: URL = CLI.executable
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "en_US.UTF-8"
        env["LC_ALL"] = nil
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are drained at once: a child that fills one while we wait on the other would hang.
        let errBox = DataBox()
        let reader = Thread {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile(); errBox.done.signal()
        }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errBox.done.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new folder in the temporary directory, removed when the tests exit.
    static func temporaryDirectory(_ name: String = "jaarverslag") -> URL {
        TemporaryFolders.make(name)
    }

    /// A copy of a small repository (manifest + fragments) for tests that break things.
    static func scratchRepository(year: Int = 2099, manifest: String, fragments: [String: String]) throws -> URL {
        let root = temporaryDirectory("repo")
        let reports = root.appendingPathComponent("reports/\(year)")
        let fragmentsDirectory = root.appendingPathComponent("fragments/\(year)")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: fragmentsDirectory, withIntermediateDirectories: true)
        try manifest.write(to: reports.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in fragments {
            try text.write(to: fragmentsDirectory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root
    }

    /// A manifest for 2099 with one chapter, `sociaal`, expecting `groups`.
    static func manifest(groups: [String], cities: [String] = ["Delft", "Ede"]) -> String {
        """
        year: 2099
        title: Jaarverslag 2099
        network: {name: G40 Stedennetwerk, short: G40}
        chapters:
          - id: sociaal
            title: Pijler Sociaal
            groups: [\(groups.joined(separator: ", "))]
        members:
          title: Leden
          cities: [\(cities.joined(separator: ", "))]
        """
    }

    static let smallManifest = manifest(groups: ["armoede", "wonen"])

    static func fragment(group: String, pillar: String = "sociaal", body: String = "Tekst.") -> String {
        "---\nyear: 2099\npillar: \(pillar)\ngroup: \(group)\ntitle: Titel van \(group)\n---\n\(body)\n"
    }
}

/// The bytes read from a child's stderr on another thread. `@unchecked Sendable` is safe:
/// `data` is written once before `done` is signalled and read only after waiting for it.
final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

import Foundation

/// Programs the tests run next to `jaarverslag`: WeasyPrint, poppler's PDF tools, the Nu HTML
/// Checker, pandoc and xsltproc. `.ci/run` installs them all; a suite whose tool is missing
/// is reported as skipped, which counts as not run.
enum Tool {
    static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `name` with `arguments`, and returns what it printed.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        guard let path = path(name) else { throw Missing(name: name) }
        let result = try CLI.run(arguments, environment: environment, executable: URL(fileURLWithPath: path))
        return Output(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed" }
    }
}

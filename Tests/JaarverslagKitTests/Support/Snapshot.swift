import Foundation
import Testing

/// Generated text that is committed (a snapshot, a generated table, a derived schema) and
/// checked: the test fails when the committed file differs from what is generated now.
///
/// With `JAARVERSLAG_RECORD=1` the file is written and the test still fails, saying so: record
/// mode can never make a test pass by construction.
enum Snapshot {
    /// The package root, from this file's place in `Tests/JaarverslagKitTests/Support/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var recording: Bool { ProcessInfo.processInfo.environment["JAARVERSLAG_RECORD"] == "1" }

    /// Compares the whole file at `path` (relative to the package root) with `generated`.
    static func expect(_ generated: String, matches path: String, rerun: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = packageRoot.appendingPathComponent(path)
        if recording {
            try Data(generated.utf8).write(to: url)
            Issue.record("recorded \(path); run again without JAARVERSLAG_RECORD", sourceLocation: sourceLocation)
            return
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "\(path) is stale; run `JAARVERSLAG_RECORD=1 \(rerun)`", sourceLocation: sourceLocation)
    }

    /// Compares the part of the file at `path` between `begin` and `end` marker lines.
    static func expect(
        _ generated: String, matchesSectionOf path: String, between begin: String, and end: String, rerun: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = packageRoot.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let start = text.range(of: begin + "\n"), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else {
            Issue.record("\(path) has no section between `\(begin)` and `\(end)`", sourceLocation: sourceLocation)
            return
        }
        if recording {
            try Data((text[..<start.upperBound] + generated + text[stop.lowerBound...]).utf8).write(to: url)
            Issue.record("recorded the section of \(path); run again without JAARVERSLAG_RECORD", sourceLocation: sourceLocation)
            return
        }
        #expect(
            String(text[start.upperBound..<stop.lowerBound]) == generated,
            "the generated section of \(path) is stale; run `JAARVERSLAG_RECORD=1 \(rerun)`", sourceLocation: sourceLocation)
    }
}

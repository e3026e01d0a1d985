import Foundation
import Testing

/// The DocBook output must be readable by the standard tools, pandoc among them. Runs where
/// pandoc is installed (`apt-get install pandoc`); reported as skipped elsewhere.
@Suite(.enabled(if: Pandoc.path != nil, "pandoc is not installed"))
struct PandocTests {
    @Test(arguments: [2014, 2023])
    func pandocReadsTheReport(year: Int) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Pandoc.path!)
        process.arguments = [
            "-f", "docbook", "-t", "plain", CLI.packageRoot.appendingPathComponent("reports/\(year)/jaarverslag-\(year).xml").path,
        ]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings.isEmpty, "pandoc said: \(warnings)")
        #expect(text.contains(year == 2014 ? "Werkgroep Europa" : "Paul Depla, voorzitter G40 Stedennetwerk"))
    }
}

enum Pandoc {
    static let path = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

import Foundation
import Testing

/// The compiled real reports are committed under `reports/<year>/`. Rebuilding them must give
/// the same bytes; a change to the compiler shows up as a diff of these files.
@Suite struct GoldenReportTests {
    @Test(arguments: [2014, 2023])
    func rebuildingGivesTheCommittedBytes(year: Int) throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["build", String(year), "--output-dir", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        for ext in ["xml", "txt", "html"] {
            let name = "jaarverslag-\(year).\(ext)"
            let committed = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("reports/\(year)/\(name)"))
            let rebuilt = try Data(contentsOf: output.appendingPathComponent(name))
            #expect(
                committed == rebuilt, "reports/\(year)/\(name) is not what the compiler builds; run `jaarverslag build \(year)` and commit")
        }
    }
}

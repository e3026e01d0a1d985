import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func theRealYearsAreClean() throws {
        for year in ["2014", "2023"] {
            let result = try CLI.run(["check", year])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(result.stdout.hasSuffix("checked: 0 errors, 0 warnings\n"))
        }
    }

    @Test func reportsEveryProblemAtOnceWithLocations() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": "---\nyear: 2099\npilar: sociaal\ngroup: armoede\ntitle: Armoede\n---\nTekst.\n",
                "wonen.md": CLI.fragment(group: "wonen", body: "Zie <b>dit</b> en [site](www.g40.nl)."),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--root", root.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("fragments/2099/armoede.md:3:1: error: unknown field `pilar`; did you mean `pillar`? [unknown-field]"))
        #expect(result.stderr.contains("    pilar: sociaal\n    ^\n"))
        #expect(result.stderr.contains("fragments/2099/wonen.md:7:5: error: HTML is not supported [unsupported-markdown]"))
        #expect(result.stderr.contains("fragments/2099/wonen.md:7:26: error: `www.g40.nl` is not a complete web address [invalid-url]"))
        #expect(!result.stderr.contains("[missing-field]"))
        #expect(result.stdout == "2 fragments checked: 3 errors, 0 warnings\n")
    }

    @Test func missingGroupIsAWarningAndExitsZero() throws {
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("waarschuwing: er is nog geen fragment voor de groep `wonen` (hoofdstuk `sociaal`) [missing-group]"))
        #expect(result.stdout == "1 fragment gecontroleerd: 0 fouten, 1 waarschuwing\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let unknownYear = try CLI.run(["check", "1999"])
        #expect(unknownYear.status == 2)
        #expect(unknownYear.stderr.contains("no manifest for 1999"))
        #expect(unknownYear.stderr.contains("known years: 2014, 2023"))
        #expect(try CLI.run(["check", "2023", "--bogus"]).status == 2)
        #expect(try CLI.run(["check"]).status == 2)
        #expect(try CLI.run(["check", "2023", "--lang", "fr"]).status == 2)
    }

    @Test func aMalformedManifestIsAUsageError() throws {
        let root = try CLI.scratchRepository(manifest: "year: [2099\n", fragments: [:])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--root", root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("reports/2099/report.yaml:"))
    }

    @Test func helpExitsZero() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("check"))
        #expect(result.stdout.contains("build"))
    }
}

import Foundation
import Testing

@Suite struct WorkflowCommandTests {
    @Test func checkSpeaksJSONAndGitHub() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede", body: "Twee  spaties."),
                "wonen.md": CLI.fragment(group: "wonen", body: "[site](www.g40.nl)"),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let json = try CLI.run(["check", "2099", "--root", root.path, "--format", "json"])
        #expect(json.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(document?["errors"] as? Int == 1)
        #expect(document?["warnings"] as? Int == 1)
        let github = try CLI.run(["check", "2099", "--root", root.path, "--format", "github", "--lang", "nl"])
        #expect(
            github.stdout.contains(
                "::warning file=fragments/2099/armoede.md,line=7,col=5,title=double-space::twee of meer spaties achter elkaar"))
        #expect(github.stdout.contains("::error file=fragments/2099/wonen.md,line=7,col=8,title=invalid-url::"))
    }

    @Test func checkFixRepairsWhatIsSafeAndSaysWhat() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": CLI.fragment(
                    group: "armoede", body: "Twee  spaties en [a](https://x.nl/a) https://x.nl/a en de ‘Agenda’ van 's-Hertogenbosch."),
                "wonen.md": CLI.fragment(group: "wonen"),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--root", root.path, "--fix"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("fixed: fragments/2099/armoede.md:7:5: `Twee  spaties` → `Twee spaties` [double-space]"))
        #expect(
            result.stdout.contains(
                "fixed: fragments/2099/armoede.md:7:18: `[a](https://x.nl/a) https://x.nl/a` → `[a](https://x.nl/a)` [duplicate-link]"))
        #expect(result.stdout.contains("2 changes in 1 file\n"))
        #expect(result.stderr.contains("[mixed-quotes]"), "the ambiguous quotes are reported, not changed")
        let text = try String(contentsOf: root.appendingPathComponent("fragments/2099/armoede.md"), encoding: .utf8)
        #expect(text.contains("Twee spaties en [a](https://x.nl/a) en de ‘Agenda’ van 's-Hertogenbosch."))
    }

    @Test func newAndStatus() throws {
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try CLI.run(["new", "wonen", "--year", "2099", "--root", root.path, "--lang", "nl"])
        #expect(created.status == 0)
        #expect(created.stdout == "geschreven: fragments/2099/wonen.md (nieuwe groep; vul de kopgegevens aan)\n")
        #expect(try CLI.run(["new", "wonen", "--year", "2099", "--root", root.path]).status == 1)
        #expect(try CLI.run(["new", "Wonen!", "--year", "2099", "--root", root.path]).status == 2)
        let status = try CLI.run(["status", "2099", "--root", root.path, "--final"])
        #expect(status.status == 1)
        #expect(status.stdout.contains("armoede  final"))
        #expect(status.stdout.contains("wonen    error       2 errors, 0 warnings, 11 words"), "a new fragment is in error until filled in")
        let json = try CLI.run(["status", "2099", "--root", root.path, "--format", "json"])
        #expect(json.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((document?["totals"] as? [String: Int])?["error"] == 1)
    }

    @Test func theRealYearsAreFinal() throws {
        #expect(try CLI.run(["status", "2023", "--final"]).status == 0)
        #expect(try CLI.run(["status", "2014", "--final"]).status == 0)
    }

    @Test func helpInBothLanguages() throws {
        let dutch = try CLI.run(["check", "--help"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stdout.contains("Controleer alle fragmenten van een jaar"))
        let english = try CLI.run(["check", "--help", "--lang", "en"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(english.stdout.contains("Check every fragment of a year"))
        let messages = try CLI.run(["check", "1999"], environment: ["LC_ALL": "nl_NL.UTF-8"])
        #expect(messages.stderr.contains("geen manifest voor 1999"))
    }
}

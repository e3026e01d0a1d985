import Foundation
import Testing

/// `status` tells the truth: a fragment that is there but has errors is `fout`, never missing,
/// and `check` never asks for a file that exists.
@Suite struct StatusCommandTests {
    func repository() throws -> URL {
        try CLI.scratchRepository(
            manifest: CLI.manifest(groups: ["armoede", "wonen", "zorg", "werk"]),
            fragments: [
                // Broken YAML: the file cannot be loaded at all.
                "armoede.md": "---\nyear: 2099\npillar: sociaal\ngroup: armoede\ntitle: [Armoede\n---\nTekst.\n",
                "wonen.md": "---\nyear: 2099\npillar: sociaal\ngroup: wonen\ntitle: Wonen\nstatus: concept\n---\nTwee  spaties  hier.\n",
                "zorg.md":
                    "---\nyear: 2099\npillar: sociaal\ngroup: zorg\ntitle: Zorg\nstatus: definitief\n---\nDe zorg in 2098, net als toen.\n",
            ])
    }

    @Test func aFragmentWithErrorsIsShownAsAnErrorInDutch() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["status", "2099", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                Jaarverslag 2099: stand van zaken

                Pijler Sociaal
                  armoede  fout        1 fout, 0 waarschuwingen, 1 woord
                    fragments/2099/armoede.md:5:8: dit is geen geldige YAML: een lijst tussen [ en ] is niet goed afgesloten [yaml-syntax]
                  wonen    concept     0 fouten, 1 waarschuwing, 3 woorden
                  zorg     definitief  0 fouten, 1 waarschuwing, 7 woorden
                    fragments/2099/zorg.md:8:1: dit fragment is definitief, maar noemt 2098 en nergens 2099; is de tekst van vorig jaar bijgewerkt? [last-years-text]
                  werk     ontbreekt

                Totaal: 4 groepen: 1 definitief, 1 concept, 1 met fouten, 1 ontbreekt; 1 fout, 2 waarschuwingen; 11 woorden

                """)
        #expect(try CLI.run(["status", "2099", "--final", "--root", root.path]).status == 1)
    }

    @Test func inEnglishToo() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["status", "2099", "--root", root.path, "--lang", "en"])
        #expect(result.stdout.contains("  armoede  error       1 error, 0 warnings, 1 word\n"))
        #expect(result.stdout.contains("  zorg     final       0 errors, 1 warning, 7 words\n"))
        #expect(result.stdout.contains("Total: 4 groups: 1 final, 1 draft, 1 in error, 1 missing; 1 error, 2 warnings; 11 words"))
        let json = try CLI.run(["status", "2099", "--root", root.path, "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((document?["totals"] as? [String: Int])?["error"] == 1)
    }

    /// An error in no fragment (a Word document in the fragments folder) is counted in the total,
    /// so it is also shown: the coordinator can find every error the total counts.
    @Test func anErrorOutsideTheFragmentsIsShownWhereItIsCounted() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("PK".utf8).write(to: root.appendingPathComponent("fragments/2099/werk.docx"))
        let dutch = try CLI.run(["status", "2099", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stdout.contains(
                """
                  werk     ontbreekt

                Buiten de fragmenten
                  fragments/2099/werk.docx: fout: `werk.docx` is een Word-document; jaarverslag leest alleen fragmenten (.md) [unknown-file]
                      oplossing: zet het document buiten fragments/ en maak er het fragment van met `jaarverslag import <document> --group <groep> --year 2099`, dat het meteen controleert, of laat de secretaris het in het portaal inlezen met ‘Word-bestand invoegen’

                Totaal: 4 groepen: 1 definitief, 1 concept, 1 met fouten, 1 ontbreekt; 2 fouten, 2 waarschuwingen; 11 woorden
                """), "\(dutch.stdout)")
        let english = try CLI.run(["status", "2099", "--root", root.path, "--lang", "en"])
        #expect(
            english.stdout.contains(
                "Outside the fragments\n  fragments/2099/werk.docx: error: `werk.docx` is a Word document; jaarverslag reads fragments (.md) only [unknown-file]\n"
            ), "\(english.stdout)")
        let json = try CLI.run(["status", "2099", "--root", root.path, "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let elsewhere = try #require(document?["elsewhere"] as? [[String: Any]])
        #expect(elsewhere.map { $0["severity"] as? String } == ["error"])
        // The advice travels with it: no editor shows a finding that is in no group's text.
        #expect((elsewhere.first?["fix"] as? [String: Any])?["nl"] as? String != nil, "\(elsewhere)")
    }

    /// `wonen.md` with a typo in `group:` is shown once, under the group its name gives, and
    /// the fix points at the typo, not at the file name.
    @Test func aTypoInTheGroupIsShownOnceAndPointedAt() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.manifest(groups: ["armoede", "wonen"]),
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede"),
                "wonen.md": CLI.fragment(group: "wonne", body: "De aanpak van het wonen."),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let status = try CLI.run(["status", "2099", "--root", root.path, "--lang", "nl"])
        #expect(status.stdout.contains("  wonen    definitief  0 fouten, 2 waarschuwingen, 5 woorden\n"), "\(status.stdout)")
        #expect(!status.stdout.contains("wonne"), "\(status.stdout)")
        #expect(status.stdout.contains("Totaal: 2 groepen: 2 definitief, 0 concept, 0 ontbreken; 0 fouten, 2 waarschuwingen; 6 woorden"))
        let dutch = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(dutch.stderr.contains("oplossing: zet `group: wonen`: die groep verwacht het manifest, de andere niet"), "\(dutch.stderr)")
        let english = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("fix: write `group: wonen`: the manifest expects that group, not the other"))
        #expect(!english.stderr.contains("hand in fragments/2099/wonen.md"))
    }

    @Test func checkNeverAsksForAFileThatExists() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        for language in ["nl", "en"] {
            let result = try CLI.run(["check", "2099", "--root", root.path, "--lang", language])
            #expect(!result.stderr.contains("armoede.md in"), "armoede.md is there; its error says what is wrong")
            #expect(!result.stderr.contains("hand in fragments/2099/armoede.md"))
            #expect(result.stderr.contains("`werk`"), "the group that really is missing is still reported")
        }
    }
}

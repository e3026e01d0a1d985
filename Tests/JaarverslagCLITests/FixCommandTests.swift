import Foundation
import Testing

/// `check --fix` never changes what a secretary meant, and says every change it makes.
@Suite struct FixCommandTests {
    static let pasted = """
        Het Zorg- en Veiligheidshuis en de Bouw- en Woonagenda, de bouw-, woon- en zorgagenda
        en het MKB- en zzp-beleid. Werk- of inkomen. De gemeen-
        telijke aanpak.
        """

    func repository() throws -> URL {
        try repository(armoede: Self.pasted, wonen: "Wij zorgen voor bouwen en gemeentelijke plannen.")
    }

    /// The year with these two texts; `wonen`'s words are those a broken word may be joined to.
    func repository(armoede: String, wonen: String) throws -> URL {
        try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede", body: armoede),
                "wonen.md": CLI.fragment(group: "wonen", body: wonen),
            ])
    }

    func text(_ root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent("fragments/2099/armoede.md"), encoding: .utf8)
    }

    @Test func elidedCompoundsSurviveAndTheBrokenWordIsJoinedInDutch() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--fix", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "hersteld: fragments/2099/armoede.md:8:49: `gemeen-⏎telijke` → `gemeentelijke` [broken-word]\n"
                    + "1 wijziging in 1 bestand\n"))
        let fixed = try text(root)
        #expect(fixed.contains("Het Zorg- en Veiligheidshuis en de Bouw- en Woonagenda, de bouw-, woon- en zorgagenda"))
        #expect(fixed.contains("en het MKB- en zzp-beleid. Werk- of inkomen. De gemeentelijke aanpak."))
    }

    @Test func aDryRunShowsTheSameAndWritesNothingInEnglish() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Data(contentsOf: root.appendingPathComponent("fragments/2099/armoede.md"))
        let result = try CLI.run(["check", "2099", "--fix", "--dry-run", "--root", root.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "would fix: fragments/2099/armoede.md:8:49: `gemeen-⏎telijke` → `gemeentelijke` [broken-word]\n"
                    + "1 change in 1 file; nothing written (--dry-run)\n"))
        #expect(try Data(contentsOf: root.appendingPathComponent("fragments/2099/armoede.md")) == before)
        // The check after a dry run shows the year as the fix would leave it.
        #expect(!result.stderr.contains("[broken-word]"))
        #expect(try CLI.run(["check", "2099", "--root", root.path]).stderr.contains("[broken-word]"))
    }

    /// What is left after a dry run is pointed at in the file as it is, not in the fixed text
    /// that was never written: the line below a joined word keeps its number.
    @Test func aDryRunPointsAtTheFileAsItIs() throws {
        let body = "De gemeen-\ntelijke aanpak van de woning- markt.\n\nDe woning- markt en de\tzorg."
        let root = try repository(armoede: body, wonen: "De gemeentelijke woningmarkt en de markt.")
        defer { try? FileManager.default.removeItem(at: root) }
        for language in ["nl", "en"] {
            let dryRun = try CLI.run(["check", "2099", "armoede", "--fix", "--dry-run", "--root", root.path, "--lang", language])
            #expect(dryRun.stderr.contains("armoede.md:8:23: "), "\(dryRun.stderr)")
            #expect(dryRun.stderr.contains("    telijke aanpak van de woning- markt.\n"), "the line as it is in the file")
            #expect(dryRun.stderr.contains("armoede.md:10:4: "), "\(dryRun.stderr)")
        }
        let fixed = try CLI.run(["check", "2099", "armoede", "--fix", "--root", root.path, "--lang", "en"])
        #expect(fixed.stderr.contains("armoede.md:7:32: "), "after --fix, the fixed file: \(fixed.stderr)")
        #expect(fixed.stderr.contains("armoede.md:9:4: "), "\(fixed.stderr)")
    }

    /// `--format json` is for a program: the changes go to standard error, and standard output
    /// is the JSON report alone, of the text as fixed.
    @Test func withJSONTheChangesGoToStandardError() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--fix", "--format", "json", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("hersteld: fragments/2099/armoede.md:8:49: `gemeen-⏎telijke` → `gemeentelijke` [broken-word]\n"))
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["year"] as? Int == 2099, "\(result.stdout)")
        #expect(!result.stdout.contains("hersteld"))
        let github = try CLI.run(["check", "2099", "--fix", "--format", "github", "--root", root.path, "--lang", "en"])
        #expect(github.stdout.isEmpty, "fixed already; nothing to annotate: \(github.stdout)")
        #expect(github.stderr == "nothing to fix\n")
    }

    /// A run fixes at most 1000 findings of a kind in a fragment; when more are left, it says
    /// to run it again, and the runs after it finish the job.
    @Test func moreThanARunFixesIsSaidAndTheNextRunsFinish() throws {
        let line = Array(repeating: "ge\u{AD}meente", count: 100).joined(separator: " ")
        let body = Array(repeating: line, count: 25).joined(separator: "\n\n")
        let root = try repository(armoede: body, wonen: "De gemeentelijke woningmarkt.")
        defer { try? FileManager.default.removeItem(at: root) }
        let again =
            "er is nog meer zeker te herstellen (per keer herstelt --fix elke soort melding tot 1000 keer per fragment); "
            + "voer `jaarverslag check 2099 armoede --fix` nogmaals uit\n"
        for left in [1_500, 500] {
            let run = try CLI.run(["check", "2099", "armoede", "--fix", "--root", root.path, "--lang", "nl"])
            #expect(run.stdout.contains("1000 wijzigingen in 1 bestand\n" + again), "\(left)")
            #expect(try text(root).components(separatedBy: "\u{AD}").count - 1 == left)
        }
        let last = try CLI.run(["check", "2099", "armoede", "--fix", "--root", root.path, "--lang", "en"])
        #expect(last.stdout.hasSuffix("500 changes in 1 file\n1 fragment checked: 0 errors, 0 warnings\n"), "\(last.stdout)")
        #expect(!(try text(root)).contains("\u{AD}"))
    }

    @Test func nothingToFixSaysSo() throws {
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["check", "2099", "--fix", "--root", root.path, "--lang", "nl"]).stdout.hasPrefix("niets te herstellen\n"))
        #expect(try CLI.run(["check", "2099", "--fix", "--root", root.path, "--lang", "en"]).stdout.hasPrefix("nothing to fix\n"))
    }
}

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
        try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede", body: Self.pasted),
                "wonen.md": CLI.fragment(group: "wonen", body: "Wij zorgen voor bouwen en gemeentelijke plannen."),
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

    @Test func nothingToFixSaysSo() throws {
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["check", "2099", "--fix", "--root", root.path, "--lang", "nl"]).stdout.hasPrefix("niets te herstellen\n"))
        #expect(try CLI.run(["check", "2099", "--fix", "--root", root.path, "--lang", "en"]).stdout.hasPrefix("nothing to fix\n"))
    }
}

import Foundation
import Testing

/// Every command finds the repository from any folder inside it, refuses to work outside one,
/// reads year arguments one way, and `new` refuses a group nobody knows.
@Suite struct RepositoryCommandTests {
    func repository() throws -> URL {
        try CLI.scratchRepository(
            manifest: CLI.manifest(groups: ["armoede", "woningmarkt"]), fragments: ["armoede.md": CLI.fragment(group: "armoede")])
    }

    @Test func theRootIsFoundFromASubfolder() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let inside = root.appendingPathComponent("fragments/2099")
        let check = try CLI.run(["check", "2099", "--lang", "nl"], in: inside)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("reports/2099/report.yaml:"), "paths are the repository's")
        let created = try CLI.run(["new", "woningmarkt", "--year", "2099", "--lang", "nl"], in: inside)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: inside.appendingPathComponent("woningmarkt.md").path))
        #expect(!FileManager.default.fileExists(atPath: inside.appendingPathComponent("fragments").path), "nothing under the subfolder")
        #expect(try CLI.run(["status", "2099"], in: root.appendingPathComponent("reports")).status == 0)
    }

    @Test func outsideARepositoryEveryCommandSaysSoAndWritesNothing() throws {
        let empty = CLI.temporaryDirectory("leeg")
        defer { try? FileManager.default.removeItem(at: empty) }
        for arguments in [
            ["check", "2099"], ["build", "2099"], ["status", "2099"], ["new", "armoede", "--year", "2099"], ["diff", "2098", "2099"],
        ] {
            let dutch = try CLI.run(arguments + ["--lang", "nl"], in: empty)
            #expect(dutch.status == 2, "\(arguments)")
            #expect(dutch.stderr.contains("is geen map van een jaarverslag"), "\(arguments): \(dutch.stderr)")
            let english = try CLI.run(arguments + ["--lang", "en"], in: empty)
            #expect(english.stderr.contains("is not in a jaarverslag repository"), "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    @Test func rootStillWins() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = CLI.temporaryDirectory("elders")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        #expect(try CLI.run(["check", "2099", "--root", root.path], in: elsewhere).status == 0)
    }

    /// A mistyped --root is no new repository: `new` writes nothing there and says why.
    @Test func aRootThatIsNoRepositoryIsRefused() throws {
        let missing = CLI.temporaryDirectory().appendingPathComponent("jaarverlsag")
        let dutch = try CLI.run(["new", "wonen", "--year", "2099", "--new-group", "--root", missing.path, "--lang", "nl"])
        #expect(dutch.status == 2)
        #expect(
            dutch.stderr
                == "jaarverslag: \(missing.path) is geen map van een jaarverslag: er staat geen fragments/ of reports/ in; controleer de map na --root\n"
        )
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        let english = try CLI.run(["check", "2099", "--root", missing.path, "--lang", "en"])
        #expect(
            english.stderr.hasSuffix("is not a jaarverslag repository: it holds no fragments/ or reports/; check the folder after --root\n")
        )
    }

    @Test func aYearIsFourDigitsForEveryCommand() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        for arguments in [
            ["check", "209"], ["build", "20999"], ["status", "99"], ["new", "armoede", "--year", "209"], ["diff", "2098", "209"],
        ] {
            let dutch = try CLI.run(arguments + ["--root", root.path, "--lang", "nl"])
            #expect(dutch.status == 2, "\(arguments)")
            #expect(dutch.stderr.hasSuffix("is geen jaartal; schrijf het jaar met vier cijfers, bijvoorbeeld 2024\n"), "\(arguments)")
            let english = try CLI.run(arguments + ["--root", root.path, "--lang", "en"])
            #expect(english.stderr.hasSuffix("is not a year; write the year with four digits, for example 2024\n"), "\(arguments)")
        }
        let word = try CLI.run(["check", "vorig-jaar", "--root", root.path, "--lang", "nl"])
        #expect(word.stderr == "jaarverslag: `vorig-jaar` is geen jaartal; geef het jaar met vier cijfers, bijvoorbeeld 2024\n")
    }

    @Test func newRefusesAnUnknownGroupAndWritesNothing() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["new", "woningmarket", "--year", "2099", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 2)
        #expect(
            dutch.stderr
                == "jaarverslag: `woningmarket` is geen bekende groep: het manifest van 2099 noemt haar niet en geen eerder jaar heeft een fragment van haar. Bedoelt u `woningmarkt`? Is het echt een nieuwe groep, geef dan --new-group mee. Er is niets geschreven.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("fragments/2099/woningmarket.md").path))
        let english = try CLI.run(["new", "woningmarket", "--year", "2099", "--new-group", "--root", root.path, "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout == "written: fragments/2099/woningmarket.md (new group; complete the front matter)\n")
        #expect(
            english.stderr
                == "note: the manifest of 2099 does not list the group `woningmarket`; ask the coordinator to add it to reports/2099/report.yaml\n"
        )
        // A group the manifest lists may be new without the option.
        #expect(try CLI.run(["new", "woningmarkt", "--year", "2099", "--root", root.path]).status == 0)
    }

    /// Before the coordinator has written the year's manifest, `new` does not speak of what that
    /// manifest lists, and a new group's chapter is left to fill in, not said to come from last year.
    @Test func newBeforeTheManifestSaysThereIsNoneYet() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["new", "woningmarket", "--year", "2100", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 2)
        #expect(
            dutch.stderr.hasPrefix(
                "jaarverslag: `woningmarket` is geen bekende groep: er is nog geen manifest voor 2100 en geen eerder jaar heeft een fragment van haar."
            ), "\(dutch.stderr)")
        let english = try CLI.run(["new", "woningmarket", "--year", "2100", "--new-group", "--root", root.path, "--lang", "en"])
        #expect(english.status == 0)
        #expect(
            english.stderr
                == "note: there is no manifest for 2100 yet; fill in the chapter (`pillar:`) yourself, or ask the coordinator\n")
    }
}

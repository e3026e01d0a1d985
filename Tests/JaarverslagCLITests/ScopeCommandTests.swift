import Foundation
import Testing

/// `check <year> <group>…` speaks about the named groups only, and a secretary can check a
/// fragment before the coordinator has written the year's manifest.
@Suite struct ScopeCommandTests {
    func repository(manifest: Bool = true) throws -> URL {
        let root = try CLI.scratchRepository(
            manifest: CLI.manifest(groups: ["armoede", "wonen", "zorg"]),
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede", body: "Twee  spaties bij armoede."),
                "wonen.md": CLI.fragment(group: "wonen", body: "Twee  spaties bij wonen."),
            ])
        if !manifest {
            // Last year's manifest is there; this year's is not written yet.
            let reports = root.appendingPathComponent("reports")
            try FileManager.default.moveItem(at: reports.appendingPathComponent("2099"), to: reports.appendingPathComponent("2098"))
            let old = reports.appendingPathComponent("2098/report.yaml")
            try (try String(contentsOf: old, encoding: .utf8)).replacingOccurrences(of: "2099", with: "2098")
                .write(to: old, atomically: true, encoding: .utf8)
        }
        return root
    }

    func text(_ root: URL, _ group: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("fragments/2099/\(group).md"), encoding: .utf8)
    }

    @Test func onlyTheNamedGroupsAreReported() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("fragments/2099/armoede.md:7:5: waarschuwing: twee of meer spaties achter elkaar [double-space]"))
        #expect(!result.stderr.contains("wonen.md"))
        #expect(!result.stderr.contains("[missing-group]"), "zorg is nobody's business here")
        #expect(result.stdout == "1 fragment gecontroleerd: 0 fouten, 1 waarschuwing\n")
        // A file name or a path names the group too.
        let byPath = try CLI.run(["check", "2099", "fragments/2099/wonen.md", "armoede.md", "--root", root.path, "--lang", "en"])
        #expect(byPath.stdout == "2 fragments checked: 0 errors, 2 warnings\n")
    }

    @Test func fixChangesOnlyTheNamedGroupsFiles() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let wonen = try text(root, "wonen")
        let result = try CLI.run(["check", "2099", "--fix", "armoede", "--root", root.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "fixed: fragments/2099/armoede.md:7:5: `Twee  spaties` → `Twee spaties` [double-space]\n1 change in 1 file\n"))
        #expect(try text(root, "armoede").contains("Twee spaties bij armoede."))
        #expect(try text(root, "wonen") == wonen)
    }

    @Test func aGroupWithoutAFragmentIsAUsageError() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try CLI.run(["check", "2099", "zorg", "--root", root.path, "--lang", "nl"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "jaarverslag: er is nog geen fragment voor `zorg` in 2099 (fragments/2099/zorg.md bestaat niet); maak het met `jaarverslag new zorg --year 2099`\n"
        )
        let typo = try CLI.run(["check", "2099", "armoed", "--root", root.path, "--lang", "en"])
        #expect(typo.status == 2)
        #expect(typo.stderr == "jaarverslag: 2099 has no fragment `armoed`; did you mean `armoede`?\n")
    }

    /// In the real 2023 report: people type one word of a group's id.
    @Test func oneWordOfAGroupSuggestsTheGroup() throws {
        let word = try CLI.run(["check", "2023", "jeugd", "--lang", "nl"])
        #expect(word.status == 2)
        #expect(word.stderr == "jaarverslag: 2023 heeft geen fragment `jeugd`; bedoelt u `zorg-jeugd-onderwijs`?\n")
        let two = try CLI.run(["check", "2023", "zorg", "--lang", "nl"])
        #expect(two.stderr == "jaarverslag: 2023 heeft geen fragment `zorg`; bedoelt u `wonen-welzijn-zorg` of `zorg-jeugd-onderwijs`?\n")
    }

    @Test func beforeTheManifestTheFragmentIsCheckedAgainstLastYear() throws {
        let root = try repository(manifest: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 0, "\(dutch.stderr)")
        #expect(
            dutch.stderr.hasPrefix(
                "reports/2099/report.yaml: waarschuwing: er is nog geen manifest voor 2099; de fragmenten zijn gecontroleerd tegen de hoofdstukken en leden van 2098 [no-manifest-yet]\n"
            ))
        #expect(dutch.stderr.contains("armoede.md:7:5: waarschuwing: twee of meer spaties"))
        let english = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(
            english.stderr.contains(
                "there is no manifest for 2099 yet; the fragments were checked against the chapters and members of 2098"))
        #expect(!english.stderr.contains("[missing-group]"), "last year's plan does not say who is missing this year")
        #expect(english.stdout == "2 fragments checked: 0 errors, 3 warnings\n")
        // A wrong chapter is still found against last year's chapters.
        try CLI.fragment(group: "armoede", pillar: "sociaa").write(
            to: root.appendingPathComponent("fragments/2099/armoede.md"), atomically: true, encoding: .utf8)
        let wrong = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "en"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("`sociaa` is not a chapter of this report; did you mean `sociaal`? [unknown-chapter]"))
        // Building needs the real manifest.
        #expect(try CLI.run(["build", "2099", "--root", root.path]).status == 2)
    }
}

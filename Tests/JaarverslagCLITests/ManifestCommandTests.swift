import Foundation
import Testing

/// The coordinator's manifest is checked at its own lines, so no secretary is told to change a
/// correct fragment, and a chapter without any fragment is said, not dropped silently.
@Suite struct ManifestCommandTests {
    /// A manifest for 2098 with these member cities.
    func lastYear(in root: URL, cities: [String]) throws {
        let earlier = root.appendingPathComponent("reports/2098")
        try FileManager.default.createDirectory(at: earlier, withIntermediateDirectories: true)
        try CLI.manifest(groups: ["armoede"], cities: cities).replacingOccurrences(of: "2099", with: "2098")
            .write(to: earlier.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
    }

    @Test func aManifestCopiedFromLastYearIsAnErrorAtItsOwnLine() throws {
        let manifest = CLI.smallManifest.replacingOccurrences(of: "year: 2099", with: "year: 2098")
            .replacingOccurrences(of: "title: Jaarverslag 2099", with: "title: Jaarverslag 2098")
        let root = try CLI.scratchRepository(manifest: manifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 2)
        #expect(
            dutch.stderr.contains(
                "reports/2099/report.yaml:1:7: fout: dit manifest staat in reports/2099/, maar noemt `year: 2098` [manifest-year]"))
        #expect(
            dutch.stderr.contains(
                "reports/2099/report.yaml:2:8: fout: de titel `Jaarverslag 2098` noemt een ander jaar dan 2099 [manifest-year]"))
        #expect(!dutch.stderr.contains("armoede.md"), "the fragment is right; it is not told to change")
        let english = try CLI.run(["build", "2099", "--root", root.path, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("error: this manifest is in reports/2099/, but says `year: 2098` [manifest-year]"))
        #expect(english.stderr.contains("jaarverslag: the manifest has errors"))
    }

    @Test func aNewMemberGetsASuggestionFromLastYear() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.manifest(groups: ["armoede"], cities: ["Delft", "Deveter"]),
            fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        try lastYear(in: root, cities: ["Delft", "Deventer"])
        let dutch = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 0)
        #expect(dutch.stderr.contains("waarschuwing: Deveter was in 2098 geen lid; bedoelt u Deventer? [manifest-new-member]"))
        let english = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("warning: Deveter was no member in 2098; did you mean Deventer? [manifest-new-member]"))
    }

    /// Cities that differ only in case, spaces or a look-alike letter are one city; a chair's
    /// city that the member list has misspelt is reported as the list's typo, not the chair's.
    @Test func duplicateCitiesAndAChairAgainstThisYearsList() throws {
        let chaired = CLI.fragment(group: "armoede").replacingOccurrences(
            of: "---\nTekst.", with: "chairs:\n  - city: Deventer\n---\nTekst.")
        let root = try CLI.scratchRepository(
            manifest: CLI.manifest(
                groups: ["armoede"], cities: ["Delft", "Deveter", "delft", "D\u{0435}lft", "Alphen aan den Rijn", "Alphen  aan den Rijn"]),
            fragments: ["armoede.md": chaired])
        defer { try? FileManager.default.removeItem(at: root) }
        try lastYear(in: root, cities: ["Delft", "Deventer"])
        let dutch = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 2)
        #expect(
            dutch.stderr.contains("fout: `delft` is dezelfde gemeente als `Delft`, anders geschreven (hoofdletters)"), "\(dutch.stderr)")
        #expect(dutch.stderr.contains("fout: `Alphen  aan den Rijn` is dezelfde gemeente als `Alphen aan den Rijn`, anders geschreven"))
        #expect(dutch.stderr.contains("fout: `D\u{0435}lft` is dezelfde gemeente als `Delft`, anders geschreven"))
        let english = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(
            english.stderr.contains("error: `delft` is the same city as `Delft`, written differently (letter case)"), "\(english.stderr)")
        // Without the duplicates, the chair is checked against this year's list first.
        try CLI.manifest(groups: ["armoede"], cities: ["Delft", "Deveter"]).write(
            to: root.appendingPathComponent("reports/2099/report.yaml"), atomically: true, encoding: .utf8)
        let chair = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(
            chair.stderr.contains(
                "waarschuwing: Deventer staat niet in de ledenlijst van 2099, maar Deveter wel; Deventer was lid in 2098, dus de ledenlijst in report.yaml lijkt een tikfout te hebben [chair-not-member]"
            ), "\(chair.stderr)")
        #expect(chair.stderr.contains("waarschuwing: Deveter was in 2098 geen lid; bedoelt u Deventer? [manifest-new-member]"))
        let chairEnglish = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(chairEnglish.stderr.contains("[chair-not-member]") && !chairEnglish.stderr.contains("did you mean Deveter"))
    }

    @Test func aChapterWithNoFragmentIsReportedAtBuildTime() throws {
        let manifest = """
            year: 2099
            title: Jaarverslag 2099
            network: {name: G40 Stedennetwerk, short: G40}
            chapters:
              - id: sociaal
                title: Pijler Sociaal
                groups: [armoede]
              - id: fysiek
                title: Pijler Fysiek
                groups: [wonen]
            members:
              title: Leden
              cities: [Delft]
            """
        let root = try CLI.scratchRepository(manifest: manifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["build", "2099", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 0)
        #expect(
            dutch.stderr.contains(
                "reports/2099/report.yaml:8:9: waarschuwing: het hoofdstuk `fysiek` (Pijler Fysiek) heeft nog geen enkel fragment en wordt weggelaten uit het jaarverslag [empty-chapter]"
            ))
        let english = try CLI.run(["build", "2099", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("warning: the chapter `fysiek` (Pijler Fysiek) has no fragment yet and is left out of the report"))
    }
}

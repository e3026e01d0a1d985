import Foundation
import Testing

/// A diff made in the middle of a year: groups not handed in yet are not removed, a fragment
/// with errors is skipped and named, a changed paragraph is one hunk, and a rewritten section
/// is summarised.
@Suite struct DiffMidYearCommandTests {
    func repository() throws -> URL {
        let root = try CLI.scratchRepository(
            year: 2099, manifest: CLI.manifest(groups: ["armoede", "wonen", "zorg", "werk"]),
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede", body: "De groep kwam vijf keer bijeen.\n\nZe sprak over schulden."),
                "wonen.md": CLI.fragment(
                    group: "wonen",
                    body: (1...30).map { "Nieuw woord \($0) over de woningbouw en het beleid." }.joined(separator: " ")),
                "zorg.md": CLI.fragment(group: "zorg", body: "[kapot](www.zorg.nl)"),
            ])
        let old = root.appendingPathComponent("fragments/2098")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        for group in ["armoede", "wonen", "zorg", "werk"] {
            let body =
                group == "wonen"
                ? (1...30).map { "Oud zinnetje \($0) over het verleden van de stad." }.joined(separator: " ")
                : group == "armoede" ? "De groep kwam vier keer bijeen.\n\nZe sprak over schulden." : "Tekst van \(group)."
            try CLI.fragment(group: group, body: body).replacingOccurrences(of: "year: 2099", with: "year: 2098")
                .write(to: old.appendingPathComponent("\(group).md"), atomically: true, encoding: .utf8)
        }
        let reports = root.appendingPathComponent("reports/2098")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try CLI.manifest(groups: ["armoede", "wonen", "zorg", "werk"]).replacingOccurrences(of: "2099", with: "2098")
            .write(to: reports.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func aDiffMidYearInDutch() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["diff", "2098", "2099", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 1, "\(result.stderr)")
        let text = result.stdout
        #expect(!text.contains("Groepen\n"), "nothing removed: \(text)")
        #expect(text.contains("Nog niet ingeleverd\n  … Titel van werk (werk, Pijler Sociaal)\n"))
        #expect(text.contains("    De groep kwam [-vier-] {+vijf+} keer bijeen.\n"))
        #expect(text.contains("    herschreven: 270 → 270 woorden; te veel veranderd om woord voor woord te tonen\n"))
        #expect(text.contains("    was: Oud zinnetje 1 over het verleden van de stad. Oud zinnetje 2 over het verleden …\n"))
        #expect(
            text.contains(
                "Overgeslagen wegens fouten\n  fragments/2099/zorg.md: `www.zorg.nl` is geen volledig webadres [invalid-url]\n"))
    }

    /// A chapter whose only fragment is skipped for its errors is waiting for it, not removed.
    @Test func aChapterWhoseFragmentsAllHaveErrorsIsNotRemoved() throws {
        let manifest = CLI.manifest(groups: ["armoede"]).replacingOccurrences(
            of: "members:", with: "  - id: fysiek\n    title: Pijler Fysiek\n    groups: [wonen]\nmembers:")
        let root = try CLI.scratchRepository(
            manifest: manifest,
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede"),
                "wonen.md": CLI.fragment(group: "wonen", pillar: "fysiek", body: "[kapot](www.wonen.nl)"),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let old = root.appendingPathComponent("fragments/2098")
        let reports = root.appendingPathComponent("reports/2098")
        for folder in [old, reports] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try manifest.replacingOccurrences(of: "2099", with: "2098").write(
            to: reports.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        for (group, pillar) in [("armoede", "sociaal"), ("wonen", "fysiek")] {
            try CLI.fragment(group: group, pillar: pillar).replacingOccurrences(of: "2099", with: "2098")
                .write(to: old.appendingPathComponent("\(group).md"), atomically: true, encoding: .utf8)
        }
        for (language, skipped) in [("nl", "Overgeslagen wegens fouten\n"), ("en", "Skipped for their errors\n")] {
            let result = try CLI.run(["diff", "2098", "2099", "--root", root.path, "--lang", language])
            #expect(!result.stdout.contains("Pijler Fysiek (fysiek)"), "\(result.stdout)")
            #expect(result.stdout.contains(skipped + "  fragments/2099/wonen.md: "), "\(result.stdout)")
        }
        let json = try CLI.run(["diff", "2098", "2099", "--root", root.path, "--format", "json"])
        #expect(!json.stdout.contains("\"removed\""), "\(json.stdout)")
    }

    @Test func theSameInEnglishAndJSON() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["diff", "2098", "2099", "--root", root.path, "--lang", "en"])
        #expect(result.stdout.contains("Not yet submitted\n  … Titel van werk (werk, Pijler Sociaal)\n"))
        #expect(
            result.stdout.contains(
                "Skipped for their errors\n  fragments/2099/zorg.md: `www.zorg.nl` is not a complete web address [invalid-url]"))
        let json = try CLI.run(["diff", "2098", "2099", "--root", root.path, "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let pending = try #require(document?["pending"] as? [[String: Any]])
        #expect(pending.map { $0["group"] as? String } == ["werk"])
        #expect(pending.first?["state"] as? String == "missing")
        #expect((document?["skipped"] as? [[String: Any]])?.first?["path"] as? String == "fragments/2099/zorg.md")
        let sections = try #require(document?["sections"] as? [[String: Any]])
        #expect(sections.first { $0["group"] as? String == "wonen" }?["rewritten"] as? Bool == true)
        let stat = try CLI.run(["diff", "2098", "2099", "--root", root.path, "--stat", "--lang", "nl"])
        #expect(stat.stdout.contains("nog niet ingeleverd: 1\novergeslagen wegens fouten: 1\n"))
    }
}

import Foundation
import Testing
@testable import JaarverslagKit

/// `diff --format html`: the structure on top, then the report with its changes marked.
@Suite struct DiffPageTests {
    static let fixture = Workspace(root: TestSupport.fixturesURL.appendingPathComponent("diff"))

    static func page(_ old: String = "2098", _ new: String = "2099", in workspace: Workspace = fixture, language: Language = .nl) throws
        -> String
    {
        let comparison = try Comparison.compare(DiffSide.parse(old).get(), DiffSide.parse(new).get(), in: workspace).get()
        return try DiffPage(comparison, language: language).render()
    }

    @Test func theStructureComesFirst() throws {
        let page = try Self.page()
        let summary = try #require(page.range(of: "<section class=\"samenvatting\">").map { page[$0.lowerBound...] })
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(page.contains("<h1>Wat is er veranderd?</h1>\n      <p>Jaarverslag 2098 → Jaarverslag 2099</p>"))
        #expect(page.contains("<title>Wat is er veranderd? Jaarverslag 2098 → Jaarverslag 2099</title>"))
        #expect(summary.contains("<dd><del>G32 Stedennetwerk</del> → <ins>G40 Stedennetwerk</ins></dd>"))
        #expect(summary.contains("<dd>4 → 4; erbij: <ins>Assen</ins>; vertrokken: <del>Oss</del></dd>"))
        #expect(summary.contains("<dd><del>Ferd Crone</del> → <ins>Paul Depla</ins></dd>"))
        #expect(summary.contains("<li><del>Pijler Economie &amp; Werk</del> → <ins>Pijler Werk en Economie</ins>: andere naam</li>"))
        #expect(summary.contains("<li><ins>Overige themagroepen</ins>: nieuw</li>"))
        #expect(summary.contains("<li><a href=\"#nieuw\">Public affairs</a> (Pijler Werk en Economie): nieuw</li>"))
        #expect(summary.contains("<li><del>Thema Smarter Cities</del> (Pijler Economie &amp; Werk): vervallen</li>"))
        #expect(summary.contains("heette Werkgroep veiligheid; verplaatst van Werkgroepen naar Pijler Sociaal</li>"))
        #expect(
            summary.contains(
                "<li><a href=\"#zorg\">Thema Zorg</a>: <del>Jan Jansen (Delft), voorzitter</del> → <ins>Piet Pieters (Ede), voorzitter</ins></li>"
            ))
        #expect(summary.contains("<li><a href=\"#zorg\">Thema Zorg</a>: 2 woorden erbij, 2 weg (8% gewijzigd)</li>"))
        #expect(page.range(of: "<section class=\"samenvatting\">")!.lowerBound < page.range(of: "<main>")!.lowerBound)
    }

    /// Changed words are marked inside their paragraph; the paragraph stays one paragraph.
    @Test func changesAreMarkedInsideParagraphs() throws {
        let page = try Self.page()
        #expect(
            page.contains(
                "<p>De themagroep kwam <del>vier</del> <ins>vijf</ins> keer bijeen in <del>Delft</del> <ins>Ede</ins> en sprak over de Wmo, de Jeugdwet en de Participatiewet, met veel aandacht voor de uitvoering.</p>"
            ))
        // Added and removed groups are marked whole; the removed one keeps a safe id.
        #expect(page.contains("<section id=\"nieuw\" class=\"groep toegevoegd\">\n          <h3><ins>Public affairs</ins></h3>"))
        #expect(page.contains("<section id=\"verwijderd.weg\" class=\"groep verwijderd\">"))
        #expect(page.contains("<ins class=\"blok\">\n            <p>Een nieuwe groep.</p>"))
    }

    @Test func unchangedSectionsAreFolded() throws {
        let page = try Self.page()
        #expect(
            page.contains(
                "<section id=\"mkb\" class=\"groep ongewijzigd\">\n          <details class=\"ongewijzigd\">\n            <summary>\n              <h3>Thema MKB en economische vernieuwing <span class=\"wijziging\">ongewijzigd</span></h3>"
            ))
        #expect(!page.contains("<details class=\"ongewijzigd\" open"))
    }

    /// Old and new next to each other, for each changed section, without script.
    @Test func oldAndNewSideBySide() throws {
        let page = try Self.page()
        let zorg = try #require(page.range(of: "<section id=\"zorg\"").map { page[$0.lowerBound...] })
        let columns = try #require(zorg.range(of: "<details class=\"naast-elkaar\">").map { zorg[$0.lowerBound...] })
        #expect(columns.contains("<summary>Oud en nieuw naast elkaar</summary>\n            <div class=\"kolommen\">"))
        #expect(
            columns.contains(
                "<div class=\"oud\">\n                <p class=\"kolomkop\">Jaarverslag 2098</p>\n                <p>De themagroep kwam <del>vier</del> keer bijeen in <del>Delft</del> en sprak"
            ))
        #expect(
            columns.contains(
                "<div class=\"nieuw\">\n                <p class=\"kolomkop\">Jaarverslag 2099</p>\n                <p>De themagroep kwam <ins>vijf</ins> keer bijeen in <ins>Ede</ins> en sprak"
            ))
        #expect(!page.contains("<script"))
        // The second copy of a text has no ids of its own: every id is once on the page.
        let ids = page.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count)
    }

    /// A changed list stays a list: the old one deleted, the new one added, item by item.
    @Test func listBoundariesAreKept() throws {
        let old = SectionContent(blocks: TestSupport.fragment(body: "Inleiding.\n\n- een\n- twee").body)
        let new = SectionContent(blocks: TestSupport.fragment(body: "Inleiding.\n\n- een\n- drie").body)
        let marked = RevisionMarker.changes(from: old, to: new)
        let writer = XMLWriter(.htmlFragment)
        writer.startBlock("div")
        HTMLRenderer().write(marked, level: 3, to: writer)
        writer.endBlock()
        #expect(
            try writer.finish() == """
                <div>
                  <p>Inleiding.</p>
                  <del class="blok">
                    <ul>
                      <li>een</li>
                      <li>twee</li>
                    </ul>
                  </del>
                  <ins class="blok">
                    <ul>
                      <li>een</li>
                      <li>drie</li>
                    </ul>
                  </ins>
                </div>

                """)
    }

    /// Groups the new year's manifest expects that have no fragment, and drafts.
    @Test func whoHasNotHandedInYet() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pending-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for year in [2098, 2099] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("fragments/\(year)"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("reports/\(year)"), withIntermediateDirectories: true)
            let manifest = """
                year: \(year)
                title: Jaarverslag \(year)
                network: {name: G40 Stedennetwerk, short: G40}
                chapters:
                  - id: sociaal
                    title: Pijler Sociaal
                    groups: [armoede, wonen, zorg]
                members:
                  title: Leden
                  cities: [Delft, Ede]
                """
            try manifest.write(to: root.appendingPathComponent("reports/\(year)/report.yaml"), atomically: true, encoding: .utf8)
            let groups = year == 2098 ? ["armoede": "final", "wonen": "final", "zorg": "final"] : ["armoede": "draft", "zorg": "final"]
            for (group, status) in groups {
                let text = "---\nyear: \(year)\npillar: sociaal\ngroup: \(group)\ntitle: Thema \(group)\nstatus: \(status)\n---\nTekst.\n"
                try text.write(to: root.appendingPathComponent("fragments/\(year)/\(group).md"), atomically: true, encoding: .utf8)
            }
        }
        let comparison = try Comparison.compare(.year(2098), .year(2099), in: Workspace(root: root)).get()
        #expect(
            comparison.diff.pending == [
                .init(group: "wonen", title: "Thema wonen", chapter: "Pijler Sociaal", state: .missing),
                .init(group: "armoede", title: "Thema armoede", chapter: "Pijler Sociaal", state: .draft),
            ])
        let page = try DiffPage(comparison, language: .nl).render()
        #expect(
            page.contains(
                "<h3>Nog niet ingeleverd</h3>\n      <ul>\n        <li>Thema wonen (wonen), Pijler Sociaal: ontbreekt</li>\n        <li>Thema armoede (armoede), Pijler Sociaal: nog concept</li>"
            ))
    }

    @Test func thePagesOwnWordsFollowTheLanguage() throws {
        let page = try Self.page(language: .en)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<h1>What has changed?</h1>"))
        #expect(page.contains("<main lang=\"nl\">"))
        #expect(page.contains("<summary>Old and new side by side</summary>"))
    }
}

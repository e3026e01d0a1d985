import Foundation
import Testing

/// The committed DocBook of both years, rendered by the standard tools with their stock
/// settings: pandoc and the DocBook XSL stylesheets (Debian `pandoc`, `xsltproc` and
/// `docbook-xsl-ns`). The book keeps its own title, the title page names the network, and
/// chairs and trekkers appear with their role, never as a bare name.
@Suite(
    .enabled(
        if: Tool.path("pandoc") != nil && Tool.path("xsltproc") != nil && FileManager.default.fileExists(atPath: DocBookXSL.folder),
        "pandoc, xsltproc or docbook-xsl-ns is not installed"))
struct DocBookToolsTests {
    static let network = [2014: "G32 Stedennetwerk", 2023: "G40 Stedennetwerk"]
    /// A chair line of each year, as the reader must see it.
    static let chairs = [
        2014: "Voorzitter: Theo Weterings (Haarlemmermeer).", 2023: "Trekkers: Dordrecht, Hengelo en Zaanstad.",
    ]

    static func file(_ year: Int) -> String {
        CLI.packageRoot.appendingPathComponent("reports/\(year)/jaarverslag-\(year).xml").path
    }

    /// pandoc issue 11300: every `info/title` replaces the book's title, so none but the
    /// book's may exist. The network is the author, the year the date.
    @Test(arguments: [2014, 2023])
    func pandocKeepsTheBooksTitle(year: Int) throws {
        let html = try Tool.run("pandoc", ["-f", "docbook", "-s", "-t", "html", Self.file(year)])
        #expect(html.status == 0)
        #expect(html.stderr.isEmpty, "pandoc said: \(html.stderr)")
        #expect(html.stdout.contains("<title>Jaarverslag \(year)</title>"))
        #expect(html.stdout.contains("<h1 class=\"title\">Jaarverslag \(year)</h1>"))
        #expect(html.stdout.contains("<p class=\"author\">\(Self.network[year]!)</p>"))
        #expect(html.stdout.contains("<p class=\"date\">\(year)</p>"))
        let text = try Tool.run("pandoc", ["-f", "docbook", "-t", "plain", "--wrap=none", Self.file(year)]).stdout
        #expect(text.contains(Self.chairs[year]!))
    }

    @Test(arguments: [2014, 2023])
    func docBookXSLShowsTitleNetworkAndChairsInHTML(year: Int) throws {
        let result = try Tool.run("xsltproc", ["--nonet", DocBookXSL.folder + "/html/docbook.xsl", Self.file(year)])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "xsltproc said: \(result.stderr)")
        let html = result.stdout
        let titlePage = try #require(html.range(of: "<div class=\"titlepage\">").map { html[$0.lowerBound...].prefix(600) })
        #expect(titlePage.contains("Jaarverslag \(year)</h1>"))
        #expect(titlePage.contains("<h3 class=\"author\">\(Self.network[year]!)</h3>"))
        #expect(!html.contains("othercredit"))
        let plain = html.replacing(/<[^>]+>/, with: "")
        #expect(plain.contains(Self.chairs[year]!))
    }

    @Test(arguments: [2014, 2023])
    func docBookXSLShowsTitleNetworkAndChairsInFO(year: Int) throws {
        let result = try Tool.run("xsltproc", ["--nonet", DocBookXSL.folder + "/fo/docbook.xsl", Self.file(year)])
        #expect(result.status == 0)
        // The FO stylesheet always names its paper size; anything else would be a complaint.
        let said = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("Making portrait pages on") }
        #expect(said.isEmpty, "xsltproc said: \(said)")
        let fo = result.stdout
        // The title page comes before the contents (`Inhoudsopgave`).
        let contents = try #require(fo.range(of: "Inhoudsopgave"))
        let titlePage = fo[..<contents.lowerBound]
        #expect(titlePage.contains(">Jaarverslag \(year)<"))
        #expect(titlePage.contains(Self.network[year]!))
        let plain = fo.replacing(/<[^>]+>/, with: "")
        #expect(plain.contains(Self.chairs[year]!))
    }
}

enum DocBookXSL {
    static let folder = "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns"
}

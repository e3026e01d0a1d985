import Foundation
import Testing
@testable import JaarverslagKit

/// The HTML page: semantic, self-contained, accessible, with the DocBook's ids.
@Suite struct HTMLRendererTests {
    func report(body: String, extra: String = "") -> Report {
        let manifest = TestSupport.manifest(foreword: "voorwoord")
        let foreword = TestSupport.fragment(
            group: "voorwoord", pillar: "voorwoord", title: "Voorwoord",
            extra: "signature:\n  name: Paul Depla\n  role: voorzitter G40 Stedennetwerk\n", body: "Beste lezer.")
        let fragment = TestSupport.fragment(extra: extra, body: body)
        return Assembler.assemble(Orderer.order([foreword, fragment], by: manifest), manifest: manifest)
    }

    static func realReport(_ year: Int) throws -> Report {
        Pipeline.assemble(try YearLoader.load(year: year, from: Workspace(root: Snapshot.packageRoot)).get())
    }

    @Test func aPageWithCoverContentsSectionsAndFooter() throws {
        let html = try HTMLRenderer().render(
            report(
                body: "Zie [de site](https://g40.nl/?a=1&b=2) & *meer*, 3 < 4.\n\na) eerste\n\nb) tweede\n\n# Tussenkop\n\n- een\n- twee",
                extra:
                    "chairs:\n  - name: Jan Hamming\n    city: Zaanstad\n  - city: Delft\n    role: trekker\n  - city: Ede\n    role: trekker\n"
            ))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n  <head>\n    <meta charset=\"utf-8\"/>\n"))
        #expect(html.contains("<title>Jaarverslag 2099 – G40 Stedennetwerk</title>"))
        #expect(html.contains("<p class=\"netwerk\">G40 Stedennetwerk</p>\n      <h1>Jaarverslag 2099</h1>"))
        #expect(html.contains("<nav class=\"inhoud\">\n      <h2>Inhoud</h2>"))
        #expect(html.contains("<li><a href=\"#test\">Test</a></li>"))
        #expect(html.contains("<section id=\"hoofdstuk.sociaal\" class=\"hoofdstuk\">\n        <h2>Pijler Sociaal</h2>"))
        #expect(html.contains("<section id=\"test\" class=\"groep\">\n          <h3>Test</h3>"))
        #expect(
            html.contains(
                "<p>Zie <a href=\"https://g40.nl/?a=1&amp;b=2\">de site</a> &amp; <em>meer</em>, 3 &lt; 4.</p>"))
        #expect(html.contains("<ol type=\"a\">\n            <li>eerste</li>\n            <li>tweede</li>\n          </ol>"))
        #expect(html.contains("<section id=\"test.tussenkop\">\n            <h4>Tussenkop</h4>\n            <ul>"))
        #expect(
            html.contains(
                "<dl class=\"voorzitters\">\n            <div>\n              <dt>Voorzitter</dt>\n              <dd>Jan Hamming (Zaanstad)</dd>\n            </div>\n            <div>\n              <dt>Trekkers</dt>\n              <dd>Delft en Ede</dd>"
            ))
        #expect(
            html.contains(
                "<footer class=\"ondertekening\">\n          <p class=\"naam\">Paul Depla</p>\n          <p class=\"functie\">voorzitter G40 Stedennetwerk</p>"
            ))
        #expect(html.contains("<p class=\"leden\">De 2 gemeenten van de G40 zijn: Alkmaar en Zwolle.</p>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func aDraftSectionSaysSo() throws {
        let html = try HTMLRenderer().render(report(body: "Tekst.", extra: "status: draft\n"))
        #expect(html.contains("<section id=\"test\" class=\"groep concept\">"))
        #expect(html.contains("<p class=\"status\">Concept: deze tekst is nog niet definitief.</p>"))
    }

    /// A text handed in but not yet approved is not final either.
    @Test func aSubmittedSectionIsMarkedAsADraft() throws {
        let html = try HTMLRenderer().render(report(body: "Tekst.", extra: "status: submitted\n"))
        #expect(html.contains("<section id=\"test\" class=\"groep concept\">"))
    }

    /// A draft edition (built before every text is final) says so on its cover, in every
    /// output; the published edition says nothing of the kind.
    @Test func aDraftEditionSaysSoOnItsCover() throws {
        var draft = report(body: "Tekst.")
        draft.isDraft = true
        let html = try HTMLRenderer().render(draft)
        #expect(
            html.contains(
                "<h1>Jaarverslag 2099</h1>\n      <p class=\"concept\">Conceptversie – nog niet alle teksten zijn definitief</p>\n    </header>"
            ))
        #expect(try HTMLRenderer(paged: true).render(draft).contains("<p class=\"concept\">Conceptversie"))
        #expect(
            try PlainTextRenderer().render(draft).hasPrefix(
                "Jaarverslag 2099\nG40 Stedennetwerk\nCONCEPTVERSIE – NOG NIET ALLE TEKSTEN ZIJN DEFINITIEF\n"))
        let docbook = try DocBookRenderer().render(draft)
        #expect(docbook.contains("xml:id=\"jaarverslag-2099\" status=\"draft\">"))
        #expect(
            docbook.contains(
                "<revremark>Jaarverslag 2099, G40 Stedennetwerk – Conceptversie – nog niet alle teksten zijn definitief</revremark>"))
        #expect(try DocBookSchema.load(.builtIn)?.violations(in: docbook).isEmpty == true)

        let published = report(body: "Tekst.")
        for output in [
            try HTMLRenderer().render(published), try PlainTextRenderer().render(published), try DocBookRenderer().render(published),
        ] {
            #expect(!output.lowercased().contains("conceptversie"))
        }
    }

    /// Nothing is fetched and nothing runs: no script, no external stylesheet, image or font.
    @Test(arguments: [2014, 2023])
    func thePageIsSelfContained(year: Int) throws {
        let html = try HTMLRenderer().render(try Self.realReport(year))
        for forbidden in ["<script", "<link", " src=", "@import", "url(", "<iframe", "<img"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(!Stylesheet.page.contains("</style"))
        #expect(!Stylesheet.print.contains("</style"))
        #expect(html.contains(Stylesheet.page))
        #expect(!html.contains(Stylesheet.print))
        #expect(try HTMLRenderer(paged: true).render(try Self.realReport(year)).contains(Stylesheet.print))
    }

    /// Headings start at `h1` and never skip a level on the way down (WCAG 1.3.1, 2.4.6).
    @Test(arguments: [2014, 2023])
    func headingsAreInOrder(year: Int) throws {
        let html = try HTMLRenderer().render(try Self.realReport(year))
        let levels = html.matches(of: /<h([1-6])>/).map { Int($0.1)! }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
        }
        #expect(levels.count > 20)
    }

    /// Every chapter, group and sub-section has the same id as in the DocBook, so that a link
    /// into one works in the other; and the contents link to every chapter and group.
    @Test(arguments: [2014, 2023])
    func sectionIDsAreTheDocBookIDs(year: Int) throws {
        let report = try Self.realReport(year)
        let html = try HTMLRenderer().render(report)
        let docbook = try DocBookRenderer().render(report)
        let htmlIDs = html.matches(of: /<section id="([^"]+)"/).map { String($0.1) }
        let docbookIDs = docbook.matches(of: /<(?:preface|chapter|appendix|section) xml:id="([^"]+)"/).map { String($0.1) }
        #expect(htmlIDs == docbookIDs)
        #expect(Set(htmlIDs).count == htmlIDs.count)
        let targets = Set(html.matches(of: /<a href="#([^"]+)"/).map { String($0.1) })
        let groups = report.chapters.flatMap { $0.sections.map(\.id) }
        #expect(targets.isSuperset(of: groups))
        #expect(targets.isSuperset(of: report.chapters.map { ($0.kind == .appendix ? "bijlage." : "hoofdstuk.") + $0.id }))
        #expect(targets.isSubset(of: Set(htmlIDs)))
    }

    /// Link text says where the link goes, read with its sentence (WCAG 2.4.4): never empty,
    /// never a bare "hier" or "klik hier", always inside a sentence that gives it context.
    @Test(arguments: [2014, 2023])
    func linkTextIsMeaningful(year: Int) throws {
        let html = try HTMLRenderer().render(try Self.realReport(year))
        let body = html[html.range(of: "<main>")!.upperBound...]
        let generic: Set<String> = ["hier", "klik hier", "link", "deze link", "lees meer", "meer", "klik"]
        var count = 0
        for line in body.split(separator: "\n") {
            for link in line.matches(of: /<a href="https?:[^"]+">(.*?)<\/a>/) {
                count += 1
                let text = String(link.1).replacing(/<[^>]+>/, with: "").trimmingCharacters(in: .whitespaces)
                #expect(!text.isEmpty)
                #expect(!generic.contains(text.lowercased()), "\(text)")
                let sentence = String(line).replacing(/<[^>]+>/, with: "").trimmingCharacters(in: .whitespaces)
                #expect(sentence.count > text.count, "\(text) stands alone")
            }
        }
        #expect(count > 0)
    }

    /// The portal's preview: one group's section, alone or as a page with the stylesheet.
    @Test func oneSectionRendersOnItsOwn() throws {
        let fragment = TestSupport.fragment(
            extra: "chairs:\n  - city: Delft\n    role: trekker\n", body: "Tekst.\n\n# Tussenkop\n\nMeer tekst.")
        let alone = try HTMLRenderer().fragment(Assembler.section(fragment))
        #expect(
            alone == """
                <section id="test" class="groep">
                  <h3>Test</h3>
                  <dl class="voorzitters">
                    <div>
                      <dt>Trekker</dt>
                      <dd>Delft</dd>
                    </div>
                  </dl>
                  <p>Tekst.</p>
                  <section id="test.tussenkop">
                    <h4>Tussenkop</h4>
                    <p>Meer tekst.</p>
                  </section>
                </section>

                """)
        let page = try HTMLRenderer().page(fragment)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(page.contains("<title>Test</title>"))
        #expect(page.contains(Stylesheet.page))
        #expect(page.contains("<main class=\"voorbeeld\">\n      <section id=\"test\" class=\"groep\">"))
    }
}

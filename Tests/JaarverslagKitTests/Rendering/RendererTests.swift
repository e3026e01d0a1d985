import Testing
@testable import JaarverslagKit

@Suite struct RendererTests {
    func report(body: String, numbered: Bool = false, extra: String = "") -> Report {
        let manifest = TestSupport.manifest(numbered: numbered)
        let fragment = TestSupport.fragment(extra: extra, body: body)
        return Assembler.assemble(Orderer.order([fragment], by: manifest), manifest: manifest)
    }

    @Test func plainTextHasTitleBlockHeadingsListsAndLinks() {
        let text = PlainTextRenderer().render(
            report(body: "Zie [de site](https://g40.nl).\n\n- een\n- twee\n\na) eerste\n\nb) tweede", numbered: true))
        #expect(
            text == """
                Jaarverslag 2099
                G40 Stedennetwerk


                1. Pijler Sociaal
                =================

                Test
                ----

                Zie de site [1].

                - een
                - twee

                a) eerste
                b) tweede

                [1] https://g40.nl


                Leden
                =====

                De 2 gemeenten van de G40 zijn: Alkmaar en Zwolle.

                """)
    }

    @Test func docBookUsesTheDocBookVocabulary() throws {
        let xml = try DocBookRenderer().render(
            report(
                body: "Zie [de site](https://g40.nl) & *meer*.\n\na) eerste\n\nb) tweede",
                extra: "chairs:\n  - name: Jan Hamming\n    city: Zaanstad\nformerly:\n  - title: Oud\n    year: 2014\n"))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<book xmlns=\"http://docbook.org/ns/docbook\""))
        #expect(xml.contains("version=\"5.0\" xml:lang=\"nl\""))
        #expect(xml.contains("<section xml:id=\"test\">"))
        #expect(xml.contains("<para>Zie <link xlink:href=\"https://g40.nl\">de site</link> &amp; <emphasis>meer</emphasis>.</para>"))
        #expect(xml.contains("<orderedlist numeration=\"loweralpha\">"))
        #expect(
            xml.contains(
                "<info>\n    <title>Jaarverslag 2099</title>\n    <author>\n      <personname>G40 Stedennetwerk</personname>\n    </author>\n    <pubdate>2099</pubdate>\n    <date>2099</date>\n    <revhistory>\n      <revision>\n        <revnumber>2099</revnumber>\n        <date>2099</date>\n        <authorinitials>G40</authorinitials>\n        <revremark>Jaarverslag 2099, G40 Stedennetwerk</revremark>\n      </revision>\n    </revhistory>\n  </info>"
            ))
        // Titles are children, never in `info`: pandoc would take the last one for the book's.
        #expect(
            xml.contains(
                "<chapter xml:id=\"hoofdstuk.sociaal\">\n    <title>Pijler Sociaal</title>\n    <section xml:id=\"test\">\n      <title>Test</title>"
            ))
        #expect(xml.matches(of: /<info>\s*<title>/).count == 1)
        #expect(
            xml.contains(
                "<bibliorelation type=\"replaces\" class=\"other\" otherclass=\"jaarverslag-2014\">Oud</bibliorelation>"))
        #expect(
            xml.contains(
                "<para role=\"chairs\">Voorzitter: <phrase role=\"voorzitter\"><personname>Jan Hamming</personname> (<orgname>Zaanstad</orgname>)</phrase>.</para>"
            ))
        #expect(!xml.contains("othercredit") && !xml.contains("bibliomisc"))
        #expect(
            xml.contains(
                "<para role=\"members\">De 2 gemeenten van de G40 zijn: <phrase role=\"member\">Alkmaar</phrase> en <phrase role=\"member\">Zwolle</phrase>.</para>"
            ))
        #expect(xml.components(separatedBy: "xmlns:xlink").count == 2)
    }

    @Test func docBookChairsAreGroupedByRoleWithTheirRoles() throws {
        let xml = try DocBookRenderer().render(
            report(
                body: "Tekst.",
                extra:
                    "chairs:\n  - city: Dordrecht\n    role: trekker\n  - city: Delft\n    role: voorzitter\n  - city: Apeldoorn\n    role: trekker\n"
            ))
        #expect(
            xml.contains(
                "<para role=\"chairs\">Trekkers: <phrase role=\"trekker\"><orgname>Dordrecht</orgname></phrase> en <phrase role=\"trekker\"><orgname>Apeldoorn</orgname></phrase>; voorzitter: <phrase role=\"voorzitter\"><orgname>Delft</orgname></phrase>.</para>"
            ))
    }
}

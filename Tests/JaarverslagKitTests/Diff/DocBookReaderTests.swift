import Foundation
import Testing
@testable import JaarverslagKit

@Suite struct DocBookReaderTests {
    func read(_ xml: String) -> Result<Report, DocBookReader.Failure> {
        DocBookReader.read(data: Data(xml.utf8), path: "in.xml")
    }

    @Test func readsBackWhatTheRendererWrites() throws {
        let sources = try YearLoader.load(year: 2099, from: TestSupport.everythingWorkspace).get()
        let report = Pipeline.assemble(sources)
        let xml = try DocBookRenderer().render(report)
        let back = try read(xml).get()
        #expect(try DocBookRenderer().render(back) == xml)
        #expect(back.foreword?.signature == report.foreword?.signature)
        #expect(back.memberList == report.memberList)
        #expect(back.chapters.map(\.id) == report.chapters.map(\.id))
    }

    /// Files written before titles left `info` and chairs became a paragraph still read.
    @Test func readsTheEarlierMarkupToo() throws {
        let old = try read(
            """
            <book xmlns="http://docbook.org/ns/docbook" version="5.0" xml:id="jaarverslag-2023">
            <info><title>Jaarverslag 2023</title><orgname>G40 Stedennetwerk</orgname></info>
            <preface xml:id="voorwoord"><info><title>Voorwoord</title>
            <author><personname>Paul Depla</personname><affiliation><jobtitle>voorzitter</jobtitle></affiliation></author></info>
            <para>Tekst.</para><para role="signature">Paul Depla, voorzitter</para></preface>
            <chapter xml:id="hoofdstuk.fysiek"><info><title>Pijler Fysiek</title></info>
            <section xml:id="wonen"><info><title>Wonen</title>
            <othercredit class="other" otherclass="trekker"><orgname>Tilburg</orgname></othercredit>
            <othercredit class="other" otherclass="voorzitter"><personname>Jan</personname><affiliation><orgname>Ede</orgname></affiliation></othercredit>
            <bibliomisc role="formerly-2014">Bouwen</bibliomisc></info><para>Tekst.</para></section></chapter>
            <chapter xml:id="hoofdstuk.netwerk"><info><title>Netwerk</title><bibliomisc role="group">netwerk</bibliomisc></info>
            <para>Over het netwerk.</para></chapter></book>
            """
        ).get()
        let new = try read(DocBookRenderer().render(old)).get()
        for report in [old, new] {
            #expect(report.network.name == "G40 Stedennetwerk")
            #expect(report.foreword?.title == "Voorwoord")
            #expect(report.foreword?.signature == Signature(name: "Paul Depla", role: "voorzitter"))
            #expect(report.foreword?.content.blocks.count == 1)
            let section = report.chapters[0].sections[0]
            #expect(section.title == "Wonen")
            #expect(
                section.origin?.chairs == [
                    Chair(name: nil, city: "Tilburg", role: .trekker), Chair(name: "Jan", city: "Ede", role: .voorzitter),
                ])
            #expect(section.origin?.formerly == [FormerName(title: "Bouwen", year: 2014)])
            #expect(section.content.blocks.count == 1)
            #expect(report.chapters[1].introGroup?.group == "netwerk")
            #expect(report.chapters[1].intro.blocks.count == 1)
        }
    }

    @Test func refusesADoctypeWithAnExternalEntity() {
        let result = read(
            """
            <?xml version="1.0"?>
            <!DOCTYPE book [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <book xmlns="http://docbook.org/ns/docbook"><info><title>&x;</title></info></book>
            """)
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        #expect(failure.message.en.contains("DOCTYPE"))
    }

    @Test func refusesBillionLaughs() {
        var entities = "<!ENTITY l0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let result = read(
            "<?xml version=\"1.0\"?><!DOCTYPE book [\(entities)]><book xmlns=\"http://docbook.org/ns/docbook\"><info><title>&l9;</title></info></book>"
        )
        guard case .failure = result else { Issue.record("accepted"); return }
    }

    @Test func refusesWhatIsNotDocBook() {
        guard case .failure(let failure) = read("<html><body>hallo</body></html>") else { Issue.record("accepted"); return }
        #expect(failure.message.en.contains("not a DocBook 5 book"))
        guard case .failure(let broken) = read("<book xmlns=\"http://docbook.org/ns/docbook\"><info>") else {
            Issue.record("accepted"); return
        }
        #expect(broken.message.en.contains("not well-formed"))
    }

    @Test func refusesElementsItDoesNotKnow() {
        let result = read(
            """
            <book xmlns="http://docbook.org/ns/docbook"><info><title>T</title></info>
            <chapter xml:id="hoofdstuk.a"><info><title>A</title></info><table/></chapter></book>
            """)
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        #expect(failure.line == 2)
        #expect(failure.message.en.contains("unexpected element `table`"))
    }

    /// What `build` could not have written is refused, so `diff --format docbook` never copies it.
    @Test(arguments: [
        (
            "<chapter xml:id=\"hoofdstuk.a\"><info><title>A</title></info><section xml:id=\"x\"><info><title>X</title></info><para>t</para></section><section xml:id=\"x\"><info><title>Y</title></info><para>t</para></section></chapter>",
            "occurs twice"
        ),
        ("<chapter xml:id=\"Hoofdstuk A\"><info><title>A</title></info></chapter>", "is not as"),
        (
            "<chapter xml:id=\"hoofdstuk.a\"><info><title>A</title></info><para><link xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"javascript:alert(1)\">x</link></para></chapter>",
            "would not write"
        ),
        (
            "<chapter xml:id=\"hoofdstuk.a\"><info><title>A</title></info><para><link xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"https://g40.nl/&#x202E;x\">x</link></para></chapter>",
            "would not write"
        ),
    ])
    func refusesWhatBuildCouldNotHaveWritten(chapter: String, expected: String) {
        let result = read(
            "<book xmlns=\"http://docbook.org/ns/docbook\" xml:id=\"jaarverslag-2099\"><info><title>T</title></info>\(chapter)</book>")
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        #expect(failure.message.en.contains(expected), "\(failure.message.en)")
    }

    @Test func refusesAnElementWithMoreChildrenThanAYearCanGive() {
        let para = "<para>" + String(repeating: "<phrase>x</phrase>", count: DocBookInputCheck.maxChildren + 1) + "</para>"
        let result = read(
            "<book xmlns=\"http://docbook.org/ns/docbook\"><info><title>T</title></info><chapter xml:id=\"hoofdstuk.a\"><info><title>A</title></info>\(para)</chapter></book>"
        )
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        #expect(failure.message.en.contains("has more than"))
    }
}

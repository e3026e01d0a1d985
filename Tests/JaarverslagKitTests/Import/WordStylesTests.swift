import Foundation
import Testing
@testable import JaarverslagKit

/// Meaning comes from the style's name, in English and Dutch Word, following `basedOn`, and
/// never from its id; the house style in `report.yaml` comes first.
@Suite struct WordStylesTests {
    @Test func dutchWordHeadingsQuotesAndTitle() throws {
        let document = DocxBuilder(
            body: [
                DocxBuilder.p("Themagroep Woningmarkt", style: "Titel"),
                DocxBuilder.p("Aanpak", style: "Kop1"),
                DocxBuilder.p("De groep kwam vier keer bijeen."),
                DocxBuilder.p("Details", style: "Kop2"),
                DocxBuilder.p("Nog dieper", style: "Kop3"),
                DocxBuilder.p("Wonen is een grondrecht.", style: "Citaat"),
            ].joined(),
            styles: ImportTest.dutchWordStyles)
        let imported = try ImportTest.run(document, title: "Themagroep Woningmarkt")
        #expect(
            imported.body == """
                # Aanpak

                De groep kwam vier keer bijeen.

                ## Details

                **Nog dieper**

                > Wonen is een grondrecht.

                """)
        #expect(imported.documentTitle == "Themagroep Woningmarkt")
        #expect(imported.rules == ["import-heading-level"])
        // As `##`, Kop 3 would have left `## Details` without text: `empty-heading`, an error.
        #expect(
            imported.messages("import-heading-level").first?.hasPrefix(
                "alinea 5 („Nog dieper”): een kop van niveau 3 direct onder een andere kop is een vette regel geworden") == true)
        let checked = try #require(TestSupport.load("---\nyear: 2099\npillar: sociaal\ngroup: test\ntitle: T\n---\n" + imported.body).0)
        let findings = Validator.validate(ValidationInput(manifest: TestSupport.manifest(members: []), fragments: [checked]))
        #expect(!findings.contains { $0.rule == .emptyHeading }, "\(findings)")
    }

    /// Kop 2 with Kop 3 under it (no Kop 1) stays two levels, `#` and `##`: both became `##`,
    /// and the first had no text under it, which blocked handing in (user audit). Likewise Kop 1
    /// with Kop 3. Three levels still become two, reported.
    @Test func twoHeadingLevelsStayTwoWhicheverWordLevelsTheyAre() throws {
        for (upper, lower) in [("Kop2", "Kop3"), ("Kop1", "Kop3")] {
            let document = DocxBuilder(
                body: [
                    DocxBuilder.p("Resultaten", style: upper), DocxBuilder.p("Wonen", style: lower), DocxBuilder.p("Tekst over wonen."),
                ].joined(),
                styles: ImportTest.dutchWordStyles)
            let imported = try ImportTest.run(document)
            #expect(imported.body == "# Resultaten\n\n## Wonen\n\nTekst over wonen.\n", "\(upper) and \(lower)")
            #expect(imported.rules.isEmpty, "\(upper) and \(lower)")
        }
    }

    /// Only a Title at the top is the document's title; one further down, after text, is a
    /// heading of the text and stays (it was left out, with a message about the title).
    @Test func aTitleFurtherDownIsAHeading() throws {
        let document = DocxBuilder(
            body: [
                DocxBuilder.p("De groep kwam vier keer bijeen."),
                DocxBuilder.p("Tussentitel in Titel-stijl", style: "Titel"),
                DocxBuilder.p("Meer tekst."),
            ].joined(),
            styles: ImportTest.dutchWordStyles)
        let imported = try ImportTest.run(document, title: "Themagroep Woningmarkt")
        #expect(imported.body == "De groep kwam vier keer bijeen.\n\n# Tussentitel in Titel-stijl\n\nMeer tekst.\n")
        #expect(imported.documentTitle == nil)
        #expect(imported.rules.isEmpty)
    }

    @Test func dutchNamesAsLibreOfficeAndOlderWordWriteThem() throws {
        let styles = """
            <w:style w:type="paragraph" w:styleId="P1"><w:name w:val="Kop 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="P2"><w:name w:val="Citaat"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Verslagtekst"/></w:style>
            <w:style w:type="paragraph" w:styleId="Eigen"><w:name w:val="G40 kop"/><w:basedOn w:val="P1"/></w:style>
            """
        let document = DocxBuilder(
            body: DocxBuilder.p("Kop", style: "P1") + DocxBuilder.p("Geciteerd", style: "P2")
                + DocxBuilder.p("Gewone tekst, ook al heet de stijl-id Heading1.", style: "Heading1")
                + DocxBuilder.p("Afgeleide kop", style: "Eigen") + DocxBuilder.p("Tekst."),
            styles: styles)
        let imported = try ImportTest.run(document)
        #expect(
            imported.body == "# Kop\n\n> Geciteerd\n\nGewone tekst, ook al heet de stijl-id Heading1.\n\n# Afgeleide kop\n\nTekst.\n")
    }

    @Test func theHouseStyleComesFirst() throws {
        let styles = """
            <w:style w:type="paragraph" w:styleId="G40Tussenkop"><w:name w:val="G40 Tussenkop"/></w:style>
            <w:style w:type="paragraph" w:styleId="Instructie"><w:name w:val="Instructie"/></w:style>
            <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="character" w:styleId="Accent"><w:name w:val="G40 Accent"/></w:style>
            """
        let body =
            DocxBuilder.p("Resultaten", style: "G40Tussenkop") + DocxBuilder.p("Vul hier uw tekst in.", style: "Instructie")
            + DocxBuilder.p("Geen kop meer", style: "Kop1")
            + "<w:p><w:r><w:t xml:space=\"preserve\">Een </w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Accent\"/></w:rPr><w:t>belangrijk</w:t></w:r><w:r><w:t xml:space=\"preserve\"> punt.</w:t></w:r></w:p>"
        let location = TextLocation(path: "reports/2023/report.yaml", line: 1, column: 1)
        let house = ImportStyleMap(
            paragraphStyles: [
                "g40 tussenkop": Located(.heading1, at: location), "Instructie": Located(.ignore, at: location),
                "Heading 1": Located(.paragraph, at: location),
            ],
            characterStyles: ["G40 Accent": Located(.bold, at: location)])
        let imported = try ImportTest.run(DocxBuilder(body: body, styles: styles), styles: house)
        #expect(imported.body == "# Resultaten\n\nGeen kop meer\n\nEen **belangrijk** punt.\n")
        #expect(
            imported.messages("import-ignored-style") == [
                "1 alinea met de stijl ‘Instructie’ is weggelaten, zoals `import:` in report.yaml voorschrijft; die staat hieronder"
            ])
        // Where it was and what it said: a secretary may have typed over the instruction.
        let ignored = try #require(imported.diagnostics.first { $0.rule.id.rawValue == "import-ignored-style" })
        #expect(ignored.notes.map(\.message.nl) == ["na alinea 1 („Resultaten — Vul hier uw tekst in.”)"])
        #expect(ignored.fix?.nl.contains("de stijl Standaard") == true)
    }

    @Test func characterStylesStrongAndEmphasisInDutchWord() throws {
        let body = """
            <w:p><w:r><w:rPr><w:rStyle w:val="Zwaar"/></w:rPr><w:t>Vet</w:t></w:r><w:r><w:t xml:space="preserve"> en </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Nadruk"/></w:rPr><w:t>schuin</w:t></w:r><w:r><w:t xml:space="preserve"> en </w:t></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>beide</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve"> niet.</w:t></w:r></w:p>
            """
        let imported = try ImportTest.run(DocxBuilder(body: body, styles: ImportTest.dutchWordStyles))
        #expect(imported.body == "**Vet** en *schuin* en ***beide*** niet.\n")
    }

    @Test func aTitleThatDiffersFromTheFrontMatterIsReported() throws {
        let document = DocxBuilder(
            body: DocxBuilder.p("Woningmarkt 2024", style: "Titel") + DocxBuilder.p("Tekst."), styles: ImportTest.dutchWordStyles)
        let imported = try ImportTest.run(document, title: "Themagroep Woningmarkt")
        #expect(imported.body == "Tekst.\n")
        #expect(imported.rules == ["import-title"])
        let first = try ImportTest.run(
            DocxBuilder(
                body: DocxBuilder.p("Themagroep Woningmarkt", style: "Kop1") + DocxBuilder.p("Tekst."), styles: ImportTest.dutchWordStyles),
            title: "Themagroep woningmarkt")
        #expect(first.body == "Tekst.\n")
        #expect(first.diagnostics.isEmpty)
    }
}

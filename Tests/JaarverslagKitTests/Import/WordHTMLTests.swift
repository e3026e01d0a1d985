import Foundation
import Testing
@testable import JaarverslagKit

/// The HTML that Word puts on the clipboard goes through the same mapping as a .docx: Word's
/// list paragraphs (`mso-list`), real `ul`/`ol` lists, headings, bold and italic, links with
/// SafeLinks unwrapped, soft hyphens removed, and tables and images reported.
@Suite struct WordHTMLTests {
    /// Copied from Word the way Word writes it: a style sheet with the list formats, the
    /// `StartFragment` markers, `<o:p>`, the list markers Word drew inside
    /// `<![if !supportLists]>` and `mso-list:Ignore`, `mso-spacerun` spaces.
    static let clipboard = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
        <style><!--
        p.MsoTitle {mso-style-name:Titel;}
        @list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7; font-family:Symbol;}
        @list l0:level2 {mso-level-number-format:bullet; mso-level-text:o; font-family:"Courier New";}
        @list l1:level1 {mso-level-number-format:alpha-lower; mso-level-text:"%1\\)";}
        --></style></head>
        <body lang=NL style='tab-interval:35.4pt'>
        <!--StartFragment-->
        <p class=MsoTitle>Themagroep Woningmarkt<o:p></o:p></p>
        <h1>Bijeenkomsten<o:p></o:p></h1>
        <p class=MsoNormal>In 2023 kwam de themagroep vier keer bijeen. De wethouders spraken over de <b>woondeals</b>
        en over de <i>Wet versterking regie volkshuisvesting</i>.<span style='mso-spacerun:yes'>  </span>Ook de be&shy;stuurlijke
        agenda kwam aan bod.<o:p></o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>het ministerie van BZK;<o:p></o:p></p>
        <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Noord-Brabant<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>corporaties en huurders.<o:p></o:p></p>
        <p class=MsoNormal>De groep bereikte drie dingen:<o:p></o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>afspraken over <b><span style='font-weight:bold'>sociale huur</span></b>;<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>b)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>een gezamenlijke lobby.<o:p></o:p></p>
        <p class=MsoNormal>Lees ook <a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40stedennetwerk.nl%2Fnieuws&amp;data=05%7C02%7Cx&amp;reserved=0">de reactie van de G40</a>.<o:p></o:p></p>
        <table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Gemeente<o:p></o:p></p></td><td><p class=MsoNormal>Woningen<o:p></o:p></p></td></tr><tr><td><p class=MsoNormal>Assen<o:p></o:p></p></td><td><p class=MsoNormal>1.200<o:p></o:p></p></td></tr></table>
        <p class=MsoNormal><img width=200 height=100 src="file:///C:/Users/secr/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" alt="Foto van de netwerkdag"><o:p></o:p></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <p class=MsoNormal>Met vriendelijke groet,<br>het secretariaat<o:p></o:p></p>
        <!--EndFragment-->
        </body></html>
        """

    @Test func wordClipboardHTML() throws {
        let outcome = WordImport.convert(html: Self.clipboard, options: .init(displayPath: "plakken", title: "Themagroep Woningmarkt"))
        let body = try #require(outcome.body)
        #expect(
            body == """
                # Bijeenkomsten

                In 2023 kwam de themagroep vier keer bijeen. De wethouders spraken over de **woondeals** en over de *Wet versterking regie volkshuisvesting*. Ook de bestuurlijke agenda kwam aan bod.

                - het ministerie van BZK;
                  - Noord-Brabant
                - corporaties en huurders.

                De groep bereikte drie dingen:

                a) afspraken over **sociale huur**;

                b) een gezamenlijke lobby.

                Lees ook [de reactie van de G40](https://www.g40stedennetwerk.nl/nieuws).

                Met vriendelijke groet,
                het secretariaat

                """, "\(body)")
        #expect(outcome.documentTitle == "Themagroep Woningmarkt")
        #expect(
            outcome.diagnostics.map(\.message.nl) == [
                "na alinea 10 („Lees ook de reactie van de…”): een tabel van 2 rijen en 2 kolommen, die begint met „Gemeente Woningen Assen 1.200”, is niet overgenomen: het jaarverslag heeft geen tabellen",
                "na alinea 10 („Lees ook de reactie van de…”): een afbeelding („Foto van de netwerkdag”) is niet overgenomen: een fragment bevat alleen tekst",
            ])
    }

    @Test func realListsFromOutlookOnTheWebAndBrowsers() throws {
        let html = """
            <div><p>Wij deden:</p><ul><li>overleg<ul><li>met het <strong>Rijk</strong></li></ul></li><li>lobby</li></ul>
            <ol start="3"><li>drie</li><li>vier</li></ol><p>Letters:</p><ol type="a"><li>een</li><li>twee</li></ol>
            <blockquote><p>Wonen is een grondrecht.</p></blockquote>
            <p><span style="font-weight: 700">Vet</span> en <span style="font-style: italic">schuin</span>.</p></div>
            """
        let outcome = WordImport.convert(html: html, options: .init(displayPath: "plakken"))
        #expect(
            outcome.body == """
                Wij deden:

                - overleg
                  - met het **Rijk**
                - lobby

                3. drie
                4. vier

                Letters:

                a) een

                b) twee

                > Wonen is een grondrecht.

                **Vet** en *schuin*.

                """, "\(outcome.body ?? "")")
        #expect(outcome.diagnostics.isEmpty)
    }

    /// The same text as a .docx and as clipboard HTML gives the same fragment.
    @Test func theSameMappingAsADocx() throws {
        let docx = DocxBuilder(
            body: [
                DocxBuilder.p("Aanpak", style: "Kop1"), DocxBuilder.p("overleg", numbering: (1, 0)),
                DocxBuilder.p("lobby", numbering: (1, 0)),
                DocxBuilder.p("eerste", numbering: (3, 0)), DocxBuilder.p("tweede", numbering: (3, 0)),
                "<w:p><w:r><w:t xml:space=\"preserve\">Een </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>vet</w:t></w:r><w:r><w:t xml:space=\"preserve\"> woord.</w:t></w:r></w:p>",
            ].joined(), styles: ImportTest.dutchWordStyles, numbering: ImportTest.numbering)
        let html = """
            <style>@list l0:level1 {mso-level-number-format:bullet;} @list l1:level1 {mso-level-number-format:alpha-lower;}</style>
            <h1>Aanpak</h1>
            <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>overleg</p>
            <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>lobby</p>
            <p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>a)</span>eerste</p>
            <p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>b)</span>tweede</p>
            <p class=MsoNormal>Een <b>vet</b> woord.</p>
            """
        let fromDocx = try ImportTest.run(docx)
        let fromHTML = WordImport.convert(html: html, options: .init(displayPath: "plakken"))
        #expect(fromHTML.body == fromDocx.body)
        #expect(fromDocx.body == "# Aanpak\n\n- overleg\n- lobby\n\na) eerste\n\nb) tweede\n\nEen **vet** woord.\n")
    }

    @Test func hostileHTMLIsBounded() throws {
        let deep = String(repeating: "<div>", count: 100_000) + "diep" + String(repeating: "</div>", count: 100_000)
        let start = ContinuousClock.now
        let outcome = WordImport.convert(html: deep, options: .init(displayPath: "plakken"))
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(outcome.body != nil)
        var limits = DocxLimits()
        limits.partSize = 1024
        let large = WordImport.convert(
            html: String(repeating: "<p>tekst</p>", count: 1_000), options: .init(displayPath: "plakken", limits: limits))
        #expect(large.body == nil)
        #expect(large.diagnostics.first?.severity == .error)
        let script = WordImport.convert(
            html: "<p>Tekst<script>alert(1)</script><img src=\"http://example.com/x.png\"></p>", options: .init(displayPath: "plakken"))
        #expect(script.body == "Tekst\n")
        #expect(script.diagnostics.map(\.rule.id.rawValue) == ["import-object"])
    }

    /// Text that reads like another dialect's footnote (`[^1]`) is written escaped, and the
    /// fragment shows it as text (found by the fuzzer).
    @Test func aFootnoteLookalikeStaysText() throws {
        let outcome = WordImport.convert(html: "<p>Zie [^1] en [^noot].</p>", options: .init(displayPath: "plakken"))
        let body = try #require(outcome.body)
        #expect(body == "Zie \\[^1\\] en \\[^noot\\].\n")
        let fragment = try #require(TestSupport.load("---\nyear: 2099\npillar: sociaal\ngroup: test\ntitle: T\n---\n" + body).0)
        #expect(fragment.unsupported.isEmpty)
        #expect(fragment.body.first?.inlineRuns.first?.plainText == "Zie [^1] en [^noot].")
    }

    /// Word writes All Caps as `text-transform:uppercase` on the clipboard: as in a .docx, the
    /// letters come as typed and the notice quotes them.
    @Test func capitalsByFormattingAreReportedAsInADocx() throws {
        let html =
            "<p class=MsoNormal><span style='text-transform:uppercase'>resultaten</span> en <span style='text-transform: uppercase'>G40</span></p>"
        let outcome = WordImport.convert(html: html, options: .init(displayPath: "plakken"))
        #expect(outcome.body == "resultaten en G40\n")
        let found = outcome.diagnostics.filter { $0.rule == .importFormatting }.map(\.message.nl)
        #expect(found.count == 1 && found[0].contains("„resultaten” staat in Word in hoofdletters"), "\(found)")
    }
}

import Foundation
import Testing
@testable import JaarverslagKit

/// What a fragment cannot hold is never dropped silently: each table, image, chart, text box,
/// equation and embedded object is reported with its place and first words.
@Suite struct WordObjectsTests {
    static let image = """
        <w:r><w:drawing><wp:inline><wp:docPr id="1" name="Afbeelding 1" descr="Foto van de netwerkdag in Assen"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """
    static let chart = """
        <w:r><w:drawing><wp:inline><wp:docPr id="2" name="Grafiek 2" descr="Deelnemers per jaar"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></wp:inline></w:drawing></w:r>
        """
    static let textBox = """
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="3" name="Tekstvak 3"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Let op:</w:t></w:r></w:p><w:p><w:r><w:t>de deadline is 1 maart</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Let op: de deadline is 1 maart</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>
        """

    @Test func eachObjectIsReportedWithItsPlace() throws {
        let body = [
            DocxBuilder.p("De netwerkdag was in Assen."),
            "<w:p>\(Self.image)</w:p>",
            "<w:p><w:r><w:t xml:space=\"preserve\">Het aantal deelnemers groeide. </w:t></w:r>\(Self.chart)</w:p>",
            "<w:p>\(Self.textBox)<w:r><w:t>Een alinea met een tekstvak.</w:t></w:r></w:p>",
            "<w:p><m:oMathPara><m:oMath><m:r><m:t>E=mc2</m:t></m:r></m:oMath></m:oMathPara></w:p>",
            // Word gives an embedded sheet a picture of itself to show.
            "<w:p><w:r><w:object><v:shape><v:imagedata r:id=\"rId9\"/></v:shape><o:OLEObject ProgID=\"Excel.Sheet.12\"/></w:object></w:r></w:p>",
        ].joined()
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(result.body == "De netwerkdag was in Assen.\n\nHet aantal deelnemers groeide.\n\nEen alinea met een tekstvak.\n")
        #expect(
            result.messages("import-object") == [
                "na alinea 1 („De netwerkdag was in Assen.”): een afbeelding („Foto van de netwerkdag in Assen”) is niet overgenomen: een fragment bevat alleen tekst",
                "alinea 2 („Het aantal deelnemers groeide.”): een grafiek („Deelnemers per jaar”) is niet overgenomen: een fragment bevat alleen tekst",
                "alinea 3 („Een alinea met een tekstvak.”): een tekstvak met „Let op: de deadline is 1 maart” is niet overgenomen: een fragment bevat alleen tekst",
                "na alinea 3 („Een alinea met een tekstvak.”): een vergelijking is niet overgenomen: een fragment bevat alleen tekst",
                "na alinea 3 („Een alinea met een tekstvak.”): een ingesloten Excel-werkblad is niet overgenomen: een fragment bevat alleen tekst",
            ])
        #expect(result.diagnostics.allSatisfy { $0.fix != nil && $0.location.path == "verslag.docx" })
    }

    @Test func aTableIsReportedWithItsSizeAndFirstWords() throws {
        let cell = { (text: String) in "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let table =
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>\(cell("Gemeente"))\(cell("Bijdrage"))</w:tr><w:tr>\(cell("Assen"))\(cell("€ 5.000"))</w:tr><w:tr>\(cell("Delft"))\(cell("€ 7.500"))</w:tr></w:tbl>"
        let result = try ImportTest.run(DocxBuilder(body: DocxBuilder.p("De bijdragen:") + table + DocxBuilder.p("Daarna volgt tekst.")))
        #expect(result.body == "De bijdragen:\n\nDaarna volgt tekst.\n")
        #expect(
            result.messages("import-table") == [
                "na alinea 1 („De bijdragen:”): een tabel van 3 rijen en 2 kolommen, die begint met „Gemeente Bijdrage Assen € 5.000 Delft € 7.500”, is niet overgenomen: het jaarverslag heeft geen tabellen"
            ])
    }

    @Test func pageFurnitureAndTheTableOfContentsAreLeftOut() throws {
        let body = """
            <w:sdt><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Inhopg1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-3"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink w:anchor="_Toc1"><w:r><w:t>Aanpak 1</w:t></w:r></w:hyperlink></w:p><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>\
            <w:p><w:r><w:t xml:space="preserve">Pagina </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>\
            <w:p><w:r><w:t>Tekst.</w:t></w:r></w:p>
            """
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Inhopg1\"><w:name w:val=\"toc 1\"/></w:style>"
        let result = try ImportTest.run(DocxBuilder(body: body, styles: styles))
        #expect(result.body == "Pagina\n\nTekst.\n")
        #expect(result.rules == ["import-table-of-contents"])
    }
}

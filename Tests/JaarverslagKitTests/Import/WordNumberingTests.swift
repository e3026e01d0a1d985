import Foundation
import Testing
@testable import JaarverslagKit

/// Lists come from numbering.xml: `w:numPr` → `w:num` → `w:abstractNum` → the level's format,
/// start and overrides; counters belong to the definition.
@Suite struct WordNumberingTests {
    typealias P = DocxBuilder

    func imported(_ body: [String], numbering: String = ImportTest.numbering) throws -> Imported {
        try ImportTest.run(DocxBuilder(body: body.joined(), styles: ImportTest.dutchWordStyles, numbering: numbering))
    }

    @Test func bulletsNestedAndNumbered() throws {
        let result = try imported([
            P.p("Wij deden:"), P.p("overleg", numbering: (1, 0)), P.p("met het Rijk", numbering: (1, 1)),
            P.p("met de VNG", numbering: (1, 1)), P.p("lobby", numbering: (1, 0)), P.p("Stappen:"),
            P.p("plannen", numbering: (2, 0)), P.p("uitvoeren", numbering: (2, 0)),
        ])
        #expect(
            result.body == """
                Wij deden:

                - overleg
                  - met het Rijk
                  - met de VNG
                - lobby

                Stappen:

                1. plannen
                2. uitvoeren

                """)
    }

    /// Words that a numbered level shows around its number (`Stap %1:`) cannot be part of a
    /// Markdown list's number: the list keeps its numbers and each item says which words went.
    @Test func wordsInTheNumberingAreReported() throws {
        let numbering =
            ImportTest.numbering
            + "<w:abstractNum w:abstractNumId=\"9\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"Stap %1:\"/></w:lvl></w:abstractNum><w:num w:numId=\"9\"><w:abstractNumId w:val=\"9\"/></w:num>"
        let result = try imported([P.p("inventariseren", numbering: (9, 0)), P.p("afspreken", numbering: (9, 0))], numbering: numbering)
        #expect(result.body == "1. inventariseren\n2. afspreken\n")
        let found = result.diagnostics.filter { $0.rule.id.rawValue == "import-numbering" }
        #expect(found.count == 2)
        #expect(found.first?.message.nl.contains("toont ook woorden (`Stap %1:`)") == true, "\(found)")
        #expect(found.first?.fix?.nl.contains("‘Stap’") == true)
        #expect(WordDocumentReader.wordsInMarker("%1.") == nil)
        #expect(WordDocumentReader.wordsInMarker("(%1)") == nil)
        #expect(WordDocumentReader.wordsInMarker("%1.%2.") == nil)
        #expect(WordDocumentReader.wordsInMarker("Artikel %1.") == "Artikel")
    }

    @Test func aLetteredListBecomesTheProjectsLetteredList() throws {
        let result = try imported([P.p("eerste", numbering: (3, 0)), P.p("tweede", numbering: (3, 0)), P.p("derde", numbering: (3, 0))])
        #expect(result.body == "a) eerste\n\nb) tweede\n\nc) derde\n")
        let parsed = MarkdownParser.parse(result.body, path: "", lineOffset: 0).blocks
        guard case .letteredList(let items)? = parsed.first?.kind else {
            Issue.record("not a lettered list: \(parsed)")
            return
        }
        #expect(items.count == 3)
    }

    @Test func numberingContinuesAfterAnInterruptionAndRestartsWithStartOverride() throws {
        let numbering =
            ImportTest.numbering
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        let result = try imported(
            [
                P.p("een", numbering: (2, 0)), P.p("twee", numbering: (2, 0)), P.p("Tussendoor."),
                // Another instance of the same definition continues the count ...
                P.p("drie", numbering: (4, 0)),
                // ... unless it restarts it.
                P.p("opnieuw een", numbering: (5, 0)), P.p("opnieuw twee", numbering: (5, 0)),
            ], numbering: numbering)
        #expect(result.body == "1. een\n2. twee\n\nTussendoor.\n\n3. drie\n\n1) opnieuw een\n2) opnieuw twee\n")
        let blocks = MarkdownParser.parse(result.body, path: "", lineOffset: 0).blocks
        #expect(blocks.count == 4)
    }

    @Test func listsGivenByAParagraphStyle() throws {
        // `List Bullet` (Lijstopsommingsteken in Dutch Word) carries its numbering in the style.
        let result = try imported([
            P.p("Wij deden:"), P.p("overleg", style: "Lijstopsommingsteken"), P.p("lobby", style: "Lijstopsommingsteken"),
        ])
        #expect(result.body == "Wij deden:\n\n- overleg\n- lobby\n")
    }

    @Test func aLevelWithoutMarkerAndListContinueAreFurtherParagraphsOfTheItem() throws {
        let numbering =
            ImportTest.numbering
            + "<w:abstractNum w:abstractNumId=\"7\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\" \"/></w:lvl></w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"7\"/></w:num>"
        let result = try imported(
            [
                P.p("Wonen", numbering: (1, 0)), P.p("Huisvesting van ouderen.", numbering: (7, 0)), P.p("Zorg", numbering: (1, 0)),
                P.p("Samen met de VNG.", style: "Lijstvervolg"), P.p("En nog iets.", style: "Lijstalinea"),
            ], numbering: numbering)
        #expect(result.body == "- Wonen\n\n  Huisvesting van ouderen.\n\n- Zorg\n\n  Samen met de VNG.\n\n  En nog iets.\n")
    }

    @Test func romanNumeralsBecomeNumbersWithAWarning() throws {
        let numbering =
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        let result = try imported([P.p("een", numbering: (1, 0)), P.p("twee", numbering: (1, 0))], numbering: numbering)
        #expect(result.body == "1. een\n2. twee\n")
        #expect(result.rules == ["import-numbering", "import-numbering"])
    }

    @Test func bulletsTypedByHand() throws {
        let result = try imported([P.p("Wij deden:"), P.p("• overleg"), P.p("- lobby"), P.p("– netwerk"), P.p("-5 graden is koud.")])
        #expect(result.body == "Wij deden:\n\n- overleg\n- lobby\n- netwerk\n\n-5 graden is koud.\n")
    }

    /// Outlook's and Word's plain-text second-level bullet is an `o` and non-breaking spaces;
    /// under an item it is one level down. An `o` with an ordinary space may be a word.
    @Test func theSecondLevelBulletOfOutlook() throws {
        let result = try imported([
            P.p("Uit de mail:"), P.p("· Eerste punt"), P.p("o\u{00A0}\u{00A0}Subpunt"), P.p("· Tweede punt"), P.p("Daarna."),
            P.p("o ja, dat is waar."),
        ])
        #expect(result.body == "Uit de mail:\n\n- Eerste punt\n  - Subpunt\n- Tweede punt\n\nDaarna.\n\no ja, dat is waar.\n")
    }

    @Test func numStyleLinkFindsTheRealDefinition() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="G40Lijst"/></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="G40Lijst"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """
        let styles =
            ImportTest.dutchWordStyles
            + "<w:style w:type=\"numbering\" w:styleId=\"G40Lijst\"><w:name w:val=\"G40 Lijst\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
        let result = try ImportTest.run(
            DocxBuilder(body: P.p("een", numbering: (1, 0)) + P.p("twee", numbering: (1, 0)), styles: styles, numbering: numbering))
        #expect(result.body == "1. een\n2. twee\n")
    }

    /// A heading Word numbers (`1.2 Resultaten`) keeps its words; the number cannot come
    /// along, and one finding lists the headings that had one.
    @Test func numbersOfHeadingsAreLeftOutAndListed() throws {
        let result = try imported([
            P.p("Inleiding", style: "Kop1", numbering: (2, 0)), P.p("Tekst."), P.p("Resultaten", style: "Kop2", numbering: (2, 1)),
            P.p("Meer tekst."), P.p("Zonder nummer", style: "Kop1"), P.p("Slot."),
        ])
        #expect(result.body.hasPrefix("# Inleiding\n\nTekst.\n\n## Resultaten\n"), "\(result.body)")
        let found = result.diagnostics.filter { $0.rule.id.rawValue == "import-numbering" }
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.nl.hasPrefix("2 koppen hadden in Word een nummer") == true, "\(found)")
        let listed = DiagnosticFormatter(language: .nl).format(try #require(found.first))
        #expect(listed.contains("Inleiding") && listed.contains("Resultaten") && !listed.contains("Zonder nummer"), "\(listed)")
        let bulleted = try imported([P.p("Inleiding", style: "Kop1", numbering: (1, 0)), P.p("Tekst.")])
        #expect(bulleted.diagnostics.isEmpty, "a bullet before a heading is no number: \(bulleted.diagnostics)")
        // An empty numbered heading is not kept; the heading after it had no number.
        let empty = try imported([P.p("", style: "Kop1", numbering: (2, 0)), P.p("Zonder nummer", style: "Kop1"), P.p("Tekst.")])
        #expect(!empty.rules.contains("import-numbering"), "\(empty.diagnostics)")
    }

    /// Bullets under a lettered item are indented under it, so that the paragraph after the
    /// list stays after it: not indented, it became part of the last item (`b)`) in print.
    @Test func whatBelongsToALetteredItemIsIndentedUnderIt() throws {
        let result = try imported([
            P.p("plannen", numbering: (3, 0)), P.p("met de wethouders", numbering: (1, 1)), P.p("met het Rijk", numbering: (1, 1)),
            P.p("uitvoeren", numbering: (3, 0)), P.p("Slot van de tekst."),
        ])
        #expect(result.body == "a) plannen\n   - met de wethouders\n   - met het Rijk\n\nb) uitvoeren\n\nSlot van de tekst.\n")
        let blocks = MarkdownParser.parse(result.body, path: "", lineOffset: 0).blocks
        guard blocks.count == 2, case .letteredList(let items) = blocks[0].kind, case .paragraph = blocks[1].kind else {
            Issue.record("not a lettered list and a paragraph after it: \(blocks)")
            return
        }
        #expect(items.map(\.blocks.count) == [2, 1])
    }
}

import Foundation
import Testing
@testable import JaarverslagKit

/// Inside paragraphs: links from relationships, field codes and `w:fldSimple`; SafeLinks;
/// hyphens, tabs and line breaks; tracked changes, comments and footnotes.
@Suite struct WordRunsTests {
    static let safeLink =
        "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40stedennetwerk.nl%2Fnieuws&amp;data=05%7C01%7Cj.jansen%40example.nl&amp;sdata=abc&amp;reserved=0"

    @Test func hyperlinksFromRelationshipsFieldCodesAndFldSimple() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:hyperlink r:id="rId10"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>het manifest</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">, </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.vng.nl/" \\o "VNG" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>de VNG</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:t xml:space="preserve"> en </w:t></w:r><w:fldSimple w:instr=" HYPERLINK &quot;mailto:info@g40.nl&quot; "><w:r><w:t>mail ons</w:t></w:r></w:fldSimple><w:r><w:t>.</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(
            DocxBuilder(body: body, styles: ImportTest.dutchWordStyles, links: ["rId10": "https://www.g40stedennetwerk.nl/manifest"]))
        #expect(
            result.body
                == "Zie [het manifest](https://www.g40stedennetwerk.nl/manifest), [de VNG](https://www.vng.nl/) en [mail ons](mailto:info@g40.nl).\n"
        )
        #expect(result.diagnostics.isEmpty)
    }

    /// An address with a space or angle brackets, as Word keeps a SharePoint link, comes in
    /// with them encoded (`%20`, `%3C`, `%3E`): the same address, which a Markdown link can
    /// hold. It used to be dropped, with a warning about bold and italic.
    /// All Caps and Small Caps show typed letters as capitals: the letters come along as
    /// typed (never changed on a guess), and the finding quotes them.
    @Test func capitalsByFormattingAreCarriedOverAsTypedAndReported() throws {
        let body = """
            <w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>resultaten</w:t></w:r></w:p><w:p><w:r><w:t>Tekst met </w:t></w:r><w:r><w:rPr><w:smallCaps/></w:rPr><w:t>kleine kapitalen</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>\
            <w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>G40</w:t></w:r><w:r><w:t> en </w:t></w:r><w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t>gewoon</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body, styles: ImportTest.dutchWordStyles))
        #expect(result.body == "resultaten\n\nTekst met kleine kapitalen.\n\nG40 en gewoon\n")
        let found = result.messages("import-formatting")
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.contains("„resultaten” staat in Word in hoofdletters door de opmaak") == true, "\(found)")
        #expect(found.last?.hasPrefix("alinea 2 („Tekst met kleine kapitalen.”): „kleine kapitalen” staat") == true, "\(found)")
    }

    @Test func spacesAndAngleBracketsInAnAddressAreEncoded() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:hyperlink r:id="rId10"><w:r><w:t>het verslag</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> en </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.nl/&lt;x&gt;" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>dit</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
            """
        let address = "https://g40.sharepoint.com/sites/Wonen/Gedeelde documenten/Jaarverslag 2024.pdf?web=1"
        let result = try ImportTest.run(DocxBuilder(body: body, links: ["rId10": address]))
        #expect(
            result.body
                == "Zie [het verslag](https://g40.sharepoint.com/sites/Wonen/Gedeelde%20documenten/Jaarverslag%202024.pdf?web=1) en [dit](https://example.nl/%3Cx%3E).\n"
        )
        #expect(result.diagnostics.isEmpty)
    }

    @Test func safeLinksAreUnwrappedAlsoInTheShownText() throws {
        let body = """
            <w:p><w:hyperlink r:id="rId10"><w:r><w:t>\(Self.safeLink)</w:t></w:r></w:hyperlink></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "\(Self.safeLink.replacingOccurrences(of: "&amp;", with: "&amp;"))" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>het nieuws</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body, links: ["rId10": Self.safeLink]))
        #expect(
            result.body
                == "[https://www.g40stedennetwerk.nl/nieuws](https://www.g40stedennetwerk.nl/nieuws)\n\n[het nieuws](https://www.g40stedennetwerk.nl/nieuws)\n"
        )
    }

    @Test func theKnownSafeLinksForms() {
        let target = "https://www.rijksoverheid.nl/a?b=c"
        let encoded = "https%3A%2F%2Fwww.rijksoverheid.nl%2Fa%3Fb%3Dc"
        for wrapped in [
            "https://eur01.safelinks.protection.outlook.com/?url=\(encoded)&data=x&sdata=y&reserved=0",
            "https://eur03.safelinks.protection.outlook.com/ap/w-59584e83/?url=\(encoded)&data=x",
            "https://gcc02.safelinks.protection.office365.us/?url=\(encoded)&data=x",
            "https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=\(encoded)&locale=nl-nl",
            "https://eur01.safelinks.protection.outlook.com/?url=" + "https://eur02.safelinks.protection.outlook.com/?url=\(encoded)&data=x"
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics)! + "&data=y",
        ] {
            #expect(SafeLinks.unwrap(wrapped) == target, "\(wrapped)")
        }
        #expect(SafeLinks.unwrap("https://www.g40stedennetwerk.nl/?url=https://x.nl") == nil)
    }

    @Test func bookmarksAndLocalFilesKeepTheTextWithoutTheLink() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:hyperlink w:anchor="bijlage"><w:r><w:t>de bijlage</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> en </w:t></w:r><w:hyperlink r:id="rId10"><w:r><w:t>het verslag</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body, links: ["rId10": "file:///C:/Users/jansen/Verslag.docx"]))
        #expect(result.body == "Zie de bijlage en het verslag.\n")
        #expect(result.rules == ["import-internal-link", "import-local-link"])
        #expect(
            result.messages("import-internal-link") == [
                "alinea 1 („Zie de bijlage en het verslag.”): de link op „de bijlage” wijst naar een plek in het document zelf; de tekst is overgenomen zonder link"
            ])
    }

    /// A `tel:` link is a number to call, not a file on a computer.
    @Test func aPhoneLinkIsCalledOne() throws {
        let body =
            "<w:p><w:r><w:t xml:space=\"preserve\">Bel </w:t></w:r><w:hyperlink r:id=\"rId10\"><w:r><w:t>het secretariaat</w:t></w:r></w:hyperlink></w:p>"
        let result = try ImportTest.run(DocxBuilder(body: body, links: ["rId10": "tel:+31152602000"]))
        #expect(result.body == "Bel het secretariaat\n")
        #expect(
            result.messages("import-local-link") == [
                "alinea 1 („Bel het secretariaat”): de link op „het secretariaat” belt een nummer (tel:+31152602000); het jaarverslag heeft alleen web- en maillinks, dus de tekst is overgenomen zonder link"
            ])
    }

    @Test func hyphensTabsBreaksAndQuotes() throws {
        let body = """
            <w:p><w:r><w:t>gemeen</w:t><w:softHyphen/><w:t>telijke</w:t></w:r><w:r><w:t xml:space="preserve"> Noord</w:t><w:noBreakHyphen/><w:t>Brabant</w:t><w:tab/><w:t>‘Het nieuwe normaal’</w:t><w:br/><w:t>tweede regel</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(result.body == "gemeentelijke Noord-Brabant ‘Het nieuwe normaal’\ntweede regel\n")
    }

    /// Hidden text (Word's ‘Verborgen’) is not in the report; nobody sees it in Word, so the
    /// finding quotes it.
    @Test func hiddenTextIsLeftOutAndQuoted() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">De groep kwam bijeen.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> Notitie voor Piet: </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>nog nakijken</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(result.body == "De groep kwam bijeen.\n")
        #expect(
            result.messages("import-hidden-text") == [
                "alinea 1 („De groep kwam bijeen.”): verborgen tekst (opmaak ‘Verborgen’) is niet overgenomen: „Notitie voor Piet: nog nakijken”"
            ])
    }

    /// Shift+Enter twice makes an empty line: two paragraphs, as it reads, with their bold.
    /// One at the start of a paragraph carries nothing. Both gave a warning that bold and
    /// italic were dropped (user audit).
    @Test func anEmptyLineMadeWithLineBreaksStartsAParagraph() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Met </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>twee</w:t></w:r><w:r><w:t xml:space="preserve"> zachte returns</w:t><w:br/><w:br/><w:t>in het midden.</w:t></w:r></w:p>\
            <w:p><w:r><w:br/><w:t>Begint met een return.</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(result.body == "Met **twee** zachte returns\n\nin het midden.\n\nBegint met een return.\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.nl))")
    }

    /// Raised and lowered digits keep what they say: m², CO₂ (not m2, CO2). A raised letter
    /// (the `e` of `1e`) stays as it is written.
    @Test func raisedDigitsStayRaised() throws {
        let raised = "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
        let lowered = "<w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr>"
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Ruim 5.000 m</w:t></w:r><w:r>\(raised)<w:t>2</w:t></w:r><w:r><w:t xml:space="preserve"> en minder CO</w:t></w:r><w:r>\(lowered)<w:t>2</w:t></w:r><w:r><w:t xml:space="preserve">; de 1</w:t></w:r><w:r>\(raised)<w:t>e</w:t></w:r><w:r><w:t xml:space="preserve"> keer.</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(result.body == "Ruim 5.000 m² en minder CO₂; de 1e keer.\n")
        #expect(RaisedDigits.map("10-3", .raised) == "¹⁰⁻³")
        #expect(RaisedDigits.map("e", .raised) == nil)
        let pasted = WordImport.convert(
            html: "<p>5.000 m<sup>2</sup>, CO<sub>2</sub> en de 2<sup>e</sup> ronde</p>", options: .init(displayPath: "plak"))
        #expect(pasted.body == "5.000 m², CO₂ en de 2e ronde\n")
    }

    @Test func trackedChangesAreAcceptedWithOneWarning() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">De groep </w:t></w:r><w:del w:id="1" w:author="Jan"><w:r><w:delText>vergaderde</w:delText></w:r></w:del><w:ins w:id="2" w:author="Jan"><w:r><w:t>kwam</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> vier keer </w:t></w:r><w:moveFrom w:id="3" w:author="Jan"><w:r><w:t>bijeen. </w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="Jan"><w:r><w:t>samen.</w:t></w:r></w:moveTo></w:p>\
            <w:p><w:pPr><w:rPr><w:del w:id="5" w:author="Jan"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Deze zin loopt </w:t></w:r></w:p><w:p><w:r><w:t>door.</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(result.body == "De groep kwam vier keer samen.\n\nDeze zin loopt door.\n")
        #expect(result.rules == ["import-tracked-changes"])
        #expect(result.messages("import-tracked-changes").first?.contains("(2 ingevoegd, 3 verwijderd)") == true)
        // Each change's words, so that a deletion nobody meant to accept can be found again.
        let diagnostic = try #require(result.diagnostics.first)
        #expect(
            diagnostic.notes.map(\.message.nl) == [
                "alinea 1 („De groep kwam vier keer samen. — verwijderd: vergaderde”)",
                "alinea 1 („De groep kwam vier keer samen. — ingevoegd: kwam”)",
                "alinea 1 („De groep kwam vier keer samen. — verwijderd: bijeen.”)",
                "alinea 1 („De groep kwam vier keer samen. — ingevoegd: samen.”)",
            ])
        #expect(diagnostic.notes.first?.message.en == "paragraph 1 (“De groep kwam vier keer samen. — deleted: vergaderde”)")
    }

    /// One paragraph of 20,000 insertions in alternating bold: each change costs the same,
    /// not more as the paragraph grows (asking how far the paragraph had come summed all its
    /// runs at every change, which made such a file take minutes).
    @Test func manyTrackedChangesInOneParagraphTakeLinearTime() throws {
        let changes = (0..<20_000).map { index in
            "<w:ins w:id=\"\(index)\" w:author=\"Jan\"><w:r>\(index % 2 == 0 ? "<w:rPr><w:b/></w:rPr>" : "")<w:t>w</w:t></w:r></w:ins>"
        }
        let started = ContinuousClock.now
        let result = try ImportTest.run(DocxBuilder(body: "<w:p>" + changes.joined() + "</w:p>"))
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(result.messages("import-tracked-changes").first?.contains("(20000 ingevoegd, 0 verwijderd)") == true)
        let diagnostic = try #require(result.diagnostics.first { $0.rule.id.rawValue == "import-tracked-changes" })
        #expect(diagnostic.notes.count == 1, "one edit split over runs is one change")
    }

    /// Two deletions with text between them are two changes; one edit Word split over two
    /// `w:del` elements is one; an inserted link is quoted by its words, not its field code.
    @Test func trackedChangesAreQuotedAsWordShowsThem() throws {
        let body = """
            <w:p><w:del w:id="1" w:author="Jan"><w:r><w:delText>Oude</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">De groep </w:t></w:r><w:del w:id="2" w:author="Jan"><w:r><w:delText xml:space="preserve">vergaderde </w:delText></w:r></w:del><w:del w:id="3" w:author="Piet"><w:r><w:rPr><w:b/></w:rPr><w:delText>vaak</w:delText></w:r></w:del>\
            <w:ins w:id="4" w:author="Jan"><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.vng.nl/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kwam bijeen</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(result.body == "De groep [kwam bijeen](https://www.vng.nl/).\n")
        let diagnostic = try #require(result.diagnostics.first { $0.rule.id.rawValue == "import-tracked-changes" })
        #expect(
            diagnostic.notes.map(\.message.nl) == [
                "alinea 1 („De groep kwam bijeen. — verwijderd: Oude”)",
                "alinea 1 („De groep kwam bijeen. — verwijderd: vergaderde vaak”)",
                "alinea 1 („De groep kwam bijeen. — ingevoegd: kwam bijeen”)",
            ])
    }

    @Test func commentsAreLeftOutAndListed() throws {
        let body = """
            <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Het budget steeg.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
            """
        let comments = "<w:comment w:id=\"0\" w:author=\"Piet\"><w:p><w:r><w:t>Klopt dit bedrag?</w:t></w:r></w:p></w:comment>"
        let result = try ImportTest.run(DocxBuilder(body: body, comments: comments))
        #expect(result.body == "Het budget steeg.\n")
        #expect(result.rules == ["import-comments"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.nl == "1 opmerking is niet overgenomen; die staat hieronder")
        #expect(diagnostic.notes.map(\.message.nl) == ["alinea 1 („Het budget steeg. — Klopt dit bedrag?”)"])
    }

    @Test func footnotesGoBetweenBrackets() throws {
        let body =
            "<w:p><w:r><w:t>Het rapport verscheen.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t xml:space=\"preserve\"> Daarna kwam er meer.</w:t></w:r></w:p>"
        let footnotes = """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Zie </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Met de stroom mee</w:t></w:r><w:r><w:t>, 2023.</w:t></w:r></w:p></w:footnote>
            """
        let result = try ImportTest.run(DocxBuilder(body: body, footnotes: footnotes))
        #expect(result.body == "Het rapport verscheen. (Zie *Met de stroom mee*, 2023.) Daarna kwam er meer.\n")
        #expect(result.rules == ["import-footnote"])
    }

    @Test func markdownCharactersAreEscapedOnlyWhereNeeded() throws {
        let body = [
            DocxBuilder.p("# geen kop"), DocxBuilder.p("2023. Een jaar vol *sterretjes* en [haken]."),
            DocxBuilder.p("R&amp;D en &amp;amp; en snake_case en _los_"),
            DocxBuilder.p("&gt; geen citaat"), DocxBuilder.p("a) een zelf getypte letter"), DocxBuilder.p("b) en nog een"),
        ].joined()
        let result = try ImportTest.run(DocxBuilder(body: body))
        #expect(
            result.body == """
                \\# geen kop

                2023\\. Een jaar vol \\*sterretjes\\* en \\[haken\\].

                R&D en \\&amp; en snake_case en \\_los\\_

                \\> geen citaat

                a) een zelf getypte letter

                b) en nog een

                """)
        let parsed = MarkdownParser.parse(result.body, path: "", lineOffset: 0).blocks
        #expect(
            parsed.map { ImportedRun.flatten($0.inlineRuns.first ?? []).map(\.text).joined() }.prefix(4) == [
                "# geen kop", "2023. Een jaar vol *sterretjes* en [haken].", "R&D en &amp; en snake_case en _los_", "> geen citaat",
            ])
    }

    @Test func adjacentBoldAndItalicReadBack() throws {
        let body = """
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>vet</w:t></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>beide</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> schuin</w:t></w:r><w:r><w:t xml:space="preserve"> en </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">vet met spatie </w:t></w:r><w:r><w:t>gewoon.</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        let parsed = MarkdownParser.parse(result.body, path: "", lineOffset: 0).blocks
        guard case .paragraph(let inlines)? = parsed.first?.kind else {
            Issue.record("\(result.body)")
            return
        }
        let expected = [
            ImportedRun(text: "vet", bold: true), ImportedRun(text: "beide", bold: true, italic: true),
            ImportedRun(text: " schuin", italic: true),
            ImportedRun(text: " en "), ImportedRun(text: "vet met spatie ", bold: true), ImportedRun(text: "gewoon."),
        ]
        #expect(ImportedRun.sameReading(ImportedRun.flatten(inlines), expected), "\(result.body)")
    }

    @Test func formattingThatCannotBeWrittenIsLeftOutWithAWarningAndTheWordsStay() throws {
        // Italic, bold-italic and bold with no space between them: CommonMark has no way to
        // write `*a****b***c**` that reads back as the same runs.
        let body = """
            <w:p><w:r><w:rPr><w:i/></w:rPr><w:t>een</w:t></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>twee</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>drie</w:t></w:r></w:p>
            """
        let result = try ImportTest.run(DocxBuilder(body: body))
        let parsed = MarkdownParser.parse(result.body, path: "", lineOffset: 0).blocks
        let runs = parsed.first.map { ImportedRun.flatten($0.inlineRuns.first ?? []) } ?? []
        #expect(runs.map(\.text).joined() == "eentweedrie")
        if !result.rules.isEmpty { #expect(result.rules == ["import-formatting"]) }
    }
}

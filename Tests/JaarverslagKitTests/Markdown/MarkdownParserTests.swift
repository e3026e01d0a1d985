import Testing
@testable import JaarverslagKit

@Suite struct MarkdownParserTests {
    func parse(_ body: String) -> (blocks: [Block], unsupported: [UnsupportedMarkup]) {
        let result = MarkdownParser.parse(body, path: "f.md", lineOffset: 6)
        return (result.blocks, result.unsupported)
    }

    @Test func paragraphsKeepTheirFileLocation() throws {
        let (blocks, _) = parse("Eerste alinea.\n\nTweede *alinea* met **vet**.\n")
        #expect(blocks.count == 2)
        #expect(blocks[1].location == TextLocation(path: "f.md", line: 9, column: 1))
        #expect(
            blocks[1].kind
                == .paragraph([.text("Tweede "), .emphasis([.text("alinea")]), .text(" met "), .strong([.text("vet")]), .text(".")]))
    }

    @Test func listsWithASecondParagraphInAnItem() throws {
        let (blocks, _) = parse("- Punt\n\n  Uitleg.\n- Tweede\n")
        guard case .bulletList(let items) = try #require(blocks.first).kind else {
            Issue.record("not a list")
            return
        }
        #expect(items.count == 2)
        #expect(items[0].blocks.count == 2)
    }

    @Test func orderedListKeepsItsStart() throws {
        let (blocks, _) = parse("3. drie\n4. vier\n")
        guard case .orderedList(let start, let items) = try #require(blocks.first).kind else {
            Issue.record("not an ordered list")
            return
        }
        #expect(start == 3)
        #expect(items.count == 2)
    }

    @Test func linksKeepTheirDestination() throws {
        let (blocks, _) = parse("Zie [de site](https://www.g40stedennetwerk.nl).\n")
        #expect(blocks.first?.inlineRuns.first?.linkDestinations == ["https://www.g40stedennetwerk.nl"])
    }

    @Test func letteredParagraphsBecomeALetteredList() throws {
        let (blocks, _) = parse("Intro.\n\na) Eerste.\n\nUitleg bij a.\n\nb) Tweede.\n\n# Kop\n\nNa de lijst.\n")
        #expect(blocks.count == 4)
        guard case .letteredList(let items) = blocks[1].kind else {
            Issue.record("no lettered list: \(blocks[1].kind)")
            return
        }
        #expect(items.count == 2)
        #expect(items[0].blocks.count == 2)
        #expect(items[0].blocks[0].kind == .paragraph([.text("Eerste.")]))
        #expect(items[1].blocks.count == 1)
    }

    /// Items of one paragraph each: the paragraph after the last item follows the list. Indented
    /// paragraphs belong to their item.
    @Test func theShapeOfALetteredListSaysWhereItEnds() throws {
        let (short, _) = parse("a) Eerste.\n\nb) Tweede.\n\nNa de lijst.\n")
        #expect(short.count == 2)
        guard case .letteredList(let items) = short[0].kind else {
            Issue.record("no lettered list: \(short[0].kind)")
            return
        }
        #expect(items.map(\.blocks.count) == [1, 1])
        #expect(short[1].kind == .paragraph([.text("Na de lijst.")]))
        let (indented, _) = parse("a) Eerste.\n\n  Bij a.\n\nb) Tweede.\n\n  Bij b.\n\nNa de lijst.\n")
        #expect(indented.count == 2)
        guard case .letteredList(let indentedItems) = indented[0].kind else { return }
        #expect(indentedItems.map(\.blocks.count) == [2, 2])
    }

    @Test func aLoneLetterIsNotAList() {
        let (blocks, _) = parse("a) Alleen.\n\nc) Geen b.\n")
        #expect(blocks.allSatisfy { if case .paragraph = $0.kind { true } else { false } })
    }

    @Test func everythingUnsupportedIsCollected() {
        let (_, unsupported) = parse(
            """
            <div>html</div>

            ![beeld](x.png)

                code

            | a | b |
            |---|---|
            | 1 | 2 |

            ***

            ### Te diep

            - # kop in lijst
            """)
        #expect(unsupported.map(\.kind) == [.html, .image, .code, .table, .thematicBreak, .deepHeading, .headingInList])
        #expect(unsupported[0].location == TextLocation(path: "f.md", line: 7, column: 1))
    }

    @Test func absurdNestingStopsWithoutCrashing() {
        let body = String(repeating: "> ", count: 10_000) + "diep\n"
        let result = MarkdownParser.parse(body, path: "f.md", lineOffset: 0)
        #expect(result.tooDeep != nil)
    }

    /// cmark decodes character references; one that stands for a character XML forbids is
    /// found at the reference itself, in text, headings and link destinations alike.
    @Test func forbiddenCharacterReferencesAreFoundWhereTheyAreWritten() {
        let body = "Een &#1; en &#x1b;.\n\n# Kop &#11;\n\n- [link](https://g40.nl/&#X7;) en &#xFFFE;\n\nGewoon &#65; &amp; &#0; \u{FFFD}.\n"
        let result = MarkdownParser.parse(body, path: "f.md", lineOffset: 6)
        #expect(result.forbidden.map(\.written) == ["&#1;", "&#x1b;", "&#11;", "&#X7;", "&#xFFFE;"])
        #expect(result.forbidden.map(\.scalar) == ["\u{1}", "\u{1B}", "\u{B}", "\u{7}", "\u{FFFE}"])
        #expect(
            result.forbidden.map(\.location) == [
                TextLocation(path: "f.md", line: 7, column: 5), TextLocation(path: "f.md", line: 7, column: 13),
                TextLocation(path: "f.md", line: 9, column: 7), TextLocation(path: "f.md", line: 11, column: 25),
                TextLocation(path: "f.md", line: 11, column: 35),
            ])
    }

    /// A link that uses a definition holds what cmark decoded on the definition's line: the
    /// reference is found there, once however many links use it.
    @Test func aReferenceInALinkDefinitionIsFoundOnItsLine() {
        let body = "Zie [site] en [nog eens][site].\n\n[site]:\n  https://g40.nl/&#11;x\n"
        let result = MarkdownParser.parse(body, path: "f.md", lineOffset: 6)
        #expect(result.forbidden.map(\.written) == ["&#11;"])
        #expect(result.forbidden.map(\.location) == [TextLocation(path: "f.md", line: 10, column: 18)])
    }

    /// A raw control character is the raw scan's; it is not reported twice.
    @Test func aRawControlCharacterIsNotAReference() {
        #expect(MarkdownParser.parse("Een \u{1} hier.\n", path: "f.md", lineOffset: 0).forbidden.isEmpty)
    }

    @Test func linkDefinitionsAreUsedOrReported() {
        let body = """
            Zie [de site][g40] en [site].

            [g40]: https://www.g40stedennetwerk.nl
            [site]: https://www.g40.nl "Titel"
            [weg]: https://example.com

            > [ook-weg]: https://example.com

            - [en-deze]: https://example.com

            Tekst
            [geen]: definitie midden in een alinea
            """
        let unsupported = MarkdownParser.parse(body, path: "f.md", lineOffset: 0).unsupported
        #expect(unsupported.filter { $0.kind == .unusedDefinition }.map(\.text) == ["[weg]", "[ook-weg]", "[en-deze]"])
        #expect(unsupported.filter { $0.kind == .unusedDefinition }.map(\.location.line) == [5, 7, 9])
    }

    @Test func footnotesAreReported() {
        let unsupported = MarkdownParser.parse("Tekst[^1].\n\n[^1]: De noot.\n\n[^2]: https://x.nl\n", path: "f.md", lineOffset: 0)
            .unsupported
        #expect(unsupported.filter { $0.kind == .footnote }.map(\.location.line) == [1, 3, 5])
    }

    /// `\[^1\]` says the brackets are text; `\\[^1]` escapes the backslash, not the bracket.
    @Test func anEscapedBracketIsNoFootnote() {
        #expect(MarkdownParser.parse("Tekst \\[^1\\] en a\\[^b].\n", path: "f.md", lineOffset: 0).unsupported.isEmpty)
        let unsupported = MarkdownParser.parse("Tekst \\[^1\\] en \\\\[^2].\n", path: "f.md", lineOffset: 0).unsupported
        #expect(unsupported.map { "\($0.location.line):\($0.location.column)" } == ["1:19"])
        #expect(unsupported.first?.kind == .footnote)
    }

    /// Beyond the limits, the place where they are passed is reported.
    @Test func blocksAndMarkupAreCounted() {
        let markup = Array(repeating: "*a*", count: ReportLimits.markupPerFragment + 1).joined(separator: " ")
        #expect(MarkdownParser.parse(markup, path: "f.md", lineOffset: 0).tooMany != nil)
        let fine = Array(repeating: "*a*", count: ReportLimits.markupPerFragment).joined(separator: " ")
        #expect(MarkdownParser.parse(fine, path: "f.md", lineOffset: 0).tooMany == nil)
        let blocks = Array(repeating: "Alinea.", count: ReportLimits.blocksPerFragment + 1).joined(separator: "\n\n")
        #expect(
            MarkdownParser.parse(blocks, path: "f.md", lineOffset: 0).tooMany
                == TextLocation(path: "f.md", line: 2 * ReportLimits.blocksPerFragment + 1, column: 1))
    }
}

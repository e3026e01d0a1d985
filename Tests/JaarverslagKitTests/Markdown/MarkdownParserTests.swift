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
}

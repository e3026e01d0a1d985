import Foundation
import Testing

@testable import JaarverslagKit

/// The Markdown the importer writes must read back as the same structure, not only the same
/// words: CommonMark has corners where a line that looks like a list item is more text.
@Suite struct FragmentMarkdownWriterTests {
    static func item(_ text: String, level: Int, kind: ListMark.Kind, number: Int, sequence: Int) -> ImportedParagraph {
        ImportedParagraph(
            role: .listItem(ListMark(level: level, kind: kind, number: number, sequence: sequence)), runs: [ImportedRun(text: text)],
            position: ImportPosition(paragraph: 1, text: text))
    }

    /// A quote with a manual line break (Shift+Enter) keeps both lines in the quote, and its
    /// bold: the `> ` of the second line is the quote's, not a `>` of the text to escape. Found
    /// in a user audit, where the report printed "met > zachte return".
    @Test func aLineBreakInAQuoteStaysInTheQuote() throws {
        let runs = [ImportedRun(text: "Citaat met "), ImportedRun(text: "vet", bold: true), ImportedRun(text: " woord en\nzachte return.")]
        let text = ImportedText(paragraphs: [
            ImportedParagraph(role: .quote, runs: runs, position: ImportPosition(paragraph: 1, text: "Citaat met vet")),
            ImportedParagraph(
                role: .quote, runs: [ImportedRun(text: "Twee\n> pijlen")], position: ImportPosition(paragraph: 2, text: "Twee")),
        ])
        let (markdown, findings) = FragmentMarkdownWriter.write(text)
        #expect(markdown == "> Citaat met **vet** woord en\n> zachte return.\n\n> Twee\n> \\> pijlen\n")
        #expect(findings.isEmpty)
        let parsed = MarkdownParser.parse(markdown, path: "", lineOffset: 0)
        #expect(parsed.blocks.count == 2)
        guard case .blockQuote(let inner) = parsed.blocks.first?.kind, case .paragraph(let inlines) = inner.first?.kind else {
            Issue.record("not a quote: \(markdown)")
            return
        }
        #expect(ImportedRun.sameReading(ImportedRun.flatten(inlines), runs))
    }

    /// A heading broken over two lines with Shift+Enter stays one heading: its second line
    /// used to become a paragraph of body text (user audit).
    @Test func aLineBreakInAHeadingBecomesASpace() {
        let runs = [ImportedRun(text: "Een kop die over \ntwee regels "), ImportedRun(text: "loopt", italic: true)]
        let text = ImportedText(paragraphs: [
            ImportedParagraph(role: .heading(level: 1), runs: runs, position: ImportPosition(paragraph: 1, text: "Een kop")),
            ImportedParagraph(role: .body, runs: [ImportedRun(text: "Tekst.")], position: ImportPosition(paragraph: 2, text: "Tekst.")),
        ])
        #expect(FragmentMarkdownWriter.write(text).markdown == "# Een kop die over twee regels *loopt*\n\nTekst.\n")
    }

    /// A nested numbered list that goes on from an earlier one (`3.`) right under its parent
    /// item: found by the import fuzzer, where it became more of the parent's text, and the
    /// paragraph after it an indented code block the report cannot show.
    @Test func aNestedListStartingAtThreeStaysAList() throws {
        for parent in [ListMark.Kind.decimal, .bullet] {
            let text = ImportedText(paragraphs: [
                Self.item("Eerste punt", level: 0, kind: parent, number: 1, sequence: 1),
                Self.item("derde deelpunt", level: 1, kind: .decimal, number: 3, sequence: 2),
                Self.item("vierde deelpunt", level: 1, kind: .decimal, number: 4, sequence: 2),
                ImportedParagraph(
                    role: .listContinuation(level: 1), runs: [ImportedRun(text: "Meer over het vierde.")],
                    position: ImportPosition(paragraph: 4, text: "Meer over het vierde.")),
            ])
            let markdown = FragmentMarkdownWriter.write(text).markdown
            let parsed = MarkdownParser.parse(markdown, path: "", lineOffset: 0)
            #expect(parsed.unsupported.isEmpty, "\(parent): \(markdown)")
            let outer = try #require(parsed.blocks.first, "\(markdown)")
            let items: [ListItem]
            switch outer.kind {
            case .orderedList(_, let found), .bulletList(let found), .letteredList(let found): items = found
            default: Issue.record("\(parent): not a list: \(markdown)"); continue
            }
            let nested = try #require(items.first?.blocks.last, "\(markdown)")
            guard case .orderedList(let start, let subitems) = nested.kind else {
                Issue.record("\(parent): the deelpunten are no list of their own:\n\(markdown)")
                continue
            }
            #expect(start == 3, "\(markdown)")
            #expect(subitems.count == 2, "\(markdown)")
        }
    }
}

import Testing
@testable import JaarverslagKit

@Suite struct WordDiffTests {
    func words(_ text: String) -> [String] { Words.split(text) }

    @Test func countsAndShare() {
        let diff = WordDiff(old: words("een twee drie vier"), new: words("een drie vier vijf zes"))
        #expect(diff.removed == 1)
        #expect(diff.added == 2)
        #expect(diff.share == 3.0 / 9.0)
    }

    @Test func identicalTextsHaveNoHunks() {
        let diff = WordDiff(old: words("a b c"), new: words("a b c"))
        #expect(diff.isEmpty)
        #expect(diff.hunks.isEmpty)
    }

    @Test func hunksKeepALittleContext() {
        let old = (1...40).map(String.init)
        var new = old
        new[20] = "twintig"
        let diff = WordDiff(old: old, new: new)
        #expect(
            diff.hunks == [
                WordDiff.Hunk(segments: [
                    .init(op: .same, text: "16 17 18 19 20"), .init(op: .removed, text: "21"), .init(op: .added, text: "twintig"),
                    .init(op: .same, text: "22 23 24 25 26"),
                ])
            ])
    }

    @Test func distantChangesAreSeparateHunks() {
        let old = (1...100).map(String.init)
        var new = old
        new[10] = "x"
        new[80] = "y"
        #expect(WordDiff(old: old, new: new).hunks.count == 2)
    }

    @Test func shortCommonWordsInsideARewriteAreFoldedIn() {
        let diff = WordDiff(old: words("begin a de b en c eind"), new: words("begin x de y en z eind"))
        #expect(diff.hunks.first?.segments.map(\.op) == [.same, .removed, .added, .same])
        #expect(diff.hunks.first?.segments[1].text == "a de b en c")
    }

    /// 50,000 words with an edit every 1,000 words: the counts must be exact. The time is
    /// measured in the benchmark package, not here.
    @Test func aLongSectionWithScatteredEdits() {
        let vocabulary = ["gemeente", "stad", "regio", "netwerk", "beleid", "wonen", "werk", "zorg", "de", "het", "en", "van"]
        let old = (0..<50_000).map { vocabulary[($0 * 7 + $0 / 13) % vocabulary.count] + String($0 % 97) }
        var new = old
        for index in stride(from: 500, to: 50_000, by: 1_000) { new[index] = "gewijzigd" }
        let diff = WordDiff(old: old, new: new)
        #expect(diff.added == 50)
        #expect(diff.removed == 50)
        #expect(diff.hunks.count == 50)
    }

    /// One hunk per changed paragraph: a change never runs across a paragraph's end, and a
    /// paragraph that is only new or only gone is shown whole.
    @Test func paragraphsKeepTheirBoundaries() {
        let old = ["De groep kwam vier keer bijeen in Utrecht.", "Een lijstpunt.", "Een alinea die weggaat.", "Slot."]
        let new = ["De groep kwam vijf keer bijeen in Utrecht.", "Een lijstpunt.", "Slot.", "Een nieuwe alinea aan het eind."]
        let diff = WordDiff(oldParagraphs: old, newParagraphs: new)
        #expect(
            diff.hunks == [
                WordDiff.Hunk(segments: [
                    .init(op: .same, text: "De groep kwam"), .init(op: .removed, text: "vier"), .init(op: .added, text: "vijf"),
                    .init(op: .same, text: "keer bijeen in Utrecht."),
                ]),
                WordDiff.Hunk(segments: [.init(op: .removed, text: "Een alinea die weggaat.")]),
                WordDiff.Hunk(segments: [.init(op: .added, text: "Een nieuwe alinea aan het eind.")]),
            ])
        #expect(diff.removed == 5 && diff.added == 7)
        #expect(diff.wordsBefore == 15 && diff.wordsAfter == 17)
    }

    @Test func aLongParagraphShowsContextAroundEachChange() {
        let words = (1...40).map { "w\($0)" }
        var changed = words
        changed[20] = "nieuw"
        let diff = WordDiff(oldParagraphs: [words.joined(separator: " ")], newParagraphs: [changed.joined(separator: " ")])
        #expect(diff.hunks.count == 1)
        #expect(diff.hunks.first?.segments.first?.text == "… w16 w17 w18 w19 w20")
        #expect(diff.hunks.first?.segments.last?.text == "w22 w23 w24 w25 w26 …")
    }
}

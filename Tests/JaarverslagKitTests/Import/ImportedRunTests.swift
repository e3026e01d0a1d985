import Testing

@testable import JaarverslagKit

/// Comparing runs a stretch at a time agrees with comparing them character by character.
@Suite struct ImportedRunTests {
    static let pieces = ["De ", "raad", " ", "\u{A0}", "\n", "é", "e\u{301}", "😀", "**", "x", "  ", "\u{2003}"]
    static let links: [String?] = [nil, nil, "https://www.g40.nl", "https://example.nl"]

    /// The text cut into runs at random places, each with a random format.
    static func runs(of text: String, using random: inout SeededRandom) -> [ImportedRun] {
        let scalars = Array(text.unicodeScalars)
        var runs: [ImportedRun] = []
        var start = 0
        while start < scalars.count || (runs.isEmpty && Bool.random(using: &random)) {
            let end = min(scalars.count, start + Int.random(in: 0...4, using: &random))
            runs.append(
                ImportedRun(
                    text: String(String.UnicodeScalarView(scalars[start..<end])), bold: Int.random(in: 0..<4, using: &random) == 0,
                    italic: Int.random(in: 0..<4, using: &random) == 0, link: links.randomElement(using: &random)!))
            start = end
        }
        return runs
    }

    @Test func agreesWithTheCharacterByCharacterComparison() {
        var random = SeededRandom.forTest()
        var texts = RandomText(random: random)
        var same = 0
        for _ in 0..<20_000 {
            let text = texts.text(from: Self.pieces, length: 6)
            let other = Int.random(in: 0..<5, using: &random) == 0 ? texts.text(from: Self.pieces, length: 6) : text
            let left = Self.runs(of: text, using: &random)
            // Half the time the same runs with their formats, only cut differently.
            var right = Self.runs(of: other, using: &random)
            if Bool.random(using: &random), other == text {
                right = left.flatMap { run in
                    run.text.unicodeScalars.map { ImportedRun(text: String($0), bold: run.bold, italic: run.italic, link: run.link) }
                }
            }
            let slow = ImportedRun.sameReadingByScalars(left, right)
            #expect(ImportedRun.sameReading(left, right) == slow, "\(left) \(right)")
            if slow { same += 1 }
        }
        #expect(same > 1_000)
    }
}

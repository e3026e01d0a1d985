import Foundation
import Testing

/// How faithfully the compiled plain text reproduces the published report. Both texts are
/// normalised the same way; a word counts as reproduced when it lies inside a run of five
/// words that the other text also has.
@Suite struct FidelityTests {
    static let seeds = CLI.packageRoot.appendingPathComponent("Tests/JaarverslagKitTests/Fixtures/seeds")

    @Test(arguments: [2014, 2023])
    func theOutputReproducesTheSeed(year: Int) throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try CLI.run(["build", String(year), "--output-dir", output.path, "--no-validate"]).status == 0)
        let built = try String(contentsOf: output.appendingPathComponent("jaarverslag-\(year).txt"), encoding: .utf8)
        let seed = try String(contentsOf: Self.seeds.appendingPathComponent("jaarverslag-\(year).txt"), encoding: .utf8)
        let seedWords = Fidelity.words(seed)
        let builtWords = Fidelity.words(built)
        let recall = Fidelity.coverage(of: seedWords, in: builtWords)
        let precision = Fidelity.coverage(of: builtWords, in: seedWords)
        print(
            "fidelity \(year): \(String(format: "%.2f", recall * 100))% of the seed's \(seedWords.count) words reproduced, "
                + "\(String(format: "%.2f", precision * 100))% of the output's \(builtWords.count) words in the seed")
        #expect(recall >= 0.985)
        #expect(precision >= 0.975)
    }

    @Test func theMeasureCanFail() {
        let words = Fidelity.words("een twee drie vier vijf zes zeven acht negen tien")
        #expect(Fidelity.coverage(of: words, in: words) == 1)
        #expect(Fidelity.coverage(of: words, in: Fidelity.words("een twee drie vier zes vijf zeven acht negen tien")) < 0.5)
    }

    @Test func normalisationTreatsBothSidesAlike() {
        #expect(
            Fidelity.words("De gemeen- telijke ‘Actieplan MKB-\ndienstverlening’\n 7 / 13 \nzie https://x.nl/a [1]")
                == Fidelity.words("de gemeentelijke 'Actieplan MKB-dienstverlening' zie"))
    }
}

enum Fidelity {
    /// Lowercase; quotes, hyphens (and a hyphen before a line break), URLs, page numbers
    /// (`7 / 13`) and link markers (`[1]`) removed; split into words of letters and digits.
    static func words(_ text: String) -> [String] {
        var text = text.lowercased()
        let replacements: [(String, String)] = [
            (#"https?://\S+|www\.\S+"#, " "),
            (#"\[\d+\]"#, " "),
            (#"(?m)^\s*\d+\s*/\s*\d+\s*$"#, " "),
            (#"[-–]\s+"#, ""),
            (#"[-–‐]"#, ""),
            (#"[‘’“”'"`]"#, ""),
        ]
        for (pattern, replacement) in replacements {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Share of `words` that lie inside a 5-word run also found in `other`.
    static func coverage(of words: [String], in other: [String], run: Int = 5) -> Double {
        guard words.count >= run else { return words.isEmpty ? 1 : 0 }
        var runs = Set<ArraySlice<String>>()
        if other.count >= run {
            for start in 0...(other.count - run) { runs.insert(other[start..<start + run]) }
        }
        var covered = [Bool](repeating: false, count: words.count)
        for start in 0...(words.count - run) where runs.contains(words[start..<start + run]) {
            for index in start..<start + run { covered[index] = true }
        }
        return Double(covered.filter { $0 }.count) / Double(words.count)
    }
}

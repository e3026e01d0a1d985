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
        // Paragraphs end where the published report ends them.
        let seedEnds = Fidelity.paragraphEnds(seed: seed)
        let builtEnds = Fidelity.paragraphEnds(output: built)
        let missing = seedEnds.filter { !builtEnds.contains($0) }
        print("fidelity \(year): \(seedEnds.count - missing.count) of the seed's \(seedEnds.count) paragraph ends reproduced")
        #expect(missing.isEmpty, "paragraphs that do not end as published: \(missing.map { $0.joined(separator: " ") })")
    }

    /// The places where 2014 was wrong: list labels printed as headings (which put the closing
    /// paragraph inside a sub-section) and a paragraph run into the next.
    @Test func theFinanceChapterOf2014IsAsPublished() throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try CLI.run(["build", "2014", "--output-dir", output.path, "--no-validate"]).status == 0)
        let built = try String(contentsOf: output.appendingPathComponent("jaarverslag-2014.txt"), encoding: .utf8)
        #expect(built.contains("\nGemeentefonds\n\n- Groot onderhoud gemeentefonds"))
        #expect(built.contains("\nOverige onderwerpen\n\n- Indirecte vennootschapsbelasting"))
        let chapter = try #require(built.range(of: "5. Werkgroep financiën\n")).upperBound
        let next = try #require(built.range(of: "6. Werkgroep Europa")).lowerBound
        #expect(!built[chapter..<next].contains("\n---"), "no sub-section in the finance chapter")
        #expect(built.contains("- Omgevingswet.\n\nIn 2015 zal de voorzitter van de financiële themagroep Theo Weterings\n"))
        #expect(built.contains("verkiezing van Herman Kaiser\n(Arnhem).\n\nTijdens de Startconferentie"))
    }

    @Test func paragraphEndsAreFoundOnBothSides() {
        let seed = "Een zin die hier\n\neindigt met een punt.  \n\n- Een lijstpunt dat eindigt.  \n\nEn verder gaat. \n"
        #expect(Fidelity.paragraphEnds(seed: seed) == [["eindigt", "met", "een", "punt"]])
        #expect(Fidelity.paragraphEnds(output: "Een zin die eindigt met een punt.\n\nNog een.\n") == [["eindigt", "met", "een", "punt"]])
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

    /// The last four words of each paragraph of a published report. Its extracted text marks the
    /// end of a paragraph with two spaces after the closing punctuation; list items are left out
    /// (in the plain text they are not separated by blank lines).
    static func paragraphEnds(seed: String) -> [[String]] {
        let lines = seed.components(separatedBy: "\n")
        return lines.indices.compactMap { index -> [String]? in
            let line = lines[index]
            guard line.hasSuffix("  "), let last = line.trimmingCharacters(in: .whitespaces).last, ".:;!?".contains(last),
                !line.hasPrefix("- ")
            else { return nil }
            let words = Fidelity.words(lines[max(0, index - 6)...index].joined(separator: " "))
            return words.count >= 4 ? Array(words.suffix(4)) : nil
        }
    }

    /// The last four words of each block between blank lines of a compiled plain text.
    static func paragraphEnds(output: String) -> Set<[String]> {
        Set(
            output.components(separatedBy: "\n\n").compactMap { block in
                let words = Fidelity.words(block)
                return words.count >= 4 ? Array(words.suffix(4)) : nil
            })
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

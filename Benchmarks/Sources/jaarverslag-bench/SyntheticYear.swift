import Foundation
import JaarverslagKit

/// Writes synthetic years for the benchmarks: N fragments of realistic size and shape
/// (paragraphs, a list, links), with Dutch sentences reshuffled from the real 2023 fragments,
/// and a valid manifest. Deterministic: the same N and seed give the same files.
struct SyntheticYear {
    let sentences: [String]
    let links = [
        "https://www.g40stedennetwerk.nl/nieuws", "https://vng.nl/nieuws", "https://www.platform31.nl",
        "https://www.rijksoverheid.nl/documenten", "https://www.g40stedennetwerk.nl/themagroepen",
    ]
    static let cities = [
        "Alkmaar", "Almelo", "Almere", "Alphen aan den Rijn", "Amersfoort", "Amstelveen", "Apeldoorn", "Arnhem", "Assen", "Breda",
        "Delft", "Deventer", "Dordrecht", "Ede", "Eindhoven", "Emmen", "Enschede", "Gouda", "Groningen", "Haarlem", "Haarlemmermeer",
        "Heerlen", "Helmond", "Hengelo", "’s-Hertogenbosch", "Hilversum", "Hoorn", "Leeuwarden", "Leiden", "Lelystad", "Maastricht",
        "Nijmegen", "Oss", "Roosendaal", "Schiedam", "Sittard-Geleen", "Tilburg", "Venlo", "Zaanstad", "Zoetermeer", "Zwolle",
    ]

    /// Sentences of the real fragments of `year` in `workspace`.
    init(realYear year: Int, in workspace: Workspace) throws {
        let sources = try YearLoader.load(year: year, from: workspace).get()
        var sentences: [String] = []
        for fragment in sources.fragments {
            for block in fragment.body {
                guard case .paragraph(let inlines) = block.kind else { continue }
                sentences += inlines.plainText.components(separatedBy: ". ").map { $0.hasSuffix(".") ? $0 : $0 + "." }.filter {
                    $0.count > 20
                }
            }
        }
        self.sentences = sentences
    }

    /// A small, fast, seedable generator (SplitMix64), so runs are comparable.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Writes `fragments/<year>/` and `reports/<year>/report.yaml` under `root`.
    /// `edits`: every `edits`-th fragment gets one changed word (for the diff benchmark).
    func write(year: Int, fragments count: Int, into root: URL, seed: UInt64 = 40, edits: Int? = nil) throws {
        let fragmentsDirectory = root.appendingPathComponent("fragments/\(year)")
        let reportDirectory = root.appendingPathComponent("reports/\(year)")
        try FileManager.default.createDirectory(at: fragmentsDirectory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: reportDirectory, withIntermediateDirectories: true)
        var random = Random(state: seed)
        let chapterCount = 10
        var groupsOfChapter = [[String]](repeating: [], count: chapterCount)
        for index in 0..<count {
            let group = "groep-\(index)"
            let chapter = index % chapterCount
            groupsOfChapter[chapter].append(group)
            var body = ""
            for paragraph in 0..<(3 + random.below(4)) {
                var words = (0..<(2 + random.below(4))).map { _ in sentences[random.below(sentences.count)] }
                if paragraph == 1 {
                    words[0] = "[\(words[0].dropLast())](\(links[random.below(links.count)]))."
                }
                if let edits, index % edits == 0, paragraph == 0 { words[0] = "Gewijzigd: " + words[0] }
                body += words.joined(separator: " ") + "\n\n"
                if paragraph == 1 {
                    for _ in 0..<3 { body += "- " + sentences[random.below(sentences.count)] + "\n" }
                    body += "\n"
                }
            }
            let text =
                "---\nyear: \(year)\npillar: hoofdstuk-\(chapter)\ngroup: \(group)\ntitle: Themagroep \(index)\nstatus: final\n---\n" + body
            try Data(text.utf8).write(to: fragmentsDirectory.appendingPathComponent("\(group).md"))
        }
        var manifest = "year: \(year)\ntitle: Jaarverslag \(year)\nnetwork: {name: G40 Stedennetwerk, short: G40}\nchapters:\n"
        for chapter in 0..<chapterCount {
            manifest += "  - id: hoofdstuk-\(chapter)\n    title: Hoofdstuk \(chapter)\n    groups:\n"
            for group in groupsOfChapter[chapter] { manifest += "      - \(group)\n" }
        }
        manifest += "members:\n  title: Leden\n  cities:\n" + Self.cities.map { "    - \($0)\n" }.joined()
        try Data(manifest.utf8).write(to: reportDirectory.appendingPathComponent("report.yaml"))
    }
}

import Foundation

/// How alike two titles are, from 0 to 1: the Dice coefficient of their significant words
/// (case and accents ignored, and the words every title has, such as `Thema`, left out).
enum TitleSimilarity {
    private static let ignored: Set<String> = ["thema", "themagroep", "werkgroep", "pijler", "de", "het", "en", "van", "een"]

    static func words(_ title: String) -> Set<String> {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let significant = Set(words.filter { !ignored.contains($0) })
        return significant.isEmpty ? Set(words) : significant
    }

    static func score(_ a: String, _ b: String) -> Double {
        let (wordsA, wordsB) = (words(a), words(b))
        guard !wordsA.isEmpty || !wordsB.isEmpty else { return 1 }
        return 2 * Double(wordsA.intersection(wordsB).count) / Double(wordsA.count + wordsB.count)
    }

    /// Equal when only case, accents, punctuation and the common words differ.
    static func same(_ a: String, _ b: String) -> Bool {
        words(a) == words(b)
    }
}

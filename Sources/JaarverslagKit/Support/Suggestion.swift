/// Finds the closest valid name to a misspelt one (`pilar` → `pillar`).
public enum Suggestion {
    /// The candidate with the smallest edit distance, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased()))
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(2, min(lowered.count, best.candidate.count) / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    /// The groups a mistyped or shortened group id most likely means, at most three. Group ids
    /// are compounds (`armoede-schulden`, `zorg-jeugd-onderwijs`), and people type one word of
    /// them (`armoede`, `jeugd`) or its start (`slimme`), which no edit distance reaches: a typo
    /// is suggested first, else the groups that have the word as one of the parts of their id
    /// (`zorg`: two groups), else those whose id starts with it (at least three letters). More
    /// than three that fit suggest none: that is no longer a suggestion.
    public static func groups(meant word: String, in groups: [String]) -> [String] {
        if let typo = closest(to: word, in: groups) { return [typo] }
        let lowered = word.lowercased()
        let byPart = groups.filter { $0.lowercased().split(separator: "-").contains { $0 == lowered } }
        if !byPart.isEmpty { return byPart.count <= 3 ? byPart.sorted() : [] }
        guard lowered.count >= 3 else { return [] }
        let byStart = groups.filter { $0.lowercased().hasPrefix(lowered) }
        return byStart.count <= 3 ? byStart.sorted() : []
    }

    /// "bedoelt u `a`?", "bedoelt u `a` of `b`?", "bedoelt u `a`, `b` of `c`?" (with a capital
    /// at the start of a sentence); nil for no names.
    public static func question(_ names: [String], sentenceStart: Bool = false) -> Message? {
        guard let last = names.last.map({ "`\($0)`" }) else { return nil }
        let head = names.dropLast().map { "`\($0)`" }.joined(separator: ", ")
        let nl = head.isEmpty ? last : "\(head) of \(last)"
        let en = head.isEmpty ? last : "\(head) or \(last)"
        return Message(nl: (sentenceStart ? "Bedoelt" : "bedoelt") + " u \(nl)?", en: (sentenceStart ? "Did" : "did") + " you mean \(en)?")
    }

    /// Levenshtein distance with two rows of memory.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

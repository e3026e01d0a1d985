import Foundation

/// Words broken across lines by PDF or Word (`gemeen- telijke`). Joined only when the whole
/// word is plausible because it occurs elsewhere in the year's fragments, so that real
/// hyphens (`werk- naar sociaal ontwikkelbedrijf`, `prijs- en volumeafspraken`) stay.
struct BrokenWordRule: ValidationRule {
    static let pattern = NSRegularExpression(#"(\p{L}+)- (\p{Ll}+)"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        var vocabulary: Set<String>?
        return year.fragments.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            return body.matches(Self.pattern, when: Self.hasHyphenAfterLetter).compactMap { match -> Diagnostic? in
                guard let first = match.groups[1], let second = match.groups[2] else { return nil }
                let joined = String(first) + String(second)
                // The whole year's words are gathered only when the first candidate turns up.
                if vocabulary == nil { vocabulary = Self.vocabulary(of: year.fragments) }
                guard vocabulary!.contains(joined.lowercased()) else { return nil }
                var diagnostic = Diagnostic(.warning, "broken-word", Messages.broken(String(match.line.text[match.range]), joined),
                                            at: body.location(match.line, match.range.lowerBound),
                                            fix: Messages.fix(joined), sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: joined)]
                return diagnostic
            }
        }
    }

    /// `- ` right after a letter: a list marker at the start of a line is not a broken word.
    static func hasHyphenAfterLetter(_ line: Substring) -> Bool {
        var previous: Character = " "
        var index = line.startIndex
        while let hyphen = line[index...].firstIndex(of: "-") {
            if hyphen > line.startIndex { previous = line[line.index(before: hyphen)] }
            let next = line.index(after: hyphen)
            if previous.isLetter, next < line.endIndex, line[next] == " " { return true }
            index = next
        }
        return false
    }

    /// Every word of the year's fragments, lowercased.
    static func vocabulary(of fragments: [Fragment]) -> Set<String> {
        var words: Set<String> = []
        for fragment in fragments {
            for word in fragment.text.split(whereSeparator: { !$0.isLetter }) { words.insert(word.lowercased()) }
        }
        return words
    }

    enum Messages {
        static func broken(_ found: String, _ joined: String) -> Message {
            Message(nl: "`\(found)` lijkt een woord dat over twee regels was afgebroken (`\(joined)` staat elders in de fragmenten)",
                    en: "`\(found)` looks like a word broken across lines (`\(joined)` occurs elsewhere in the fragments)")
        }
        static func fix(_ joined: String) -> Message {
            Message(nl: "schrijf `\(joined)`", en: "write `\(joined)`")
        }
    }
}

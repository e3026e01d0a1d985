import Foundation

/// Words broken across lines by PDF or Word (`gemeen- telijke`). Joined only when the whole
/// word is plausible because it occurs elsewhere in the year's fragments, so that real
/// hyphens (`werk- naar sociaal ontwikkelbedrijf`, `prijs- en volumeafspraken`) stay.
struct BrokenWordRule: ValidationRule {
    static let pattern = NSRegularExpression(#"(\p{L}+)- (\p{Ll}+)"#)
    static let wordPattern = NSRegularExpression(#"\p{L}+"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let vocabulary = Self.vocabulary(of: year.fragments)
        return year.fragments.flatMap { fragment -> [Diagnostic] in
            let body = BodyText(fragment)
            return body.matches(Self.pattern).compactMap { match -> Diagnostic? in
                guard let first = match.groups[1], let second = match.groups[2] else { return nil }
                let joined = String(first) + String(second)
                guard vocabulary.contains(joined.lowercased()) else { return nil }
                var diagnostic = Diagnostic(.warning, "broken-word", Messages.broken(String(match.line.text[match.range]), joined),
                                            at: body.location(match.line, match.range.lowerBound),
                                            fix: Messages.fix(joined), sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: joined)]
                return diagnostic
            }
        }
    }

    /// Every word of the year's fragments, lowercased.
    static func vocabulary(of fragments: [Fragment]) -> Set<String> {
        var words: Set<String> = []
        for fragment in fragments {
            let text = fragment.text
            for match in wordPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range, in: text) { words.insert(text[range].lowercased()) }
            }
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

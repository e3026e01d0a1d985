import Foundation

/// Words broken across lines by PDF or Word (`gemeen- telijke`). Joined only when the whole
/// word is plausible because it occurs elsewhere in the year's fragments, so that real
/// hyphens (`werk- naar sociaal ontwikkelbedrijf`, `prijs- en volumeafspraken`) stay.
struct BrokenWordRule: ValidationRule {
    static let pattern = NSRegularExpression(#"(\p{L}+)- (\p{Ll}+)"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let candidates = year.fragments.flatMap { fragment in
            let body = year.body(fragment)
            return body.matches(Self.pattern, when: Self.hasHyphenAfterLetter).map { (body, $0) }
        }
        guard !candidates.isEmpty else { return [] }
        let joinedWords = Set(candidates.compactMap { _, match in match.groups[1].flatMap { first in match.groups[2].map { String(first) + String($0) } } })
        let plausible = Self.occurring(joinedWords, in: year.fragments)
        return candidates.compactMap { body, match -> Diagnostic? in
                guard let first = match.groups[1], let second = match.groups[2] else { return nil }
                let joined = String(first) + String(second)
                guard plausible.contains(joined) else { return nil }
                var diagnostic = Diagnostic(.warning, "broken-word", Messages.broken(String(match.line.text[match.range]), joined),
                                            at: body.location(match.line, match.range.lowerBound),
                                            fix: Messages.fix(joined), sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: joined)]
                return diagnostic
        }
    }

    /// Which of the joined words occur somewhere in the year's text. A few words are searched
    /// for directly; many at once are looked up in a vocabulary of word hashes.
    static func occurring(_ words: Set<String>, in fragments: [Fragment]) -> Set<String> {
        if words.count <= 16 {
            return words.filter { word in
                let lower = word.lowercased()
                let capitalised = lower.prefix(1).uppercased() + lower.dropFirst()
                return fragments.contains { $0.text.containsBytes(lower) || $0.text.containsBytes(capitalised) }
            }
        }
        let vocabulary = vocabulary(of: fragments)
        return words.filter { vocabulary.contains(wordHash($0.utf8)) }
    }

    /// `- ` right after a letter (a byte test: ASCII letters, or any byte of a non-ASCII
    /// character): a list marker at the start of a line is not a broken word.
    static func hasHyphenAfterLetter(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.count > 2 else { return false }
        for index in 1..<(bytes.count - 1) where bytes[index] == 45 && bytes[index + 1] == 32 && isLetterByte(bytes[index - 1]) {
            return true
        }
        return false
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0x80
    }

    /// Every word of the year's fragments, as hashes of the word in lower case. Words are split
    /// on ASCII non-letters, which is enough to recognise a joined word, and no word is copied
    /// into a string: a year of 10,000 fragments has millions of words.
    static func vocabulary(of fragments: [Fragment]) -> Set<Int> {
        var words: Set<Int> = []
        for fragment in fragments {
            for word in fragment.text.utf8.split(whereSeparator: { !isLetterByte($0) }) {
                words.insert(wordHash(word))
            }
        }
        return words
    }

    /// A hash of the word's bytes with ASCII capitals folded to lower case.
    static func wordHash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var hasher = Hasher()
        for byte in bytes { hasher.combine((65...90).contains(byte) ? byte + 32 : byte) }
        return hasher.finalize()
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

/// Words broken across lines by PDF or Word (`gemeen- telijke`). Joined only when the whole
/// word is plausible because it occurs elsewhere in the year's fragments, so that real
/// hyphens (`werk- naar sociaal ontwikkelbedrijf`, `prijs- en volumeafspraken`) stay.
struct BrokenWordRule: ValidationRule {
    let rules: [Rule] = [.brokenWord]

    /// One `word- word` in a body line.
    struct Candidate {
        var line: BodyText.Line
        /// From the first letter of the first part to the last letter of the second.
        var range: Range<Substring.Index>
        var joined: String
    }

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let candidates = year.fragments.flatMap { fragment in
            let body = year.body(fragment)
            return body.lines.flatMap { Self.candidates(in: $0) }.map { (body, $0) }
        }
        guard !candidates.isEmpty else { return [] }
        let plausible = Self.occurring(Set(candidates.map(\.1.joined)), in: year.fragments)
        return candidates.compactMap { body, candidate -> Diagnostic? in
            guard plausible.contains(candidate.joined) else { return nil }
            let line = candidate.line
            var diagnostic = Diagnostic(
                .brokenWord, Messages.broken(String(line.text[candidate.range]), candidate.joined),
                at: body.location(line, candidate.range.lowerBound),
                fix: Messages.fix(candidate.joined), sourceLine: String(line.text))
            diagnostic.edits = [TextEdit(range: body.byteRange(line, candidate.range), replacement: candidate.joined)]
            return diagnostic
        }
    }

    /// What the expression `(\p{L}+)- (\p{Ll}+)` finds in the line, leftmost first, without
    /// running it: ICU's matcher, started at every letter of a long line, was a fifth of
    /// checking a large year. Only the letters around each `- ` are looked at.
    static func candidates(in line: BodyText.Line) -> [Candidate] {
        let text = line.text
        guard hasHyphenAfterLetter(text) else { return [] }
        let scalars = text.unicodeScalars
        var found: [Candidate] = []
        // Where the previous match ended: a match never starts before it.
        var resume = text.startIndex
        var search = text.startIndex
        while search < text.endIndex, let hyphen = text.utf8[search...].firstIndex(of: UInt8(ascii: "-")) {
            let space = text.utf8.index(after: hyphen)
            search = space
            guard space < text.endIndex, text.utf8[space] == UInt8(ascii: " ") else { continue }
            var start = hyphen
            while start > resume {
                let previous = scalars.index(before: start)
                guard isLetter(scalars[previous]) else { break }
                start = previous
            }
            let secondStart = text.utf8.index(after: space)
            var secondEnd = secondStart
            while secondEnd < text.endIndex, scalars[secondEnd].properties.generalCategory == .lowercaseLetter {
                secondEnd = scalars.index(after: secondEnd)
            }
            guard start < hyphen, secondEnd > secondStart else { continue }
            let joined = String(text[start..<hyphen]) + String(text[secondStart..<secondEnd])
            found.append(Candidate(line: line, range: start..<secondEnd, joined: joined))
            resume = secondEnd
            search = secondEnd
        }
        return found
    }

    /// `\p{L}`: any letter, of any case or script.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Which of the joined words occur somewhere in the year's text, ignoring ASCII case.
    /// One pass over all the text; a word is compared only when its length and hash match a
    /// joined word, because a year of 10,000 fragments has millions of words.
    static func occurring(_ words: Set<String>, in fragments: [Fragment]) -> Set<String> {
        var wanted: [UInt64: [(word: String, folded: [UInt8])]] = [:]
        // Bit n set: some joined word is n bytes long (longer words all share bit 63); and the
        // bytes that joined words start with. Most words fail one of these two tests.
        var lengths: UInt64 = 0
        var firstBytes = [Bool](repeating: false, count: 256)
        for word in words {
            let folded = word.utf8.map(foldCase)
            wanted[wordHash(folded[...]), default: []].append((word, folded))
            lengths |= 1 << min(folded.count, 63)
            if let first = folded.first { firstBytes[Int(first)] = true }
        }
        var found: Set<String> = []
        for fragment in fragments {
            fragment.text.withUTF8Bytes { bytes in
                var index = 0
                while index < bytes.count {
                    while index < bytes.count, !isLetterByte(bytes[index]) { index += 1 }
                    let start = index
                    while index < bytes.count, isLetterByte(bytes[index]) { index += 1 }
                    guard index > start, lengths & (1 << min(index - start, 63)) != 0,
                        firstBytes[Int(foldCase(bytes[start]))]
                    else { continue }
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    guard let matches = wanted[wordHash(word)] else { continue }
                    for match in matches where !found.contains(match.word) && match.folded.elementsEqual(word.lazy.map(foldCase)) {
                        found.insert(match.word)
                    }
                }
            }
        }
        return found
    }

    /// `- ` right after a letter (a byte test: ASCII letters, or any byte of a non-ASCII
    /// character): a list marker at the start of a line is not a broken word.
    static func hasHyphenAfterLetter(_ line: Substring) -> Bool {
        line.withUTF8Bytes { bytes in
            guard bytes.count > 2 else { return false }
            for index in 1..<(bytes.count - 1) where bytes[index] == 45 && bytes[index + 1] == 32 && isLetterByte(bytes[index - 1]) {
                return true
            }
            return false
        }
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 97 < 26
    }

    private static func foldCase(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    /// FNV-1a over the bytes with ASCII capitals folded to lower case: cheap enough to run on
    /// every word of the right length.
    private static func wordHash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(foldCase(byte))) &* 0x100_0000_01B3 }
        return hash
    }

    enum Messages {
        static func broken(_ found: String, _ joined: String) -> Message {
            Message(
                nl: "`\(found)` lijkt een woord dat over twee regels was afgebroken (`\(joined)` staat elders in de fragmenten)",
                en: "`\(found)` looks like a word broken across lines (`\(joined)` occurs elsewhere in the fragments)")
        }
        static func fix(_ joined: String) -> Message {
            Message(nl: "schrijf `\(joined)`", en: "write `\(joined)`")
        }
    }
}

extension Rule {
    static let brokenWord = Rule(
        "broken-word", .warning, stage: .lint, ignorable: true, fix: .automatic(Message(nl: "voeg het woord samen", en: "join the word")),
        summary: Message(
            nl: "`gemeen- telijke`, alleen als `gemeentelijke` elders in de fragmenten van het jaar staat",
            en: "`gemeen- telijke`, only when `gemeentelijke` occurs elsewhere in the year's fragments"))
}

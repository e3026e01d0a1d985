/// Words broken by PDF or Word, within a line (`gemeen- telijke`, where extraction joined two
/// lines) or at a line end (`gemeen-` ⏎ `telijke`, which Markdown prints as `gemeen- telijke`).
///
/// A fix must never change what a secretary meant, so:
/// - Dutch elided compounds are never touched: `Zorg- en Veiligheidshuis`, `Werk- of inkomen`,
///   `bouw-, woon- en zorgagenda`, `van werk- naar sociaal ontwikkelbedrijf`;
/// - `gemeen- telijke` is joined only when `gemeentelijke` occurs in this year's or earlier
///   fragments and `telijke` is no word of its own anywhere; when the second part is a word
///   (`werk- gelegenheid`), the join is offered, not made;
/// - `MKB- dienstverlening` becomes `MKB-dienstverlening` (only the space goes) when that
///   compound occurs elsewhere, and so does `G40- steden` when `G40-steden` does;
/// - a break at a line end that no other text explains is still reported, because the report
///   would print it with a hyphen and a space.
struct BrokenWordRule: ValidationRule {
    let rules: [Rule] = [.brokenWord]

    /// A word that may be broken: two letter runs around a hyphen and a space or line end.
    struct Candidate {
        var line: BodyText.Line
        /// The first letter of the first part, in `line.text`.
        var start: Substring.Index
        /// The whole of it in the fragment's text, across the line end when there is one.
        var bytes: Range<Int>
        var first: String
        var second: String
        /// The rest of the second part's line, to tell `c.q.` and `t/m` from words.
        var after: Substring
        var acrossLines: Bool

        var joined: String { first + second }
        var hyphenated: String { first + "-" + second }
        /// As written, with a line end shown as ⏎.
        var written: String { first + (acrossLines ? "-⏎" : "- ") + second }
        /// As the report would print it.
        var printed: String { first + "- " + second }
    }

    /// Words after which a hyphen marks an elided compound, not a broken word: `Zorg- en
    /// Veiligheidshuis`, `kleuter- tot basisschool`, `zowel binnen- als buitenland`.
    static let connectors: Set<String> = [
        "en", "of", "tot", "noch", "als", "dan", "maar", "naar", "via", "versus", "vs", "resp", "respectievelijk", "cq",
        "alsook", "alsmede", "plus", "met", "zonder", "and", "or", "to", "nor", "but",
    ]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let found = year.checked.flatMap { fragment -> [(BodyText, Candidate)] in
            guard fragment.text.containsByte(UInt8(ascii: "-")) else { return [] }
            let body = year.body(fragment)
            let within = body.lines.flatMap { Self.candidates(in: $0) }
            return (within + Self.candidates(acrossLinesIn: body)).filter { !Self.isElision($0) }.map { (body, $0) }
        }
        guard !found.isEmpty else { return [] }
        let wanted = Set(found.flatMap { [$0.1.joined, $0.1.hyphenated, $0.1.second] })
        let known = KnownWords.occurring(wanted, in: year.fragments.map(\.text) + (year.earlier?.allTexts() ?? []))
        return found.compactMap { body, candidate in Self.diagnostic(candidate, known: known, in: body) }
    }

    static func isElision(_ candidate: Candidate) -> Bool {
        if connectors.contains(candidate.second.lowercased()) { return true }
        // `c.q.`, `t/m`, `en/of`: an abbreviation or a choice, never the rest of a word; `a)`
        // starts a lettered item.
        let after = Array(candidate.after.prefix(2))
        guard let next = after.first else { return false }
        return next == "/" || (next == "." && after.count == 2 && after[1].isLetter) || (next == ")" && candidate.second.count == 1)
    }

    /// What to say about a candidate, and the fix when it is certain.
    static func diagnostic(_ candidate: Candidate, known: Set<String>, in body: BodyText) -> Diagnostic? {
        let plain = known.contains(candidate.joined)
        let hyphen = known.contains(candidate.hyphenated)
        let standalone = known.contains(candidate.second)
        let certain: String?
        let message: Message
        let fix: Message
        switch (plain, hyphen) {
        case (true, false) where !standalone:
            certain = candidate.joined
            message = Messages.broken(candidate.written, candidate.joined)
            fix = Messages.write(candidate.joined)
        case (false, true):
            certain = candidate.hyphenated
            message = Messages.broken(candidate.written, candidate.hyphenated)
            fix = Messages.write(candidate.hyphenated)
        case (true, false):
            certain = nil
            message = Messages.perhaps(candidate.written, candidate.joined, second: candidate.second)
            fix = Messages.writeIfMeant(candidate.joined)
        case (true, true):
            certain = nil
            message = Messages.either(candidate.written, candidate.joined, candidate.hyphenated)
            fix = Messages.choose(candidate.joined, candidate.hyphenated)
        case (false, false):
            guard candidate.acrossLines else { return nil }
            certain = nil
            message = Messages.lineEnd(candidate.written, printed: candidate.printed)
            // `NoordHolland` and `G40steden` are no words: only the hyphen can be meant.
            let hyphenOnly = candidate.second.first?.isLowercase != true || candidate.first.last?.isNumber == true
            fix = hyphenOnly ? Messages.oneLine(candidate.hyphenated) : Messages.choose(candidate.joined, candidate.hyphenated)
        }
        var diagnostic = Diagnostic(
            .brokenWord, message, at: body.location(candidate.line, candidate.start), fix: fix,
            sourceLine: String(candidate.line.text))
        if let certain { diagnostic.edits = [TextEdit(range: candidate.bytes, replacement: certain)] }
        return diagnostic
    }

    /// What the expression `(\p{L}[\p{L}\p{Nd}]*)- (\p{Ll}+)` finds in the line, leftmost
    /// first, without running it: ICU's matcher, started at every letter of a long line, was a
    /// fifth of checking a large year. Only the letters and digits around each `- ` are looked
    /// at. The first part starts with a letter and may go on with digits (`G40- steden`).
    static func candidates(in line: BodyText.Line) -> [Candidate] {
        let text = line.text
        guard hasHyphenAfterWord(text) else { return [] }
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
                guard isLetter(scalars[previous]) || isDigit(scalars[previous]) else { break }
                start = previous
            }
            // A word starts with a letter: the digits before it are not part of it (`12G40`).
            while start < hyphen, isDigit(scalars[start]) { start = scalars.index(after: start) }
            let secondStart = text.utf8.index(after: space)
            let secondEnd = lowercaseRun(in: text, from: secondStart)
            guard start < hyphen, secondEnd > secondStart else { continue }
            let offset = line.offset + text.utf8.distance(from: text.startIndex, to: start)
            found.append(
                Candidate(
                    line: line, start: start, bytes: offset..<(offset + text[start..<secondEnd].utf8.count),
                    first: String(text[start..<hyphen]), second: String(text[secondStart..<secondEnd]), after: text[secondEnd...],
                    acrossLines: false))
            resume = secondEnd
            search = secondEnd
        }
        return found
    }

    /// A line of a paragraph that ends in `letters-` (or digits) and a next line of the same
    /// paragraph that starts with lower-case letters, or a capital or digit (`Noord-` ⏎ `Holland`).
    static func candidates(acrossLinesIn body: BodyText) -> [Candidate] {
        var found: [Candidate] = []
        for (line, next) in zip(body.lines, body.lines.dropFirst()) where next.number == line.number + 1 {
            let text = line.text
            guard let hyphen = text.lastIndex(where: { $0 != " " && $0 != "\t" }), text[hyphen] == "-", !isHeading(text) else { continue }
            let scalars = text.unicodeScalars
            var start = hyphen
            // `G40-` ⏎ `steden` and `Noord-` ⏎ `Holland` break at a line end too.
            while start > text.startIndex {
                let previous = scalars.index(before: start)
                guard isLetter(scalars[previous]) || isDigit(scalars[previous]) else { break }
                start = previous
            }
            let nextText = next.text
            guard start < hyphen, let secondStart = nextText.firstIndex(where: { $0 != " " && $0 != "\t" }) else { continue }
            let secondEnd =
                nextText.unicodeScalars[secondStart].properties.generalCategory == .lowercaseLetter
                ? lowercaseRun(in: nextText, from: secondStart) : wordRun(in: nextText, from: secondStart)
            guard secondEnd > secondStart else { continue }
            let lower = line.offset + text.utf8.distance(from: text.startIndex, to: start)
            let upper = next.offset + nextText.utf8.distance(from: nextText.startIndex, to: secondEnd)
            found.append(
                Candidate(
                    line: line, start: start, bytes: lower..<upper, first: String(text[start..<hyphen]),
                    second: String(nextText[secondStart..<secondEnd]), after: nextText[secondEnd...], acrossLines: true))
        }
        return found
    }

    /// A heading is a block of its own: the line after it is not its continuation.
    private static func isHeading(_ line: Substring) -> Bool {
        line.drop { $0 == " " }.hasPrefix("#")
    }

    private static func lowercaseRun(in text: Substring, from start: Substring.Index) -> Substring.Index {
        let scalars = text.unicodeScalars
        var end = start
        while end < text.endIndex, scalars[end].properties.generalCategory == .lowercaseLetter {
            end = scalars.index(after: end)
        }
        return end
    }

    /// A capital or a digit, then letters and digits: `Holland`, `2024`.
    private static func wordRun(in text: Substring, from start: Substring.Index) -> Substring.Index {
        let scalars = text.unicodeScalars
        var end = start
        while end < text.endIndex, isLetter(scalars[end]) || isDigit(scalars[end]) {
            end = scalars.index(after: end)
        }
        return end
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// `\p{L}`: any letter, of any case or script.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `- ` right after a letter or digit (a byte test: ASCII letters and digits, or any byte of
    /// a non-ASCII character): a list marker at the start of a line is not a broken word.
    static func hasHyphenAfterWord(_ line: Substring) -> Bool {
        line.withUTF8Bytes { bytes in
            guard bytes.count > 2 else { return false }
            for index in 1..<(bytes.count - 1)
            where bytes[index] == 45 && bytes[index + 1] == 32 && KnownWords.isWordByte(bytes[index - 1]) {
                return true
            }
            return false
        }
    }

    enum Messages {
        static func broken(_ written: String, _ whole: String) -> Message {
            Message(
                nl: "`\(written)` is een afgebroken woord: `\(whole)` staat elders in de fragmenten",
                en: "`\(written)` is a broken word: `\(whole)` occurs elsewhere in the fragments")
        }
        static func perhaps(_ written: String, _ whole: String, second: String) -> Message {
            Message(
                nl: "`\(written)` is misschien een afgebroken woord (`\(whole)` staat elders in de fragmenten), "
                    + "maar `\(second)` is ook een woord op zich; daarom wordt het niet automatisch hersteld",
                en: "`\(written)` may be a broken word (`\(whole)` occurs elsewhere in the fragments), "
                    + "but `\(second)` is a word of its own too, so it is not fixed automatically")
        }
        static func either(_ written: String, _ whole: String, _ hyphenated: String) -> Message {
            Message(
                nl: "`\(written)` is een afgebroken woord, maar zowel `\(whole)` als `\(hyphenated)` staat elders in de fragmenten",
                en: "`\(written)` is a broken word, but both `\(whole)` and `\(hyphenated)` occur elsewhere in the fragments")
        }
        static func lineEnd(_ written: String, printed: String) -> Message {
            Message(
                nl: "`\(written)`: een woord afgebroken aan het eind van de regel; in het verslag komt `\(printed)` te staan",
                en: "`\(written)`: a word broken at the end of the line; the report would print `\(printed)`")
        }
        static func write(_ whole: String) -> Message {
            Message(nl: "schrijf `\(whole)`", en: "write `\(whole)`")
        }
        static func oneLine(_ hyphenated: String) -> Message {
            Message(nl: "schrijf `\(hyphenated)` op één regel", en: "write `\(hyphenated)` on one line")
        }
        static func writeIfMeant(_ whole: String) -> Message {
            Message(nl: "schrijf `\(whole)` als dat bedoeld is", en: "write `\(whole)` if that is what is meant")
        }
        static func choose(_ whole: String, _ hyphenated: String) -> Message {
            Message(
                nl: "schrijf het woord op één regel: `\(whole)` of `\(hyphenated)`",
                en: "write the word on one line: `\(whole)` or `\(hyphenated)`")
        }
    }
}

extension Rule {
    static let brokenWord = Rule(
        "broken-word", .warning, stage: .lint, ignorable: true,
        fix: .automatic(Message(nl: "voeg het woord samen, alleen als dat zeker is", en: "join the word, only when that is certain")),
        summary: Message(
            nl:
                "`gemeen- telijke` en `gemeen-` aan een regeleinde; samengevoegd alleen als `gemeentelijke` in de fragmenten van dit of eerdere jaren staat en `telijke` geen los woord is; `Zorg- en Veiligheidshuis` blijft zoals het is",
            en:
                "`gemeen- telijke` and `gemeen-` at a line end; joined only when `gemeentelijke` occurs in this or earlier years' fragments and `telijke` is no word of its own; `Zorg- en Veiligheidshuis` is left as it is"
        ))
}

/// Invisible characters that Word, PDF and web pages leave in pasted text, in the body and in
/// front-matter values such as `title:`: a soft hyphen (U+00AD) hides inside `Woning­markt`, a
/// zero-width space splits a word for a search, a narrow no-break space looks like a space.
/// Removing a soft hyphen or a zero-width space, or making a narrow no-break space a normal
/// one, changes nothing a reader sees, so those fixes are certain. A zero-width joiner can
/// hold an emoji or a script together; it is removed only between Latin letters.
///
/// Bidirectional controls are reported too. A left-to-right mark (U+200E, which text copied
/// from a map or a chat brings along) does nothing in a fragment without right-to-left letters
/// or other direction characters, so it is removed there (`Direction`). The others, above all
/// an override such as U+202E that shows the text after it in another order than it is
/// written, may belong to Arabic or Hebrew text: their removal is offered, never done.
///
/// Link destinations are left to the link checks.
struct InvisibleCharacterRule: ValidationRule {
    let rules: [Rule] = [.invisibleCharacter]

    /// The characters, as UTF-8, for a cheap test of a whole fragment.
    static let encoded = [
        "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{202F}", "\u{2028}", "\u{2029}",
        "\u{FB00}", "\u{FB01}", "\u{FB02}", "\u{FB03}", "\u{FB04}", "\u{FB06}",
        "\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
    ]
    /// The ligatures a PDF's text holds (`ﬁnanciën`): they look like their letters, but a search
    /// or a screen reader does not find `fi` in them.
    static let ligatures: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl", "\u{FB06}": "st",
    ]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            guard Self.encoded.contains(where: fragment.text.containsBytes) else { return [] }
            var diagnostics: [Diagnostic] = []
            var cap = FindingCap()
            var offset = 0
            let direction = Direction(of: fragment.text)
            for (index, line) in fragment.text.lines.enumerated() {
                defer { offset += line.utf8.count + 1 }
                let number = index + 1
                guard number != 1, number != fragment.bodyLine - 1, Self.encoded.contains(where: line.containsBytes) else { continue }
                let destinations = number >= fragment.bodyLine ? Self.linkDestinations(in: line) : []
                diagnostics += Self.findings(
                    in: line, number: number, offset: offset, skipping: destinations, fragment: fragment, direction: direction,
                    cap: &cap)
            }
            return diagnostics + cap.summary(.invisibleCharacter, in: fragment)
        }
    }

    private static func findings(
        in line: Substring, number: Int, offset: Int, skipping destinations: [Range<Substring.Index>], fragment: Fragment,
        direction: Direction, cap: inout FindingCap
    ) -> [Diagnostic] {
        let scalars = line.unicodeScalars
        var diagnostics: [Diagnostic] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            // The end of an embedding the text opens is reported with its start.
            let closesOpened = Direction.closers.contains(scalar) && direction.opens
            guard let name = Messages.name(scalar), !closesOpened, !destinations.contains(where: { $0.contains(index) }) else {
                index = scalars.index(after: index)
                continue
            }
            var end = scalars.index(after: index)
            while end < scalars.endIndex, scalars[end] == scalar { end = scalars.index(after: end) }
            let before = index > scalars.startIndex ? scalars[scalars.index(before: index)] : nil
            let after = end < scalars.endIndex ? scalars[end] : nil
            guard cap.admit() else {
                index = end
                continue
            }
            let run = scalars[index..<end].count
            let replacement = Self.replacement(for: scalar, between: before, and: after, leftToRight: direction.leftToRight).map {
                ligatures[scalar] == nil ? $0 : String(repeating: $0, count: run)
            }
            let column = line[line.startIndex..<index].count + 1
            let found =
                Direction.closers.contains(scalar)
                ? Messages.closesNothing(name)
                : ligatures[scalar] != nil
                    ? Messages.lookAlike(name) : InvisibleCharacters.isReordering(scalar) ? Messages.reorders(name) : Messages.found(name)
            var diagnostic = Diagnostic(
                .invisibleCharacter, found,
                at: TextLocation(path: fragment.path, line: number, column: column),
                fix: Messages.fix(scalar, replacement),
                sourceLine: String(line))
            if let replacement {
                let lower = offset + line.utf8.distance(from: line.startIndex, to: index)
                diagnostic.edits = [TextEdit(range: lower..<(lower + line[index..<end].utf8.count), replacement: replacement)]
            }
            diagnostics.append(diagnostic)
            index = end
        }
        return diagnostics
    }

    /// What the character becomes: nothing, a space, or nil when that is not certain.
    /// `leftToRight`: the fragment has no right-to-left letters and no bidirectional control
    /// but left-to-right marks and ends of embeddings that close nothing.
    static func replacement(
        for scalar: Unicode.Scalar, between before: Unicode.Scalar?, and after: Unicode.Scalar?, leftToRight: Bool
    ) -> String? {
        switch scalar {
        case "\u{202F}": return " "
        // Left-to-right text needs no mark to say so; all else may be holding Arabic or Hebrew in place.
        case "\u{200E}": return leftToRight ? "" : nil
        // An end with no start is ignored by the bidirectional algorithm (rule X7).
        case _ where Direction.closers.contains(scalar): return ""
        case _ where InvisibleCharacters.isBidiControl(scalar): return nil
        // Word's line break: where the line should end is for the secretary to say.
        case "\u{2028}", "\u{2029}": return nil
        case _ where ligatures[scalar] != nil: return ligatures[scalar]
        case "\u{200C}", "\u{200D}":
            // Between Latin letters (or at a line's edge) a joiner joins nothing.
            let latin = { (neighbour: Unicode.Scalar?) in neighbour.map { $0.value < 0x250 } ?? true }
            return latin(before) && latin(after) ? "" : nil
        default: return ""
        }
    }

    /// Which way a fragment's text reads, for what its direction characters may be doing. A
    /// Markdown paragraph spans lines, and the bidirectional algorithm works per paragraph: the
    /// whole fragment is judged, not one line.
    struct Direction {
        /// The fragment opens an embedding, override or isolate.
        var opens = false
        /// The fragment has no right-to-left letter and opens nothing; a left-to-right mark, or
        /// an end that closes nothing, does nothing in it.
        var leftToRight = true

        static let closers: Set<Unicode.Scalar> = ["\u{202C}", "\u{2069}"]

        init(of text: String) {
            guard Self.mayHold(text) else { return }
            for scalar in text.unicodeScalars {
                if InvisibleCharacters.isReordering(scalar) && !Self.closers.contains(scalar) { opens = true }
                if InvisibleCharacters.isRightToLeft(scalar)
                    || (InvisibleCharacters.isBidiControl(scalar) && scalar != "\u{200E}" && !Self.closers.contains(scalar))
                {
                    leftToRight = false
                }
            }
        }

        /// Whether `text` can hold a right-to-left letter or a direction character: every one of
        /// them is written with a lead byte from 0xD6 up (U+0590 and beyond).
        private static func mayHold(_ text: String) -> Bool {
            text.utf8.contains { $0 >= 0xD6 }
        }
    }

    /// The `(…)` after `](` of every inline link in the line.
    static func linkDestinations(in line: Substring) -> [Range<Substring.Index>] {
        var ranges: [Range<Substring.Index>] = []
        var search = line.startIndex
        while let open = line[search...].range(of: "](") {
            let close = line[open.upperBound...].firstIndex(of: ")") ?? line.endIndex
            ranges.append(open.upperBound..<close)
            search = close
            if search == line.endIndex { break }
        }
        return ranges
    }

    enum Messages {
        static func name(_ scalar: Unicode.Scalar) -> Message? {
            switch scalar {
            case "\u{00AD}": return Message(nl: "een zacht afbreekstreepje (U+00AD)", en: "a soft hyphen (U+00AD)")
            case "\u{200B}": return Message(nl: "een spatie zonder breedte (U+200B)", en: "a zero-width space (U+200B)")
            case "\u{200C}": return Message(nl: "een scheidingsteken zonder breedte (U+200C)", en: "a zero-width non-joiner (U+200C)")
            case "\u{200D}": return Message(nl: "een verbindingsteken zonder breedte (U+200D)", en: "a zero-width joiner (U+200D)")
            case "\u{2060}": return Message(nl: "een woordverbinder (U+2060)", en: "a word joiner (U+2060)")
            case "\u{FEFF}":
                return Message(nl: "een byte-order mark midden in de tekst (U+FEFF)", en: "a byte-order mark inside the text (U+FEFF)")
            case "\u{202F}": return Message(nl: "een smalle harde spatie (U+202F)", en: "a narrow no-break space (U+202F)")
            case "\u{2028}": return Message(nl: "een regeleinde uit Word (U+2028)", en: "a line break from Word (U+2028)")
            case "\u{2029}": return Message(nl: "een alinea-einde uit Word (U+2029)", en: "a paragraph break from Word (U+2029)")
            case "\u{200E}": return Message(nl: "een links-naar-rechtsteken (U+200E)", en: "a left-to-right mark (U+200E)")
            case "\u{200F}": return Message(nl: "een rechts-naar-linksteken (U+200F)", en: "a right-to-left mark (U+200F)")
            case "\u{061C}": return Message(nl: "een Arabisch richtingsteken (U+061C)", en: "an Arabic letter mark (U+061C)")
            case "\u{202C}", "\u{2069}":
                let code = InvisibleCharacters.code(scalar)
                return Message(nl: "het einde van een leesrichting (\(code))", en: "the end of a reading direction (\(code))")
            case _ where InvisibleCharacters.isBidiControl(scalar):
                let code = InvisibleCharacters.code(scalar)
                return Message(
                    nl: "een teken dat de leesrichting verandert (\(code))", en: "a character that changes the reading direction (\(code))")
            default:
                guard let letters = InvisibleCharacterRule.ligatures[scalar] else { return nil }
                let code = InvisibleCharacters.code(scalar)
                return Message(
                    nl: "een ligatuur `\(scalar)` (\(code)) voor `\(letters)`", en: "a ligature `\(scalar)` (\(code)) for `\(letters)`")
            }
        }
        static func fix(_ scalar: Unicode.Scalar, _ replacement: String?) -> Message {
            switch (scalar, replacement) {
            case ("\u{2028}", _), ("\u{2029}", _):
                return Message(
                    nl: "begin op die plek een nieuwe regel, of een alinea met een lege regel ervoor",
                    en: "start a new line there, or a paragraph with an empty line before it")
            case (_, nil) where InvisibleCharacters.isBidiControl(scalar): return offeredDirection
            case (_, nil): return offered
            case (_, " "): return space
            case (_, ""): return remove
            case (_, let letters?):
                return Message(
                    nl: "schrijf `\(letters)`; de lezer ziet geen verschil, een zoekopdracht wel",
                    en: "write `\(letters)`; a reader sees no difference, a search does")
            }
        }
        static func found(_ name: Message) -> Message {
            Message(
                nl: "\(name.nl): een onzichtbaar teken, meegekomen bij het plakken uit Word, PDF of een webpagina",
                en: "\(name.en): an invisible character, brought along when pasting from Word, PDF or a web page")
        }
        static func reorders(_ name: Message) -> Message {
            Message(
                nl: "\(name.nl): een onzichtbaar teken dat de tekst erna in een andere volgorde kan tonen dan hij er staat",
                en: "\(name.en): an invisible character that can show the text after it in another order than it is written")
        }
        static func closesNothing(_ name: Message) -> Message {
            Message(
                nl: "\(name.nl): een onzichtbaar teken dat hier niets afsluit",
                en: "\(name.en): an invisible character that closes nothing here")
        }
        static func lookAlike(_ name: Message) -> Message {
            Message(
                nl: "\(name.nl): een teken uit een PDF dat op gewone letters lijkt",
                en: "\(name.en): a character from a PDF that looks like ordinary letters")
        }
        static let remove = Message(
            nl: "verwijder het teken; de lezer ziet geen verschil", en: "delete the character; a reader sees no difference")
        static let space = Message(nl: "maak er een gewone spatie van", en: "make it a normal space")
        static let offeredDirection = Message(
            nl: "verwijder het, tenzij het bij Arabische of Hebreeuwse tekst hoort",
            en: "delete it unless it belongs to Arabic or Hebrew text")
        static let offered = Message(
            nl: "verwijder het als het niet bij een emoji of een ander schrift hoort",
            en: "delete it unless it belongs to an emoji or another script")
    }
}

extension Rule {
    static let invisibleCharacter = Rule(
        "invisible-character", .warning, stage: .lint, ignorable: true,
        fix: .automatic(
            Message(
                nl: "verwijder het teken, maak er een gewone spatie van, of schrijf de letters van een ligatuur",
                en: "delete it, make it a normal space, or write a ligature's letters")),
        summary: Message(
            nl:
                "onzichtbare tekens in tekst en kopgegevens: zacht afbreekstreepje, tekens zonder breedte, smalle harde spatie, regeleinde uit Word (U+2028), richtingstekens (U+200E, U+202E); en ligaturen uit een PDF (`ﬁ`)",
            en:
                "invisible characters in the text and front matter: soft hyphen, zero-width characters, narrow no-break space, Word's line break (U+2028), direction marks (U+200E, U+202E); and ligatures from a PDF (`ﬁ`)"
        ))
}

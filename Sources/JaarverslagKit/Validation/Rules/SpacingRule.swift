import Foundation

/// Doubled spaces inside a line and non-breaking spaces, both left behind by Word and PDF.
/// Indentation at the start of a line is Markdown structure and is left alone.
struct SpacingRule: ValidationRule {
    let rules: [Rule] = [.doubleSpace, .nonBreakingSpace]

    static let nonBreaking = NSRegularExpression("\u{00A0}+")

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            // Most fragments have neither; then their lines need not be looked at.
            guard Self.hasDoubleSpace(fragment.text) || fragment.text.containsBytes("\u{00A0}") else { return [] }
            let body = year.body(fragment)
            let doubled = body.lines.flatMap { line -> [(BodyText.Line, Range<Substring.Index>)] in
                let runs = Self.doubledSpaces(in: line.text)
                guard !runs.isEmpty else { return [] }
                let addresses = Self.linkAddresses(in: line.text)
                return runs.filter { run in !addresses.contains { $0.overlaps(run) } }.map { (line, $0) }
            }
            let nonBreaking = body.matches(Self.nonBreaking, when: { $0.containsBytes("\u{00A0}") }).map { ($0.line, $0.range) }
            return Self.perLine(doubled, .doubleSpace, Messages.doubled, Messages.doubledFix, in: body)
                + Self.perLine(nonBreaking, .nonBreakingSpace, Messages.nonBreaking, Messages.nonBreakingFix, in: body)
        }
    }

    /// One finding per line, at its first place, with an edit for every place on the line: a
    /// paragraph pasted from Word can hold a non-breaking space between every pair of words,
    /// and forty findings for one line bury the ones that matter.
    private static func perLine(
        _ places: [(BodyText.Line, Range<Substring.Index>)], _ rule: Rule, _ message: (Int) -> Message, _ fix: (Int) -> Message,
        in body: BodyText
    ) -> [Diagnostic] {
        var cap = FindingCap()
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index < places.count {
            let (line, first) = places[index]
            var ranges = [first]
            index += 1
            while index < places.count, places[index].0.number == line.number {
                ranges.append(places[index].1)
                index += 1
            }
            guard cap.admit() else { continue }
            var diagnostic = Diagnostic(
                rule, message(ranges.count), at: body.location(line, first.lowerBound), fix: fix(ranges.count),
                sourceLine: String(line.text))
            diagnostic.edits = ranges.map { TextEdit(range: body.byteRange(line, $0), replacement: " ") }
            diagnostics.append(diagnostic)
        }
        return diagnostics + cap.summary(rule, in: body.fragment)
    }

    /// Runs of two or more spaces between two characters that are not white space: what
    /// `(?<=\S) {2,}(?=\S)` finds, without compiling it (the first regular expression of a run
    /// costs ICU's set-up, a few milliseconds of a small build). Indentation is left alone.
    static func doubledSpaces(in line: Substring) -> [Range<Substring.Index>] {
        guard hasDoubleSpace(line) else { return [] }
        let scalars = line.unicodeScalars
        var runs: [Range<Substring.Index>] = []
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            guard scalars[index] == " " else {
                previous = scalars[index]
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var count = 0
            while index < scalars.endIndex, scalars[index] == " " {
                index = scalars.index(after: index)
                count += 1
            }
            if count >= 2, let before = previous, !isSpace(before), index < scalars.endIndex, !isSpace(scalars[index]) {
                runs.append(start..<index)
            }
            previous = " "
        }
        return runs
    }

    /// Where a line writes a link's address, `](` up to the next `)`: spaces there are part of
    /// an address (one that is no link yet, which `link-not-made` reports), and one space
    /// for two would make it another address.
    static func linkAddresses(in line: Substring) -> [Range<Substring.Index>] {
        guard line.containsBytes("](") else { return [] }
        var ranges: [Range<Substring.Index>] = []
        var search = line.startIndex
        while let open = line[search...].firstRange(of: "](") {
            let end = line[open.upperBound...].firstIndex(of: ")") ?? line.endIndex
            ranges.append(open.upperBound..<end)
            search = end
        }
        return ranges
    }

    /// ICU's `\s`: the Unicode White_Space property (tested against ICU in LintRuleTests).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Two spaces in a row anywhere. A plain loop: memchr stops at every space.
    static func hasDoubleSpace<Text: StringProtocol>(_ text: Text) -> Bool {
        text.withUTF8Bytes { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 32 && previous == 32 { return true }
                previous = byte
            }
            return false
        }
    }

    enum Messages {
        static func doubled(_ count: Int) -> Message {
            count == 1
                ? Message(nl: "twee of meer spaties achter elkaar", en: "two or more spaces in a row")
                : Message(
                    nl: "twee of meer spaties achter elkaar, \(count) keer op deze regel",
                    en: "two or more spaces in a row, \(count) times on this line")
        }
        static func doubledFix(_: Int) -> Message { Message(nl: "gebruik één spatie", en: "use one space") }
        static func nonBreaking(_ count: Int) -> Message {
            count == 1
                ? Message(nl: "een harde (niet-afbrekende) spatie uit Word", en: "a non-breaking space from Word")
                : Message(
                    nl: "\(count) harde (niet-afbrekende) spaties uit Word op deze regel",
                    en: "\(count) non-breaking spaces from Word on this line")
        }
        static func nonBreakingFix(_ count: Int) -> Message {
            count == 1
                ? Message(nl: "vervang haar door een gewone spatie", en: "replace it by a normal space")
                : Message(nl: "vervang ze door gewone spaties", en: "replace them by normal spaces")
        }
    }
}

extension Rule {
    static let doubleSpace = Rule(
        "double-space", .warning, stage: .lint, ignorable: true, fix: .automatic(Message(nl: "één gewone spatie", en: "one normal space")),
        summary: Message(nl: "dubbele spaties binnen een regel", en: "doubled spaces inside a line"))
    static let nonBreakingSpace = Rule(
        "nbsp", .warning, stage: .lint, ignorable: true, fix: .automatic(Message(nl: "één gewone spatie", en: "one normal space")),
        summary: Message(nl: "harde (niet-afbrekende) spaties", en: "non-breaking spaces"))
}

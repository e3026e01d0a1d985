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
            var doubledCap = FindingCap()
            let doubled = body.lines.flatMap { line in Self.doubledSpaces(in: line.text).map { (line, $0) } }.compactMap {
                line, range -> Diagnostic? in
                guard doubledCap.admit() else { return nil }
                var diagnostic = Diagnostic(
                    .doubleSpace, Messages.doubled, at: body.location(line, range.lowerBound),
                    fix: Messages.doubledFix, sourceLine: String(line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(line, range), replacement: " ")]
                return diagnostic
            }
            var nonBreakingCap = FindingCap()
            let nonBreaking = body.matches(Self.nonBreaking, when: { $0.containsBytes("\u{00A0}") }).compactMap {
                match -> Diagnostic? in
                guard nonBreakingCap.admit() else { return nil }
                var diagnostic = Diagnostic(
                    .nonBreakingSpace, Messages.nonBreaking, at: body.location(match.line, match.range.lowerBound),
                    fix: Messages.nonBreakingFix, sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: " ")]
                return diagnostic
            }
            return doubled + doubledCap.summary(.doubleSpace, in: fragment) + nonBreaking
                + nonBreakingCap.summary(.nonBreakingSpace, in: fragment)
        }
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
        static let doubled = Message(nl: "twee of meer spaties achter elkaar", en: "two or more spaces in a row")
        static let doubledFix = Message(nl: "gebruik één spatie", en: "use one space")
        static let nonBreaking = Message(nl: "een harde (niet-afbrekende) spatie uit Word", en: "a non-breaking space from Word")
        static let nonBreakingFix = Message(nl: "vervang haar door een gewone spatie", en: "replace it by a normal space")
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

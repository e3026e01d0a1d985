/// Straight (' ") and curly (‘ ’ “ ”) quotes mixed in one fragment: a sign of text pasted
/// from several sources. No automatic fix: whether `'` is an apostrophe or a quote mark
/// cannot be told safely.
struct MixedQuotesRule: ValidationRule {
    let rules: [Rule] = [.mixedQuotes]

    /// What one line holds: straight quotes outside link destinations, and curly quotes.
    struct Quotes {
        var straight: [Substring.Index] = []
        var curly = 0
    }

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.compactMap { fragment -> Diagnostic? in
            let text = fragment.text
            guard text.containsByte(39) || text.containsByte(34),
                text.containsBytes("‘") || text.containsBytes("’") || text.containsBytes("“") || text.containsBytes("”")
            else { return nil }
            let body = year.body(fragment)
            var first: (line: BodyText.Line, index: Substring.Index)?
            var straight = 0
            var curly = 0
            for line in body.lines {
                let quotes = Self.quotes(in: line.text)
                if first == nil, let index = quotes.straight.first { first = (line, index) }
                straight += quotes.straight.count
                curly += quotes.curly
            }
            guard let first, curly > 0 else { return nil }
            return Diagnostic(
                .mixedQuotes, Messages.mixed(straight: straight, curly: curly),
                at: body.location(first.line, first.index), fix: Messages.fix, sourceLine: String(first.line.text))
        }
    }

    /// The quotes of a line. A straight quote in a link destination, from `](` to the next
    /// `)`, is not counted: a web address may contain anything (the expression
    /// `\]\([^)]*\)` the rule once used). Curly quotes count wherever they are.
    static func quotes(in line: Substring) -> Quotes {
        var quotes = Quotes()
        quotes.curly = line.containsByte(0xE2) ? line.unicodeScalars.filter(isCurly).count : 0
        let utf8 = line.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: "]"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "(") {
                if let close = utf8[next...].firstIndex(of: UInt8(ascii: ")")) {
                    index = utf8.index(after: close)
                    continue
                }
                // No destination closes on this line, and none after it can either.
                quotes.straight += utf8[next...].indices.filter { utf8[$0] == 39 || utf8[$0] == 34 }
                return quotes
            }
            if byte == 39 || byte == 34 { quotes.straight.append(index) }
            index = next
        }
        return quotes
    }

    private static func isCurly(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "‘" || scalar == "’" || scalar == "“" || scalar == "”"
    }

    enum Messages {
        static func mixed(straight: Int, curly: Int) -> Message {
            Message(
                nl: "rechte (\(straight)×) en gekrulde (\(curly)×) aanhalingstekens door elkaar",
                en: "straight (\(straight)×) and curly (\(curly)×) quotes mixed")
        }
        static let fix = Message(
            nl: "kies één soort; staat het zo in de bron, zet dan `ignore: [mixed-quotes]` in de kopgegevens",
            en: "choose one kind; if the source has it so, put `ignore: [mixed-quotes]` in the front matter")
    }
}

extension Rule {
    static let mixedQuotes = Rule(
        "mixed-quotes", .warning, stage: .lint, ignorable: true,
        summary: Message(
            nl: "rechte en gekrulde aanhalingstekens in één fragment (geen herstel: wat bedoeld is, is niet zeker)",
            en: "straight and curly quotes in one fragment (no fix: which is meant is ambiguous)"))
}

/// A lettered list typed or pasted without empty lines between its items (`a) …` ⏎ `b) …`):
/// Markdown sees one paragraph, and the report prints `a) … b) …` as one run of text. Only
/// lines of one paragraph that start with letters in sequence count, so a sentence that
/// happens to start `a) ` is left alone. Where the empty lines go is for the secretary to
/// decide (an item may run over more lines), so the fix is offered.
struct LetteredLinesRule: ValidationRule {
    let rules: [Rule] = [.letteredListLines]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            return Self.paragraphs(body.lines).compactMap { lines in Self.diagnostic(lines, in: body) }
        }
    }

    /// Runs of lines with text, one after the other.
    static func paragraphs(_ lines: [BodyText.Line]) -> [[BodyText.Line]] {
        var result: [[BodyText.Line]] = []
        var current: [BodyText.Line] = []
        for line in lines {
            if line.text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) || current.last.map({ $0.number + 1 != line.number }) == true
            {
                if current.count > 1 { result.append(current) }
                current = []
            }
            if !line.text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { current.append(line) }
        }
        if current.count > 1 { result.append(current) }
        return result
    }

    /// The first lines of a paragraph that start with letters in sequence (`a)`, `b)`, …).
    static func diagnostic(_ paragraph: [BodyText.Line], in body: BodyText) -> Diagnostic? {
        let lettered = paragraph.compactMap { line in letter(of: line.text).map { (line, $0) } }
        for (index, (line, first)) in lettered.enumerated() {
            var letters = [first]
            var last = line
            for (next, letter) in lettered.dropFirst(index + 1) {
                guard letter.asciiValue == letters.last!.asciiValue! + 1 else { break }
                letters.append(letter)
                last = next
            }
            guard letters.count >= 2 else { continue }
            let start = line.text.firstIndex { $0 != " " } ?? line.text.startIndex
            return Diagnostic(
                .letteredListLines, Messages.found(from: line.number, to: last.number, letters), at: body.location(line, start),
                fix: Messages.fix, sourceLine: String(line.text))
        }
        return nil
    }

    /// The letter of a line that starts `x) ` after at most three spaces, as `LetteredLists` reads them.
    static func letter(of line: Substring) -> Character? {
        let text = line.drop { $0 == " " }
        guard line.count - text.count <= 3 else { return nil }
        let characters = Array(text.prefix(3))
        guard characters.count == 3, characters[1] == ")", characters[2] == " " || characters[2] == "\u{00A0}",
            characters[0].isASCII, characters[0].isLowercase
        else { return nil }
        return characters[0]
    }

    enum Messages {
        static func found(from first: Int, to last: Int, _ letters: [Character]) -> Message {
            let items = letters.map { "\($0))" }.joined(separator: ", ")
            let lines = LineSpan.from(first, to: last)
            return Message(
                nl: "\(lines.nl) beginnen met \(items), maar er staat geen lege regel tussen; "
                    + "zo wordt het geen lijst, maar komen de punten achter elkaar in één alinea",
                en: "\(lines.en) start with \(items), but there is no empty line between them; "
                    + "this makes no list, and the items would run into one paragraph")
        }
        static let fix = Message(
            nl: "zet een lege regel vóór elk punt (a), b), …)", en: "put an empty line before every item (a), b), …)")
    }
}

extension Rule {
    static let letteredListLines = Rule(
        "lettered-list-lines", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "een lege regel vóór elk punt", en: "an empty line before every item")),
        summary: Message(
            nl: "punten `a)`, `b)` op regels direct onder elkaar, die één alinea worden",
            en: "items `a)`, `b)` on lines right below each other, which become one paragraph"))
}

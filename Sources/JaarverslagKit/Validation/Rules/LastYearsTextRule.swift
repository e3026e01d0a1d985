/// A fragment marked final (or without a status, which means final) that still holds last
/// year's text: the same words as the group's fragment of an earlier year, or a text that names
/// last year and never the year of the report, as a fragment started with `new --copy-text`
/// does until it is rewritten.
struct LastYearsTextRule: ValidationRule {
    let rules: [Rule] = [.lastYearsText]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let reportYear = year.manifest.year
        return year.checked.compactMap { fragment -> Diagnostic? in
            guard fragment.frontMatter.status?.value ?? .final == .final else { return nil }
            let body = year.body(fragment)
            let text = body.lines.map(\.text).joined(separator: "\n")
            guard !text.isBlank else { return nil }
            if let earlier = year.earlier?.latest(group: fragment.id.group),
                case .success(let parts) = FrontMatterSplitter.split(earlier.text, path: ""),
                Self.sameWords(parts.body, text)
            {
                return Diagnostic(
                    .lastYearsText, Messages.unchanged(earlier.id),
                    at: TextLocation(path: fragment.path, line: fragment.bodyLine, column: 1),
                    fix: Messages.fix(reportYear), sourceLine: fragment.line(fragment.bodyLine))
            }
            let mentioned = YearNumbers.find(in: (fragment.title ?? "") + "\n" + text)
            guard let last = mentioned.first(where: { $0.year == reportYear - 1 }), !mentioned.contains(where: { $0.year >= reportYear })
            else { return nil }
            let line = body.lines.first { $0.text.contains(String(last.year)) }
            return Diagnostic(
                .lastYearsText, Messages.namesLastYear(last.year, reportYear),
                at: line.map { TextLocation(path: fragment.path, line: $0.number, column: 1) } ?? fragment.frontMatter.location,
                fix: Messages.fix(reportYear), sourceLine: line.map { String($0.text) })
        }
    }

    /// The words of a text, so that line ends and spaces do not count: what `sameWords`
    /// compares, kept as the plain definition its tests hold it to.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: isSeparator)
    }

    /// Whether two texts have the same words (`words(a) == words(b)`), compared one word at a
    /// time: texts of different years part within a few words, and are not split whole. A text
    /// that is last year's goes to the end, though, and comparing by `Character` cost a thousand
    /// instructions a letter, so texts whose bytes tell the words apart are compared as bytes.
    static func sameWords(_ a: String, _ b: String) -> Bool {
        let byBytes: Bool?? = a.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                guard ByteWords.splitsAsCharacters(x), ByteWords.splitsAsCharacters(y) else { return nil }
                return ByteWords.same(x, y)
            } ?? nil
        }
        if case .some(.some(let known)) = byBytes { return known }
        return sameWordsByCharacter(a, b)
    }

    static func sameWordsByCharacter(_ a: String, _ b: String) -> Bool {
        var i = a.startIndex
        var j = b.startIndex
        while true {
            let x = nextWord(a, from: &i)
            let y = nextWord(b, from: &j)
            guard x == y else { return false }
            if x == nil { return true }
        }
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == " " || character == "\n" || character == "\t"
    }

    private static func nextWord(_ text: String, from index: inout String.Index) -> Substring? {
        guard let start = text[index...].firstIndex(where: { !isSeparator($0) }) else {
            index = text.endIndex
            return nil
        }
        let end = text[start...].firstIndex(where: isSeparator) ?? text.endIndex
        index = end
        return text[start..<end]
    }

    enum Messages {
        static func unchanged(_ earlier: FragmentID) -> Message {
            Message(
                nl:
                    "dit fragment is definitief, maar de tekst is woord voor woord die van \(earlier.year) (fragments/\(earlier.year)/\(earlier.fileName))",
                en:
                    "this fragment is final, but its text is word for word that of \(earlier.year) (fragments/\(earlier.year)/\(earlier.fileName))"
            )
        }
        static func namesLastYear(_ last: Int, _ year: Int) -> Message {
            Message(
                nl: "dit fragment is definitief, maar noemt \(last) en nergens \(year); is de tekst van vorig jaar bijgewerkt?",
                en: "this fragment is final, but names \(last) and never \(year); was last year's text brought up to date?")
        }
        static func fix(_ year: Int) -> Message {
            Message(
                nl: "schrijf de tekst over \(year), of zet `status: concept` zolang die er nog niet is",
                en: "write the text about \(year), or set `status: draft` until it is there")
        }
    }
}

extension Rule {
    static let lastYearsText = Rule(
        "last-years-text", .warning, stage: .lint, ignorable: true,
        summary: Message(
            nl: "een definitief fragment met de tekst van vorig jaar, of dat vorig jaar noemt en nergens het verslagjaar",
            en: "a final fragment with last year's text, or that names last year and never the report's year"))
}

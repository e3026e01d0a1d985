/// A paragraph is a few thousand characters; a line far longer than that is pasted data or an
/// attack, and would make every later stage slow for nothing.
struct LineLengthRule: ValidationRule {
    let rules: [Rule] = [.lineTooLong]

    /// Longest line accepted, in characters.
    static let limit = 20_000

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.compactMap { fragment -> Diagnostic? in
            guard fragment.text.utf8.count > Self.limit else { return nil }
            for (index, line) in fragment.text.lines.enumerated()
            where line.utf8.count > Self.limit && line.count > Self.limit {
                return Diagnostic(
                    .lineTooLong, Messages.tooLong(line.count),
                    at: TextLocation(path: fragment.path, line: index + 1, column: Self.limit + 1),
                    fix: Messages.fix)
            }
            return nil
        }
    }

    enum Messages {
        static func tooLong(_ count: Int) -> Message {
            Message(
                nl: "deze regel is \(count) tekens lang; de grens is \(LineLengthRule.limit)",
                en: "this line is \(count) characters long; the limit is \(LineLengthRule.limit)")
        }
        static let fix = Message(
            nl: "splits de tekst in alinea’s, of controleer of er per ongeluk iets anders is geplakt",
            en: "split the text into paragraphs, or check that nothing else was pasted by mistake")
    }
}

extension Rule {
    static let lineTooLong = Rule(
        "line-too-long", .error, stage: .loading,
        summary: Message(nl: "een regel langer dan 20.000 tekens", en: "a line longer than 20,000 characters"))
}

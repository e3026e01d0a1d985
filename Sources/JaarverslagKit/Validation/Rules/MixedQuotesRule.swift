import Foundation

/// Straight (' ") and curly (‘ ’ “ ”) quotes mixed in one fragment: a sign of text pasted
/// from several sources. No automatic fix: whether `'` is an apostrophe or a quote mark
/// cannot be told safely.
struct MixedQuotesRule: ValidationRule {
    static let straight = NSRegularExpression(#"['"]"#)
    static let curly = NSRegularExpression("[‘’“”]")
    /// Link destinations may contain anything; they are not text.
    static let linkDestination = NSRegularExpression(#"\]\([^)]*\)"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.fragments.compactMap { fragment -> Diagnostic? in
            let body = year.body(fragment)
            let text = fragment.text
            guard text.containsByte(39) || text.containsByte(34),
                  text.containsBytes("‘") || text.containsBytes("’") || text.containsBytes("“") || text.containsBytes("”")
            else { return nil }
            let destinations = body.matches(Self.linkDestination)
            func outsideLinks(_ match: (line: BodyText.Line, range: Range<Substring.Index>, groups: [Substring?])) -> Bool {
                !destinations.contains { $0.line.number == match.line.number && $0.range.contains(match.range.lowerBound) }
            }
            let straight = body.matches(Self.straight).filter(outsideLinks)
            let curly = body.matches(Self.curly)
            guard let first = straight.first, !curly.isEmpty else { return nil }
            return Diagnostic(.warning, "mixed-quotes", Messages.mixed(straight: straight.count, curly: curly.count),
                              at: body.location(first.line, first.range.lowerBound), fix: Messages.fix, sourceLine: String(first.line.text))
        }
    }

    enum Messages {
        static func mixed(straight: Int, curly: Int) -> Message {
            Message(nl: "rechte (\(straight)×) en gekrulde (\(curly)×) aanhalingstekens door elkaar",
                    en: "straight (\(straight)×) and curly (\(curly)×) quotes mixed")
        }
        static let fix = Message(
            nl: "kies één soort; staat het zo in de bron, zet dan `ignore: [mixed-quotes]` in de kopgegevens",
            en: "choose one kind; if the source has it so, put `ignore: [mixed-quotes]` in the front matter")
    }
}

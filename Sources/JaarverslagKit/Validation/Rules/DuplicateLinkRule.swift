import Foundation

/// The same link twice in a row, as PDF extraction leaves it when the linked words wrap onto
/// the next line: `[Geen pleisters](u)[ meer!](u)`, `[tekst](u) [tekst](u)`, or `[tekst](u) u`.
struct DuplicateLinkRule: ValidationRule {
    let rules: [Rule] = [.duplicateLink]

    /// Two links to the same address with only a space between them.
    static let twoLinks = NSRegularExpression(#"\[([^\]]*)\]\(([^)\s]+)\)( ?)\[([^\]]*)\]\(\2\)"#)
    /// A link followed by its own address as plain text.
    static let linkAndAddress = NSRegularExpression(#"\[([^\]]*)\]\(([^)\s]+)\) \2(?=[\s.,;:!?)]|$)"#)

    /// A link ending right where another begins: `)[` or `) [`.
    static func hasTwoLinks(_ line: Substring) -> Bool {
        line.containsBytes(")[") || line.containsBytes(") [")
    }

    /// A link followed by an address: `) http`.
    static func hasLinkAndAddress(_ line: Substring) -> Bool {
        line.containsBytes(") http") || line.containsBytes(") mailto:")
    }

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            var cap = FindingCap()
            let merged = body.matches(Self.twoLinks, when: Self.hasTwoLinks).compactMap { match -> Diagnostic? in
                guard cap.admit() else { return nil }
                guard let first = match.groups[1], let url = match.groups[2], let space = match.groups[3], let second = match.groups[4]
                else { return nil }
                let words: String
                if first.trimmingCharacters(in: .whitespaces) == second.trimmingCharacters(in: .whitespaces) {
                    words = String(first)
                } else {
                    let joiner = space.isEmpty && (second.hasPrefix(" ") || first.hasSuffix(" ")) ? "" : " "
                    words = String(first) + joiner + String(second)
                }
                return diagnostic(body, match.line, match.range, url: String(url), replacement: "[\(words)](\(url))")
            }
            let bare = body.matches(Self.linkAndAddress, when: Self.hasLinkAndAddress).compactMap { match -> Diagnostic? in
                guard cap.admit() else { return nil }
                guard let words = match.groups[1], let url = match.groups[2] else { return nil }
                return diagnostic(body, match.line, match.range, url: String(url), replacement: "[\(words)](\(url))")
            }
            return merged + bare + cap.summary(.duplicateLink, in: fragment)
        }
    }

    private func diagnostic(_ body: BodyText, _ line: BodyText.Line, _ range: Range<Substring.Index>, url: String, replacement: String)
        -> Diagnostic
    {
        var diagnostic = Diagnostic(
            .duplicateLink, Messages.twice(url), at: body.location(line, range.lowerBound),
            fix: Messages.fix(replacement), sourceLine: String(line.text))
        diagnostic.edits = [TextEdit(range: body.byteRange(line, range), replacement: replacement)]
        return diagnostic
    }

    enum Messages {
        static func twice(_ url: String) -> Message {
            Message(nl: "dezelfde link staat twee keer achter elkaar (\(url))", en: "the same link appears twice in a row (\(url))")
        }
        static func fix(_ replacement: String) -> Message {
            Message(nl: "maak er één link van: \(replacement)", en: "make it one link: \(replacement)")
        }
    }
}

extension Rule {
    static let duplicateLink = Rule(
        "duplicate-link", .warning, stage: .lint, ignorable: true,
        fix: .automatic(Message(nl: "één link over de hele zinsnede", en: "one link over the whole phrase")),
        summary: Message(
            nl: "`[Geen pleisters](u)[ meer!](u)`, `[a](u) [a](u)`, `[a](u) u`",
            en: "`[Geen pleisters](u)[ meer!](u)`, `[a](u) [a](u)`, `[a](u) u`"))
}

/// The last item of a lettered list in the 2014 style (items with paragraphs of their own)
/// runs to the next heading, so paragraphs meant to follow the list are swallowed into it and
/// printed indented under the last letter. Reported when the last item holds more paragraphs
/// than any item before it, with how to end the list.
struct LetteredListRule: ValidationRule {
    let rules: [Rule] = [.letteredListEnd]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment in
            Self.lists(in: fragment.body).compactMap { items -> Diagnostic? in
                guard let last = items.last, items.count >= 2 else { return nil }
                // Paragraphs are counted, not lists: bullets under `a)` are no reason for `b)` to
                // hold a paragraph of its own.
                let most = items.dropLast().map { Self.paragraphs(of: $0).count }.max() ?? 1
                let swallowed = Self.paragraphs(of: last).dropFirst(most).filter { !LetteredLists.isIndented($0) }
                guard let first = swallowed.first else { return nil }
                let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(items.count - 1)))
                return Diagnostic(
                    .letteredListEnd, Messages.swallowed(letter, count: swallowed.count), at: first.location,
                    fix: Messages.fix(letter), sourceLine: fragment.line(first.location.line))
            }
        }
    }

    /// The paragraphs of an item, its letter's first.
    static func paragraphs(of item: ListItem) -> [Block] {
        item.blocks.filter { if case .paragraph = $0.kind { true } else { false } }
    }

    /// The items of every lettered list, also inside other blocks.
    static func lists(in blocks: [Block]) -> [[ListItem]] {
        blocks.flatMap { block -> [[ListItem]] in
            switch block.kind {
            case .letteredList(let items): return [items] + items.flatMap { lists(in: $0.blocks) }
            case .bulletList(let items), .orderedList(_, let items): return items.flatMap { lists(in: $0.blocks) }
            case .blockQuote(let inner): return lists(in: inner)
            default: return []
            }
        }
    }

    enum Messages {
        static func swallowed(_ letter: Character, count: Int) -> Message {
            Message(
                nl: "deze alinea" + (count == 1 ? " hoort" : " en de \(count - 1) daarna horen")
                    + " nu bij punt \(letter)) van de lijst, tot de volgende tussenkop, en wordt ingesprongen afgedrukt",
                en: "this paragraph" + (count == 1 ? " belongs" : " and the \(count - 1) after it belong")
                    + " to item \(letter)) of the list, up to the next heading, and is printed indented")
        }
        static func fix(_ letter: Character) -> Message {
            Message(
                nl:
                    "hoort de tekst niet bij \(letter)), zet er dan een tussenkop (`# …`) boven, of spring de alinea’s die wél bij de punten horen "
                    + "in met twee spaties: dan eindigt de lijst bij de eerste alinea die niet is ingesprongen",
                en: "if the text does not belong to \(letter)), put a heading (`# …`) above it, or indent the paragraphs that do belong to "
                    + "the items by two spaces: the list then ends at the first paragraph that is not indented")
        }
    }
}

extension Rule {
    static let letteredListEnd = Rule(
        "lettered-list-end", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "een tussenkop, of ingesprongen alinea’s", en: "a heading, or indented paragraphs")),
        summary: Message(
            nl: "alinea’s na een lijst `a)`, `b)` die bij het laatste punt terechtkomen",
            en: "paragraphs after an `a)`, `b)` list that end up in its last item"))
}

/// A sentence pasted with a year and a full stop at the start of a line (`2024. Het jaar
/// waarin …`) is, to Markdown, a numbered list starting at 2024: the DocBook output would
/// carry a one-item list numbered 2024. Escaping the full stop (`2024\.`) keeps every word and
/// makes it the sentence it is, so the fix is certain.
struct YearListRule: ValidationRule {
    let rules: [Rule] = [.yearAsList]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            let lists = Self.yearLists(in: fragment.body)
            guard !lists.isEmpty else { return [] }
            let body = year.body(fragment)
            return lists.compactMap { location -> Diagnostic? in
                guard let line = body.lines.first(where: { $0.number == location.line }),
                    let dot = line.text.firstIndex(of: "."), line.text[..<dot].allSatisfy({ $0 == " " || $0.isNumber })
                else { return nil }
                let number = line.text[..<dot].trimmingSpaces()
                var diagnostic = Diagnostic(
                    .yearAsList, Messages.found(number), at: location, fix: Messages.fix(number), sourceLine: String(line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(line, dot..<line.text.index(after: dot)), replacement: "\\.")]
                return diagnostic
            }
        }
    }

    /// Where a numbered list of one item starts at a number that is a year.
    static func yearLists(in blocks: [Block]) -> [TextLocation] {
        blocks.flatMap { block -> [TextLocation] in
            switch block.kind {
            case .orderedList(let start, let items):
                let here = items.count == 1 && (1900...2199).contains(start) ? [block.location] : []
                return here + items.flatMap { yearLists(in: $0.blocks) }
            case .bulletList(let items), .letteredList(let items): return items.flatMap { yearLists(in: $0.blocks) }
            case .blockQuote(let inner): return yearLists(in: inner)
            default: return []
            }
        }
    }

    enum Messages {
        static func found(_ year: String) -> Message {
            Message(
                nl: "`\(year).` aan het begin van de regel maakt er een genummerde lijst van die bij \(year) begint",
                en: "`\(year).` at the start of the line makes it a numbered list starting at \(year)")
        }
        static func fix(_ year: String) -> Message {
            Message(
                nl: "schrijf `\(year)\\.`: dan blijft het een gewone zin", en: "write `\(year)\\.`: it then stays an ordinary sentence")
        }
    }
}

extension Rule {
    static let yearAsList = Rule(
        "year-as-list", .warning, stage: .lint, ignorable: true,
        fix: .automatic(Message(nl: "`2024\\.` in plaats van `2024.`", en: "`2024\\.` instead of `2024.`")),
        summary: Message(
            nl: "een zin die met een jaartal en een punt begint (`2024. Het jaar …`), wat een genummerde lijst zou worden",
            en: "a sentence starting with a year and a full stop (`2024. Het jaar …`), which would become a numbered list"))
}

/// Tabs pasted from Word or Excel. A tab between words prints as a space, so it becomes one
/// (certain); lines in a row with tabs between their words are a table, which Markdown cannot
/// show: the rule says what to write instead. Tabs in the indentation are Markdown structure
/// and tabs after a list marker belong to it; both are left alone.
struct TabRule: ValidationRule {
    let rules: [Rule] = [.tab, .tabTable]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            guard fragment.text.containsByte(9) else { return [] }
            let body = year.body(fragment)
            var diagnostics: [Diagnostic] = []
            var cap = FindingCap()
            var run: [(line: BodyText.Line, tabs: [Range<Substring.Index>])] = []
            func flush() {
                if run.count >= 2 {
                    let first = run[0]
                    diagnostics.append(
                        Diagnostic(
                            .tabTable, Messages.table(from: first.line.number, to: run[run.count - 1].line.number),
                            at: body.location(first.line, first.tabs[0].lowerBound), fix: Messages.tableFix,
                            sourceLine: String(first.line.text)))
                } else if let only = run.first {
                    diagnostics += only.tabs.compactMap { tab -> Diagnostic? in
                        guard cap.admit() else { return nil }
                        var diagnostic = Diagnostic(
                            .tab, Messages.tab, at: body.location(only.line, tab.lowerBound), fix: Messages.tabFix,
                            sourceLine: String(only.line.text))
                        diagnostic.edits = [TextEdit(range: body.byteRange(only.line, tab), replacement: " ")]
                        return diagnostic
                    }
                }
                run = []
            }
            for line in body.lines {
                let tabs = Self.innerTabs(in: line.text)
                if tabs.isEmpty || (run.last.map { $0.line.number + 1 != line.number } ?? false) { flush() }
                if !tabs.isEmpty { run.append((line, tabs)) }
            }
            flush()
            return diagnostics + cap.summary(.tab, in: fragment)
        }
    }

    /// Runs of tabs (with any spaces around them) after the first word of the line and its list
    /// marker, if any: the tabs between words.
    static func innerTabs(in line: Substring) -> [Range<Substring.Index>] {
        guard line.containsByte(9) else { return [] }
        var start = line.startIndex
        while start < line.endIndex, line[start] == " " || line[start] == "\t" { start = line.index(after: start) }
        // A list marker (`-`, `*`, `+`, `1.`, `a)`, or a pasted bullet) and the space after it.
        var afterMarker = start
        while afterMarker < line.endIndex, line[afterMarker] != " ", line[afterMarker] != "\t" {
            afterMarker = line.index(after: afterMarker)
        }
        if isListMarker(line[start..<afterMarker]) {
            start = afterMarker
            while start < line.endIndex, line[start] == " " || line[start] == "\t" { start = line.index(after: start) }
        }
        var tabs: [Range<Substring.Index>] = []
        var index = start
        while index < line.endIndex {
            guard line[index] == "\t" else {
                index = line.index(after: index)
                continue
            }
            var lower = index
            while lower > start, line[line.index(before: lower)] == " " { lower = line.index(before: lower) }
            var upper = index
            while upper < line.endIndex, line[upper] == "\t" || line[upper] == " " { upper = line.index(after: upper) }
            if upper < line.endIndex { tabs.append(lower..<upper) }
            index = upper
        }
        return tabs
    }

    /// `-`, `*`, `+`, `1.`, `2)`, `a)`, or a bullet pasted from Word (`•`, `o`, `–`).
    static func isListMarker(_ marker: Substring) -> Bool {
        if ["-", "*", "+", "o", "–", "—"].contains(marker) { return true }
        if marker.unicodeScalars.count == 1, let scalar = marker.unicodeScalars.first {
            return PastedBulletRule.bullets.contains(scalar)
        }
        guard let last = marker.last, last == "." || last == ")" else { return false }
        let number = marker.dropLast()
        return (!number.isEmpty && number.count <= 3 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber))
            || (number.count == 1 && number.first!.isASCII && number.first!.isLowercase && last == ")")
    }

    enum Messages {
        static let tab = Message(
            nl: "een tab in de tekst (uit Word of Excel); in het verslag wordt het een spatie",
            en: "a tab in the text (from Word or Excel); the report prints a space")
        static let tabFix = Message(nl: "gebruik één spatie", en: "use one space")
        static func table(from first: Int, to last: Int) -> Message {
            let lines = LineSpan.from(first, to: last)
            return Message(
                nl: "\(lines.nl) zijn een tabel met tabs (uit Word of Excel); Markdown kan geen tabellen tonen "
                    + "en zet alles achter elkaar in één alinea",
                en: "\(lines.en) are a table separated by tabs (from Word or Excel); Markdown cannot show tables "
                    + "and runs everything into one paragraph")
        }
        static let tableFix = Message(
            nl:
                "schrijf elke rij als een punt van een opsomming, bijvoorbeeld `- Jan Jansen, Delft, voorzitter`, of vertel de inhoud in zinnen",
            en: "write each row as a list item, for example `- Jan Jansen, Delft, chair`, or tell the content in sentences")
    }
}

extension Rule {
    static let tab = Rule(
        "tab-in-text", .warning, stage: .lint, ignorable: true, fix: .automatic(Message(nl: "één spatie", en: "one space")),
        summary: Message(nl: "een tab tussen woorden", en: "a tab between words"))
    static let tabTable = Rule(
        "tab-table", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "een opsomming met één punt per rij", en: "a list with one item per row")),
        summary: Message(
            nl: "regels met tabs tussen de woorden: een tabel, die Markdown niet kan tonen",
            en: "lines with tabs between their words: a table, which Markdown cannot show"))
}

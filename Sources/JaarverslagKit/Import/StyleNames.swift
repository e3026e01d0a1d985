/// What Word's built-in styles mean, by the names Word writes and shows: English Word writes
/// `heading 1`, Dutch Word shows `Kop 1` and sometimes writes it too, and a style's *id*
/// (`Kop1`, `berschrift1`) depends on the language it was made in, so ids are never used.
enum StyleNames {
    enum Meaning: Hashable {
        case body
        case heading(Int)
        case title
        case subtitle
        case quote
        case listParagraph
        case list(ListMark.Kind, level: Int)
        case listContinue(level: Int)
        case tableOfContents
        case ignore
    }

    static func normalized(_ name: String) -> String {
        ImportStyleMap.normalized(name)
    }

    static func paragraphMeaning(of name: String) -> Meaning? {
        let key = normalized(name)
        if let meaning = paragraphs[key] { return meaning }
        // Numbered families: `Kop 3`, `List Bullet 2`, `Lijstvervolg 4`, `toc 2`.
        guard let last = key.split(separator: " ").last, let number = Int(last), key.count > last.count else { return nil }
        let stem = String(key.dropLast(last.count + 1))
        switch stem {
        case "heading", "kop": return (1...9).contains(number) ? .heading(number) : nil
        case "list bullet", "lijstopsommingsteken", "lijst opsommingsteken", "lijstopsomteken":
            return (1...9).contains(number) ? .list(.bullet, level: number - 1) : nil
        case "list number", "lijstnummering":
            return (1...9).contains(number) ? .list(.decimal, level: number - 1) : nil
        case "list continue", "lijstvervolg":
            return (1...9).contains(number) ? .listContinue(level: number - 1) : nil
        case "toc", "inhopg": return .tableOfContents
        default: return nil
        }
    }

    private static let paragraphs: [String: Meaning] = [
        "normal": .body, "standaard": .body, "body text": .body, "plattetekst": .body, "platte tekst": .body,
        "title": .title, "titel": .title,
        "subtitle": .subtitle, "ondertitel": .subtitle,
        "quote": .quote, "citaat": .quote, "intense quote": .quote, "duidelijk citaat": .quote,
        "block text": .quote, "bloktekst": .quote, "quotations": .quote,
        "list paragraph": .listParagraph, "lijstalinea": .listParagraph,
        "list bullet": .list(.bullet, level: 0), "lijstopsommingsteken": .list(.bullet, level: 0),
        "lijst opsommingsteken": .list(.bullet, level: 0), "lijstopsomteken": .list(.bullet, level: 0),
        "list number": .list(.decimal, level: 0), "lijstnummering": .list(.decimal, level: 0),
        "list continue": .listContinue(level: 0), "lijstvervolg": .listContinue(level: 0),
        "toc heading": .tableOfContents, "kop van inhoudsopgave": .tableOfContents, "kopvaninhoudsopgave": .tableOfContents,
        "header": .ignore, "koptekst": .ignore, "footer": .ignore, "voettekst": .ignore,
    ]

    /// Character styles that carry meaning: `Strong`/`Zwaar` is bold, `Emphasis`/`Nadruk` italic.
    static func characterMeaning(of name: String) -> (bold: Bool?, italic: Bool?)? {
        switch normalized(name) {
        case "strong", "zwaar": return (true, nil)
        case "emphasis", "nadruk", "subtle emphasis", "subtiele nadruk", "intense emphasis", "duidelijke nadruk": return (nil, true)
        case "book title", "titel van boek": return (true, true)
        default: return nil
        }
    }
}

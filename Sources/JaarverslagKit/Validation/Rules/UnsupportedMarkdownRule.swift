/// Markdown that has no faithful form in DocBook and plain text is reported, never dropped.
struct UnsupportedMarkdownRule: ValidationRule {
    let rules: [Rule] = [.unsupportedMarkdown, .unusedLinkDefinition]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment in
            fragment.unsupported.map { item in
                Diagnostic(
                    item.kind == .unusedDefinition ? .unusedLinkDefinition : .unsupportedMarkdown, Messages.message(item),
                    at: item.location,
                    fix: Messages.fix(item), sourceLine: fragment.line(item.location.line))
            }
        }
    }

    enum Messages {
        static func message(_ item: UnsupportedMarkup) -> Message {
            switch item.kind {
            case .html: return Message(nl: "HTML wordt niet ondersteund", en: "HTML is not supported")
            case .image: return Message(nl: "afbeeldingen worden niet ondersteund", en: "images are not supported")
            case .code:
                return Message(
                    nl: "code (tekst tussen backticks of ingesprongen met vier spaties) wordt niet ondersteund",
                    en: "code (text in backticks or indented by four spaces) is not supported")
            case .table: return Message(nl: "tabellen worden niet ondersteund", en: "tables are not supported")
            case .thematicBreak:
                return Message(
                    nl: "een scheidingslijn (---, ***) wordt niet ondersteund", en: "a horizontal rule (---, ***) is not supported")
            case .deepHeading:
                let level = item.level ?? 3
                return Message(
                    nl: "een tussenkop van niveau \(level) is te diep; hoogstens `##` is toegestaan",
                    en: "a heading of level \(level) is too deep; at most `##` is allowed")
            case .headingInList:
                return Message(
                    nl: "een tussenkop binnen een opsomming of citaat wordt niet ondersteund",
                    en: "a heading inside a list or quote is not supported")
            case .footnote:
                let label = item.text ?? "[^1]"
                return Message(
                    nl: "voetnoten (`\(label)`) worden niet ondersteund; de tekens zouden zo in het verslag komen te staan",
                    en: "footnotes (`\(label)`) are not supported; the characters would appear in the report as they are")
            case .unusedDefinition:
                let label = item.text ?? "[…]"
                return Message(
                    nl: "de linkdefinitie `\(label)` wordt door geen link gebruikt en zou uit het verslag verdwijnen",
                    en: "the link definition `\(label)` is used by no link and would vanish from the report")
            case .manyDefinitions:
                return Message(
                    nl: "meer dan \(LinkDefinitions.maxProbes) linkdefinities (`[naam]: adres`); die worden niet allemaal nagekeken",
                    en: "more than \(LinkDefinitions.maxProbes) link definitions (`[name]: address`); they are not all checked")
            }
        }

        static func fix(_ item: UnsupportedMarkup) -> Message {
            switch item.kind {
            case .html: return Message(nl: "verwijder de HTML-code en schrijf gewone tekst", en: "remove the HTML and write plain text")
            case .image:
                return Message(
                    nl: "verwijder de afbeelding; stuur haar apart naar de coördinator",
                    en: "remove the image; send it to the coordinator separately")
            case .code:
                return Message(
                    nl: "verwijder de backticks, of laat de regel niet met vier spaties beginnen",
                    en: "remove the backticks, or do not start the line with four spaces")
            case .table: return Message(nl: "schrijf de tabel als opsomming", en: "write the table as a list")
            case .thematicBreak:
                return Message(
                    nl: "verwijder de lijn; gebruik een tussenkop (`# …`) om tekst te scheiden",
                    en: "remove the rule; use a heading (`# …`) to separate text")
            case .deepHeading: return Message(nl: "gebruik `#` of `##`", en: "use `#` or `##`")
            case .headingInList: return Message(nl: "zet de tussenkop boven de opsomming", en: "put the heading above the list")
            case .footnote:
                return Message(
                    nl: "zet de tekst van de voetnoot tussen haakjes in de zin zelf; moeten de tekens er zo staan, schrijf dan `\\[^1\\]`",
                    en: "put the footnote's text in brackets in the sentence itself; if the characters are meant, write `\\[^1\\]`")
            case .unusedDefinition:
                return Message(
                    nl: "gebruik haar als `[tekst][naam]`, of zet het adres in de link zelf en verwijder de definitie",
                    en: "use it as `[text][name]`, or put the address in the link itself and remove the definition")
            case .manyDefinitions:
                return Message(
                    nl: "zet elk adres in de link zelf: `[tekst](https://…)`",
                    en: "put each address in the link itself: `[text](https://…)`")
            }
        }
    }
}

extension Rule {
    static let unsupportedMarkdown = Rule(
        "unsupported-markdown", .error, stage: .fragment,
        summary: Message(
            nl: "HTML, afbeeldingen, code, tabellen, lijnen, voetnoten, tussenkoppen dieper dan `##` of in een opsomming",
            en: "HTML, images, code, tables, rules, footnotes, headings deeper than `##` or inside a list"))
    static let unusedLinkDefinition = Rule(
        "unused-link-definition", .error, stage: .fragment,
        summary: Message(
            nl: "een linkdefinitie `[naam]: adres` die geen link gebruikt (ze zou stil verdwijnen)",
            en: "a link definition `[name]: address` that no link uses (it would vanish without a trace)"))
}

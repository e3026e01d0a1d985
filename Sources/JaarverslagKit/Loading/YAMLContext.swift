/// Reads one YAML document (front matter or manifest) and turns every problem in it into a
/// diagnostic that points at the file's own lines, with the line shown and a caret.
///
/// A reference type because the typed readers below all report into the same list.
final class YAMLContext {
    let path: String
    /// The whole file, for the snippet under a diagnostic (and to tell an escape from a
    /// character typed as it is).
    let fileText: String
    /// Split only when a diagnostic needs a line: most files have none.
    private lazy var fileLines: [Substring] = fileText.lines
    /// How many file lines come before the YAML text (1 for front matter after `---`).
    private let lineOffset: Int
    private let limits: YAMLParser.Limits
    /// When set, the file's lines are shown under diagnostics only once its top-level keys
    /// include one of these: a file in a manifest's place that is something else (a key, a
    /// password file) never has a line of it echoed.
    private let recognizedBy: Set<String>?
    /// Whether the file's lines may be shown under diagnostics.
    private(set) var showsSourceLines = true
    /// Whether the document's top level named none of `recognizedBy`.
    private(set) var isUnrecognized = false
    private(set) var diagnostics: [Diagnostic] = []

    /// A front matter needs three levels and a few dozen values; a manifest one value per
    /// group and member city. Beyond these a document is refused before it becomes a tree.
    static let frontMatterLimits = YAMLParser.Limits(depth: 16, nodes: 1_000)
    static let manifestLimits = YAMLParser.Limits(depth: 16, nodes: 250_000)

    init(
        path: String, fileText: String, lineOffset: Int, limits: YAMLParser.Limits = YAMLContext.frontMatterLimits,
        recognizedBy: Set<String>? = nil
    ) {
        self.path = path
        self.fileText = fileText
        self.lineOffset = lineOffset
        self.limits = limits
        self.recognizedBy = recognizedBy
    }

    /// Parses `yaml`; on a problem, records it and returns nil.
    func compose(_ yaml: String) -> YAMLNode? {
        let outcome = YAMLParser.parse(yaml, limits: limits)
        if let known = recognizedBy {
            isUnrecognized = !outcome.topLevelKeys.contains(where: known.contains)
            showsSourceLines = !isUnrecognized
        }
        for (scalar, mark) in outcome.forbidden {
            report(
                .forbiddenCharacter, XMLCharacters.Messages.inValue(scalar), line: mark.line, column: mark.column,
                fix: XMLCharacters.Messages.valueFix)
        }
        if let problem = outcome.problem {
            report(problem, in: yaml)
            return nil
        }
        return outcome.root
    }

    func location(of node: YAMLNode) -> TextLocation {
        TextLocation(path: path, line: node.mark.line + lineOffset, column: node.mark.column)
    }

    func report(_ rule: Rule, _ message: Message, at node: YAMLNode, fix: Message? = nil) {
        let location = location(of: node)
        add(Diagnostic(rule, message, at: location, fix: fix, sourceLine: sourceLine(location.line)))
    }

    /// `line` and `column` are positions in the YAML text (1-based).
    func report(_ rule: Rule, _ message: Message, line: Int, column: Int, fix: Message?) {
        let location = TextLocation(path: path, line: line + lineOffset, column: column)
        add(Diagnostic(rule, message, at: location, fix: fix, sourceLine: sourceLine(location.line)))
    }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func sourceLine(_ line: Int) -> String? {
        guard showsSourceLines, line >= 1, line <= fileLines.count else { return nil }
        return String(fileLines[line - 1])
    }

    private func report(_ problem: YAMLParser.Problem, in yaml: String) {
        switch problem {
        case .character(let value, let line, let column):
            // libyaml's reader refuses characters YAML does not allow (control characters).
            report(.yamlSyntax, Messages.badCharacter(value), line: line, column: column, fix: Messages.badCharacterFix)
        case .lineSeparator(let value, let line, let column):
            report(.yamlSyntax, Messages.lineSeparator(value), line: line, column: column, fix: Messages.lineSeparatorFix)
        case .syntax(let text, let problemMark, let contextMark):
            // Something left open (a list, a quote) is found where the text ends; the place it
            // was opened is where to look.
            let leftOpen = text.hasPrefix("did not find expected ','") || text.hasPrefix("found unexpected end of")
            let mark = leftOpen ? contextMark ?? problemMark : problemMark
            let line = fileLines.indices.contains(mark.line + lineOffset - 1) ? fileLines[mark.line + lineOffset - 1] : ""
            let isTab = text.contains("tab character") || line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
            let opened = line.dropFirst(max(mark.column - 1, 0))
            // In a list written `[a, b]` the name ends at the next `,` or `]`.
            let inFlow = line[..<opened.startIndex].contains { $0 == "[" || $0 == "{" }
            let name = inFlow ? opened.prefix { !",]}".contains($0) } : opened
            let explained = leftOpen && Messages.isElision(name) ? Messages.elision(name) : Messages.explained(text)
            report(
                isTab ? .yamlTab : .yamlSyntax,
                isTab ? Messages.tab : Messages.syntax(explained?.what ?? Messages.unknownProblem(text)), line: mark.line,
                column: mark.column, fix: isTab ? Messages.tabFix : explained?.fix ?? Messages.syntaxFix)
        case .anchor(let mark), .alias(let mark):
            report(.yamlSyntax, Messages.anchor, line: mark.line, column: mark.column, fix: Messages.anchorFix)
        case .duplicateKey(let key, let first, let again):
            var diagnostic = Diagnostic(
                .yamlDuplicateKey, Messages.duplicateKey(key), at: location(first), fix: Messages.duplicateKeyFix,
                sourceLine: sourceLine(first.line + lineOffset))
            diagnostic.notes = [Diagnostic.Note(message: Messages.againHere, location: location(again))]
            add(diagnostic)
        case .tooDeep(let mark):
            report(.yamlSyntax, Messages.tooDeep(limits.depth), line: mark.line, column: mark.column, fix: Messages.tooLargeFix)
        case .tooManyNodes(let mark):
            report(.yamlSyntax, Messages.tooManyNodes(limits.nodes), line: mark.line, column: mark.column, fix: Messages.tooLargeFix)
        case .secondDocument(let mark):
            report(.yamlSyntax, Messages.secondDocument, line: mark.line, column: mark.column, fix: Messages.secondDocumentFix)
        }
    }

    private func location(_ mark: YAMLMark) -> TextLocation {
        TextLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    enum Messages {
        static func syntax(_ problem: Message) -> Message {
            Message(nl: "dit is geen geldige YAML: \(problem.nl)", en: "this is not valid YAML: \(problem.en)")
        }
        /// libyaml's own text is English; one it does not know is quoted inside a Dutch sentence.
        static func unknownProblem(_ problem: String) -> Message {
            Message(nl: "libyaml meldt “\(problem)”", en: "libyaml says “\(problem)”")
        }

        /// `'s-Hertogenbosch`, `'t Gooi`: a Dutch name that starts with an apostrophe, which YAML
        /// reads as the start of a quoted text that is never closed.
        static func isElision(_ value: Substring) -> Bool {
            let start = Array(value.prefix(3))
            return start.count == 3 && start[0] == "'" && (start[1] == "s" || start[1] == "t") && (start[2] == "-" || start[2] == " ")
        }
        static func elision(_ value: Substring) -> (what: Message, fix: Message) {
            let name = String(value.trimmingCharacters(in: .whitespaces))
            let curly = "’" + name.dropFirst()
            return (
                Message(
                    nl:
                        "`\(name)` begint met een rechte apostrof, en YAML leest die als het begin van een tekst tussen aanhalingstekens die nergens wordt gesloten",
                    en: "`\(name)` starts with a straight apostrophe, which YAML reads as the start of a quoted text that is never closed"),
                Message(
                    nl: "schrijf \(curly) met de gekrulde apostrof (’), of zet de hele naam tussen dubbele aanhalingstekens: \"\(name)\"",
                    en: "write \(curly) with the curly apostrophe (’), or put the whole name in double quotes: \"\(name)\"")
            )
        }

        /// What libyaml's problems mean for someone writing `naam: waarde` lines, and what to do.
        static func explained(_ problem: String) -> (what: Message, fix: Message)? {
            let quoteFix = Message(
                nl: "zet de waarde tussen aanhalingstekens, bijvoorbeeld title: \"Thema: wonen\"",
                en: "put the value in quotes, for example title: \"Thema: wonen\"")
            let indentFix = Message(
                nl: "laat elk veld aan het begin van de regel beginnen, en lijstpunten (`- `) met dezelfde inspringing",
                en: "start every field at the beginning of the line, and list items (`- `) with the same indentation")
            switch problem {
            case "mapping values are not allowed in this context":
                return (Message(nl: "een dubbele punt op een plek waar dat niet mag", en: "a colon where one is not allowed"), quoteFix)
            case "did not find expected ',' or ']'":
                return (
                    Message(nl: "een lijst tussen [ en ] is niet goed afgesloten", en: "a list between [ and ] is not closed properly"),
                    Message(
                        nl: "sluit de lijst met ], of zet tekst die met [ begint tussen aanhalingstekens",
                        en: "close the list with ], or put text that starts with [ in quotes")
                )
            case "did not find expected ',' or '}'":
                return (
                    Message(nl: "een groep tussen { en } is niet goed afgesloten", en: "a mapping between { and } is not closed properly"),
                    Message(
                        nl: "sluit met }, of zet tekst die met { begint tussen aanhalingstekens",
                        en: "close it with }, or put text that starts with { in quotes")
                )
            case "found character that cannot start any token":
                return (
                    Message(
                        nl: "een waarde begint met een teken dat YAML daar niet toestaat (zoals @ of `)",
                        en: "a value starts with a character YAML does not allow there (such as @ or `)"), quoteFix
                )
            case "found unexpected end of stream", "found unexpected end of plain scalar":
                return (
                    Message(nl: "de tekst houdt onverwacht op", en: "the text ends unexpectedly"),
                    Message(nl: "sluit elk aanhalingsteken dat u opent", en: "close every quote you open")
                )
            case "did not find expected key", "did not find expected '-' indicator",
                "block sequence entries are not allowed in this context":
                return (Message(nl: "de inspringing klopt niet", en: "the indentation is wrong"), indentFix)
            case "could not find expected ':'":
                return (
                    Message(nl: "er ontbreekt een dubbele punt na de naam van een veld", en: "a colon is missing after a field's name"),
                    Message(nl: "schrijf elk veld als `naam: waarde`", en: "write every field as `name: value`")
                )
            case "found unknown escape character", "found undefined tag handle", "did not find expected node content":
                return (Message(nl: "een waarde die YAML niet kan lezen", en: "a value YAML cannot read"), quoteFix)
            default:
                return nil
            }
        }
        static let syntaxFix = Message(
            nl: "schrijf elk gegeven als `naam: waarde` op een eigen regel; zet een waarde met een dubbele punt tussen aanhalingstekens",
            en: "write each field as `name: value` on a line of its own; quote a value that contains a colon")
        static func badCharacter(_ value: UInt32) -> Message {
            let code = " (U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) + ")"
            return Message(
                nl: "de kopgegevens bevatten een onzichtbaar stuurteken\(code) dat YAML niet toestaat",
                en: "the front matter contains an invisible control character\(code) that YAML does not allow")
        }
        static let badCharacterFix = Message(
            nl: "verwijder het teken of typ de regel opnieuw", en: "delete the character or retype the line")
        static let tab = Message(
            nl: "YAML staat geen tabs toe om in te springen", en: "YAML does not allow tabs for indentation")
        static let tabFix = Message(
            nl: "vervang de tab door spaties", en: "replace the tab with spaces")
        static func duplicateKey(_ key: String) -> Message {
            Message(nl: "het veld `\(key)` staat er meer dan één keer", en: "the field `\(key)` appears more than once")
        }
        static let againHere = Message(nl: "hier staat het nog eens", en: "here it is again")
        static let anchor = Message(
            nl: "YAML-ankers en -verwijzingen (`&naam`, `*naam`) worden niet ondersteund",
            en: "YAML anchors and aliases (`&name`, `*name`) are not supported")
        static let anchorFix = Message(
            nl: "schrijf de waarde voluit, of zet tekst die met & of * begint tussen aanhalingstekens",
            en: "write the value out in full, or quote text that starts with & or *")
        static func lineSeparator(_ value: UInt32) -> Message {
            let code = "U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4)
            return Message(
                nl: "een onzichtbaar regeleinde (\(code)): YAML begint daar een nieuwe regel, uw editor niet",
                en: "an invisible line break (\(code)): YAML starts a new line there, your editor does not")
        }
        static let lineSeparatorFix = Message(
            nl: "verwijder het teken, of begin echt een nieuwe regel", en: "delete the character, or start a real new line")
        static func tooDeep(_ limit: Int) -> Message {
            Message(
                nl: "de YAML is dieper genest dan \(limit) niveaus", en: "the YAML is nested deeper than \(limit) levels")
        }
        static func tooManyNodes(_ limit: Int) -> Message {
            Message(
                nl: "de YAML heeft meer dan \(limit) waarden", en: "the YAML holds more than \(limit) values")
        }
        static let tooLargeFix = Message(
            nl: "houd het bij de velden die het formaat beschrijft", en: "keep to the fields the format describes")
        static let secondDocument = Message(
            nl: "hier begint een tweede YAML-document; er hoort er één te zijn",
            en: "a second YAML document starts here; there must be one")
        static let secondDocumentFix = Message(
            nl: "verwijder de regel `---` of `...` en wat erna komt, of voeg de twee samen",
            en: "remove the `---` or `...` line and what follows, or merge the two")
        static let duplicateKeyFix = Message(
            nl: "houd één van de twee en verwijder de andere", en: "keep one of them and remove the other")
    }
}

extension Rule {
    static let yamlSyntax = Rule(
        "yaml-syntax", .error, stage: .loading,
        summary: Message(
            nl: "ongeldige YAML, en wat geweigerd wordt: ankers en verwijzingen, onzichtbare regeleinden, te diepe of te grote YAML",
            en: "malformed YAML, and what is refused: anchors and aliases, invisible line breaks, YAML too deep or too large"))
    static let yamlTab = Rule(
        "yaml-tab", .error, stage: .loading,
        summary: Message(nl: "een tab als inspringing in YAML", en: "a tab used for indentation in YAML"))
    static let yamlDuplicateKey = Rule(
        "yaml-duplicate-key", .error, stage: .loading,
        summary: Message(nl: "een veld dat twee keer voorkomt", en: "a field that appears twice"))
}

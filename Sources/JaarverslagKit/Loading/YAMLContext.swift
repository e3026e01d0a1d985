import Yams

/// Reads one YAML document (front matter or manifest) and turns every problem in it into a
/// diagnostic that points at the file's own lines, with the line shown and a caret.
///
/// A reference type because the typed readers below all report into the same list.
final class YAMLContext {
    let path: String
    /// The whole file, for the snippet under a diagnostic.
    private let fileText: String
    /// Split only when a diagnostic needs a line: most files have none.
    private lazy var fileLines: [Substring] = fileText.lines
    /// How many file lines come before the YAML text (1 for front matter after `---`).
    private let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    /// `Constructor.default` builds a new constructor and its tables on every use; one is
    /// enough. `nonisolated(unsafe)` because Yams' `Constructor` is not `Sendable`; sharing it is
    /// safe because it is never changed after this line and composing only reads its tables.
    nonisolated(unsafe) private static let constructor = Constructor.default

    init(path: String, fileText: String, lineOffset: Int) {
        self.path = path
        self.fileText = fileText
        self.lineOffset = lineOffset
    }

    /// Parses `yaml`; on a syntax error, records it and returns nil.
    func compose(_ yaml: String) -> Node? {
        if let problem = YAMLSafety.problem(in: yaml) {
            report(.yamlSyntax, problem.message, line: problem.line, column: problem.column, fix: problem.fix)
            return nil
        }
        do {
            // The basic resolver tags every scalar as text: the typed readers parse numbers and
            // booleans themselves, and the default resolver's regular expressions cost more
            // than the rest of the YAML parse.
            return try Yams.compose(yaml: yaml, .basic, Self.constructor, .utf8)
        } catch let error as YamlError {
            reportSyntaxError(error, in: yaml)
        } catch {
            report(.yamlSyntax, Messages.unreadable, line: 1, column: 1, fix: Messages.syntaxFix)
        }
        return nil
    }

    func location(of node: Node) -> TextLocation {
        guard let mark = node.mark else { return TextLocation(path: path, line: lineOffset + 1, column: 1) }
        return TextLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    func report(_ rule: Rule, _ message: Message, at node: Node, fix: Message? = nil) {
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
        guard line >= 1, line <= fileLines.count else { return nil }
        return String(fileLines[line - 1])
    }

    private func reportSyntaxError(_ error: YamlError, in yaml: String) {
        switch error {
        case .reader(_, let offset, let value, _):
            // libyaml's reader refuses characters YAML does not allow (control characters).
            let (line, column) = Self.position(ofCharacter: offset ?? 0, in: yaml)
            report(.yamlSyntax, Messages.badCharacter(value), line: line, column: column, fix: Messages.badCharacterFix)
        case .scanner(let context, let problem, let problemMark, _), .parser(let context, let problem, let problemMark, _),
            .composer(let context, let problem, let problemMark, _):
            // Something left open (a list, a quote) is found where the text ends; the place it
            // was opened is where to look.
            let leftOpen = problem.hasPrefix("did not find expected ','") || problem.hasPrefix("found unexpected end of")
            let mark = leftOpen ? context?.mark ?? problemMark : problemMark
            let line = sourceLine(mark.line + lineOffset) ?? ""
            let isTab = problem.contains("tab character") || line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
            let explained = Messages.explained(problem)
            report(
                isTab ? .yamlTab : .yamlSyntax,
                isTab ? Messages.tab : Messages.syntax(explained?.what ?? Messages.unknownProblem(problem)), line: mark.line,
                column: mark.column, fix: isTab ? Messages.tabFix : explained?.fix ?? Messages.syntaxFix)
        case .duplicatedKeysInMapping(let duplicates, let context):
            report(
                .yamlDuplicateKey, Messages.duplicateKey(duplicates.sorted().joined(separator: ", ")),
                line: context.mark.line, column: context.mark.column, fix: Messages.duplicateKeyFix)
        default:
            report(.yamlSyntax, Messages.unreadable, line: 1, column: 1, fix: Messages.syntaxFix)
        }
    }

    /// 1-based line and column of the character at `offset` (in Characters, as Yams counts).
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    enum Messages {
        static func syntax(_ problem: Message) -> Message {
            Message(nl: "dit is geen geldige YAML: \(problem.nl)", en: "this is not valid YAML: \(problem.en)")
        }
        /// libyaml's own text is English; one it does not know is quoted inside a Dutch sentence.
        static func unknownProblem(_ problem: String) -> Message {
            Message(nl: "libyaml meldt “\(problem)”", en: "libyaml says “\(problem)”")
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
        static let unreadable = Message(
            nl: "dit bestand kan niet als YAML gelezen worden", en: "this file cannot be read as YAML")
        static func badCharacter(_ value: Int32) -> Message {
            let code = value >= 0 ? " (U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) + ")" : ""
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
        static func duplicateKey(_ keys: String) -> Message {
            Message(nl: "het veld \(keys) staat er meer dan één keer", en: "the field \(keys) appears more than once")
        }
        static let duplicateKeyFix = Message(
            nl: "houd één van de twee en verwijder de andere", en: "keep one of them and remove the other")
    }
}

extension Rule {
    static let yamlSyntax = Rule(
        "yaml-syntax", .error, stage: .loading,
        summary: Message(
            nl: "ongeldige YAML, ook ankers en verwijzingen, die geweigerd worden",
            en: "malformed YAML, including anchors and aliases, which are refused"))
    static let yamlTab = Rule(
        "yaml-tab", .error, stage: .loading,
        summary: Message(nl: "een tab als inspringing in YAML", en: "a tab used for indentation in YAML"))
    static let yamlDuplicateKey = Rule(
        "yaml-duplicate-key", .error, stage: .loading,
        summary: Message(nl: "een veld dat twee keer voorkomt", en: "a field that appears twice"))
}

import Foundation

/// Typed, checked access to one YAML mapping. Reports unknown keys (with the closest valid
/// key), missing required keys and values of the wrong type, all into the shared context.
struct MappingReader {
    let node: YAMLNode
    let context: YAMLContext
    /// Known key → value. The parser has already refused a key that appears twice.
    private let values: [String: YAMLNode]
    /// Valid keys that an unknown key was probably meant to be (`pilar` → `pillar`); a missing
    /// required key that is suggested here is not reported twice.
    private let suggested: Set<String>

    /// Returns nil (after reporting) when `node` is not a mapping.
    init?(_ node: YAMLNode, context: YAMLContext, what: Message, allowedKeys: [String]) {
        guard let mapping = node.mapping else {
            context.report(.wrongType, Messages.notMapping(what), at: node)
            return nil
        }
        self.node = node
        self.context = context
        var values: [String: YAMLNode] = [:]
        var suggested: Set<String> = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if !allowedKeys.contains(key) {
                let suggestion = Suggestion.closest(to: key, in: allowedKeys)
                if let suggestion { suggested.insert(suggestion) }
                context.report(
                    .unknownField, Messages.unknownKey(key, suggestion: suggestion), at: keyNode,
                    fix: suggestion.map { Messages.rename(key, to: $0) } ?? Messages.allowedKeys(allowedKeys))
                continue
            }
            values[key] = value
        }
        self.values = values
        self.suggested = suggested
    }

    func value(_ key: String) -> YAMLNode? {
        values[key]
    }

    private func present(_ key: String, required: Bool) -> YAMLNode? {
        guard let value = value(key) else {
            if required && !suggested.contains(key) {
                // Points at the start of the mapping, without a caret: the line shown there
                // would be some other field, which is not what is wrong.
                context.add(
                    Diagnostic(
                        .missingField, Messages.missing(key), at: context.location(of: node),
                        fix: Messages.missingFix(key)))
            }
            return nil
        }
        if value.isNull {
            context.report(.missingField, Messages.empty(key), at: value, fix: Messages.missingFix(key))
            return nil
        }
        return value
    }

    func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = present(key, required: required) else { return nil }
        guard let string = value.string else {
            context.report(.wrongType, Messages.expectedText(key), at: value)
            return nil
        }
        if InvisibleCharacters.isVisiblyEmpty(OneLineValue.trimmed(string)) {
            context.report(.missingField, Messages.empty(key), at: value, fix: Messages.missingFix(key))
            return nil
        }
        return oneLine(string, of: value, key: key)
    }

    /// A text as it is printed, on one line: without the white space and line ends around it,
    /// or nil (reported) when it holds a line break, tab or escaped invisible character.
    /// Every text of a front matter or manifest is read through here.
    func oneLine(_ text: String, of node: YAMLNode, key: String) -> Located<String>? {
        let trimmed = OneLineValue.trimmed(text)
        // A text that shows nothing is left as it is, for the check of empty values to report.
        if InvisibleCharacters.isVisiblyEmpty(trimmed) { return Located(text, at: context.location(of: node)) }
        if let problem = OneLineValue.problem(in: trimmed, fileText: context.fileText) {
            context.report(.oneLineValue, problem.message(key: key), at: node, fix: problem.fix)
            return nil
        }
        return Located(trimmed, at: context.location(of: node))
    }

    func int(_ key: String, required: Bool = false) -> Located<Int>? {
        guard let value = present(key, required: required) else { return nil }
        guard let string = value.string, let number = Self.decimal(string) else {
            context.report(.wrongType, Messages.expectedNumber(key, context.showsSourceLines ? value.string : nil), at: value)
            return nil
        }
        return Located(number, at: context.location(of: value))
    }

    /// A whole number written in decimal (`2023`, `-1`). YAML 1.1 also reads `0x7E7`, `3_0`
    /// and `33:43` as numbers, which nobody means in a year or an order.
    static func decimal(_ text: String) -> Int? {
        let digits = text.utf8.first == 43 ? text.dropFirst() : Substring(text)
        guard let first = digits.utf8.first, first != 43 else { return nil }
        return Int(digits)
    }

    func bool(_ key: String) -> Located<Bool>? {
        guard let value = present(key, required: false) else { return nil }
        guard let flag = value.bool else {
            context.report(.wrongType, Messages.expectedBool(key), at: value)
            return nil
        }
        return Located(flag, at: context.location(of: value))
    }

    /// One of the values of `Choice`, or of `aliases` (other words for them), in any letter case.
    func choice<Choice: RawRepresentable & CaseIterable & Hashable & Sendable>(
        _ key: String, of type: Choice.Type, aliases: [String: Choice] = [:]
    ) -> Located<Choice>? where Choice.RawValue == String {
        guard let text = string(key) else { return nil }
        let written = text.value.lowercased()
        guard let choice = Choice(rawValue: written) ?? aliases[written] else {
            let options = Choice.allCases.map(\.rawValue) + aliases.keys.sorted()
            context.add(
                Diagnostic(
                    .wrongType,
                    Messages.notAChoice(key, text.value, options: options, suggestion: Suggestion.closest(to: text.value, in: options)),
                    at: text.location, sourceLine: context.sourceLine(text.location.line)))
            return nil
        }
        return Located(choice, at: text.location)
    }

    /// The items of a sequence; a single mapping or scalar is accepted as a list of one.
    func list(_ key: String) -> [YAMLNode] {
        guard let value = present(key, required: false) else { return [] }
        return value.sequence ?? [value]
    }

    /// A list of short texts (group ids, city names); an item that is not text is reported.
    func strings(_ key: String, itemMessage: Message) -> [Located<String>] {
        list(key).compactMap { item in
            guard let text = item.string, !text.isEmpty, !item.isNull else {
                context.report(.wrongType, itemMessage, at: item)
                return nil
            }
            return oneLine(text, of: item, key: key)
        }
    }

    enum Messages {
        static func notMapping(_ what: Message) -> Message {
            Message(nl: "\(what.nl) moet bestaan uit regels `naam: waarde`", en: "\(what.en) must consist of `name: value` lines")
        }
        static func unknownKey(_ key: String, suggestion: String?) -> Message {
            if let suggestion {
                return Message(
                    nl: "onbekend veld `\(key)`; bedoelt u `\(suggestion)`?",
                    en: "unknown field `\(key)`; did you mean `\(suggestion)`?")
            }
            return Message(nl: "onbekend veld `\(key)`", en: "unknown field `\(key)`")
        }
        static func rename(_ key: String, to suggestion: String) -> Message {
            Message(nl: "schrijf `\(suggestion):` in plaats van `\(key):`", en: "write `\(suggestion):` instead of `\(key):`")
        }
        static func allowedKeys(_ keys: [String]) -> Message {
            let list = keys.map { "`\($0)`" }.joined(separator: ", ")
            return Message(nl: "toegestane velden hier: \(list)", en: "fields allowed here: \(list)")
        }
        static func missing(_ key: String) -> Message {
            Message(nl: "het verplichte veld `\(key)` ontbreekt", en: "the required field `\(key)` is missing")
        }
        static func empty(_ key: String) -> Message {
            Message(nl: "het veld `\(key)` is leeg", en: "the field `\(key)` is empty")
        }
        static func missingFix(_ key: String) -> Message {
            Message(nl: "voeg een regel `\(key): …` toe met de juiste waarde", en: "add a line `\(key): …` with the right value")
        }
        static func expectedText(_ key: String) -> Message {
            Message(
                nl: "het veld `\(key)` moet een tekst zijn, geen lijst of groep",
                en: "the field `\(key)` must be text, not a list or mapping")
        }
        static func expectedNumber(_ key: String, _ found: String?) -> Message {
            let shown = found.map { " (nu: `\($0)`)" } ?? ""
            return Message(
                nl: "het veld `\(key)` moet een geheel getal zijn\(shown)",
                en: "the field `\(key)` must be a whole number\(shown.replacingOccurrences(of: "nu:", with: "found:"))")
        }
        static func expectedBool(_ key: String) -> Message {
            Message(nl: "het veld `\(key)` moet `true` of `false` zijn", en: "the field `\(key)` must be `true` or `false`")
        }
        static func notAChoice(_ key: String, _ value: String, options: [String], suggestion: String?) -> Message {
            let list = options.map { "`\($0)`" }.joined(separator: ", ")
            let hint = suggestion.map { ($0, $0) }
            return Message(
                nl: "`\(value)` is geen geldige waarde voor `\(key)`; kies uit \(list)" + (hint.map { "; bedoelt u `\($0.0)`?" } ?? ""),
                en: "`\(value)` is not a valid value for `\(key)`; choose from \(list)" + (hint.map { "; did you mean `\($0.1)`?" } ?? ""))
        }
    }
}

extension Rule {
    static let unknownField = Rule(
        "unknown-field", .error, stage: .loading,
        summary: Message(
            nl: "een veld dat het formaat niet kent, met het dichtstbijzijnde geldige",
            en: "a field the format does not know, with the closest valid one"))
    static let missingField = Rule(
        "missing-field", .error, stage: .loading,
        summary: Message(nl: "een verplicht veld dat ontbreekt of leeg is", en: "a required field that is missing or empty"))
    static let wrongType = Rule(
        "wrong-type", .error, stage: .loading,
        summary: Message(
            nl: "een waarde van de verkeerde soort (tekst, getal, lijst, datum)", en: "a value of the wrong kind (text, number, list, date)"
        ))
}

import Foundation

/// Reads `import:` in `report.yaml`, the coordinator's house-style additions to the Word
/// style map:
///
/// ```yaml
/// import:
///   paragraph-styles:
///     G40 Tussenkop: heading-1
///     Verslag opsomming: bullet-list
///     Instructie: ignore
///   character-styles:
///     G40 Accent: bold
/// ```
///
/// Every problem is located: an unknown key, a meaning that does not exist (with the closest
/// one), an empty style name, a style named twice.
enum ImportStylesReader {
    static func read(_ node: YAMLNode, context: YAMLContext) -> ImportStyleMap {
        guard
            let reader = MappingReader(
                node, context: context, what: Messages.section, allowedKeys: ["paragraph-styles", "character-styles"])
        else { return ImportStyleMap() }
        return ImportStyleMap(
            paragraphStyles: styles(reader.value("paragraph-styles"), of: ImportStyleMap.ParagraphMeaning.self, context: context),
            characterStyles: styles(reader.value("character-styles"), of: ImportStyleMap.CharacterMeaning.self, context: context))
    }

    private static func styles<Meaning: RawRepresentable & CaseIterable & Sendable & Hashable>(
        _ node: YAMLNode?, of type: Meaning.Type, context: YAMLContext
    ) -> [String: Located<Meaning>] where Meaning.RawValue == String {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            context.report(.wrongType, Messages.notMapping, at: node, fix: Messages.example)
            return [:]
        }
        var result: [String: Located<Meaning>] = [:]
        var seen: [String: TextLocation] = [:]
        for (key, value) in mapping {
            let name = (key.string ?? "").trimmingCharacters(in: .whitespaces)
            guard key.isScalar, !name.isEmpty else {
                context.report(.wrongType, Messages.emptyName, at: key, fix: Messages.example)
                continue
            }
            let normalized = ImportStyleMap.normalized(name)
            if let earlier = seen[normalized] {
                var diagnostic = Diagnostic(
                    .manifestDuplicateStyle, Messages.duplicate(name), at: context.location(of: key),
                    sourceLine: context.sourceLine(context.location(of: key).line))
                diagnostic.notes = [.init(message: ManifestChecks.Messages.firstHere, location: earlier)]
                context.add(diagnostic)
                continue
            }
            seen[normalized] = context.location(of: key)
            let options = Meaning.allCases.map(\.rawValue)
            guard let text = value.string, let meaning = Meaning(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
                let found = value.string ?? ""
                context.report(
                    .wrongType,
                    MappingReader.Messages.notAChoice(
                        name, found, options: options, suggestion: Suggestion.closest(to: found, in: options)),
                    at: value)
                continue
            }
            result[name] = Located(meaning, at: context.location(of: value))
        }
        return result
    }

    enum Messages {
        static let section = Message(nl: "`import`", en: "`import`")
        static let notMapping = Message(
            nl: "geef per Word-stijl een regel `stijlnaam: betekenis`", en: "give one line `style name: meaning` per Word style")
        static let example = Message(
            nl: "bijvoorbeeld `G40 Tussenkop: heading-1` onder `paragraph-styles:`",
            en: "for example `G40 Tussenkop: heading-1` under `paragraph-styles:`")
        static let emptyName = Message(nl: "de naam van de Word-stijl ontbreekt", en: "the Word style's name is missing")
        static func duplicate(_ name: String) -> Message {
            Message(
                nl: "de Word-stijl ‘\(name)’ staat er twee keer (hoofdletters tellen niet mee)",
                en: "the Word style ‘\(name)’ is listed twice (letter case does not count)")
        }
    }
}

extension Rule {
    static let manifestDuplicateStyle = Rule(
        "manifest-duplicate-style", .error, stage: .manifest,
        summary: Message(nl: "een Word-stijl die twee keer onder `import:` staat", en: "a Word style listed twice under `import:`"))
}

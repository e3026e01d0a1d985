/// Consistency checks inside one manifest: ids well formed, nothing listed twice, the member
/// list placed in a chapter that exists.
enum ManifestChecks {
    static func check(_ manifest: Manifest, context: YAMLContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func error(_ rule: Rule, _ message: Message, at location: TextLocation) {
            diagnostics.append(Diagnostic(rule, message, at: location, sourceLine: context.sourceLine(location.line)))
        }
        if manifest.chapters.isEmpty {
            error(.manifestNoChapters, Messages.noChapters, at: TextLocation(path: manifest.path, line: 1, column: 1))
        }
        for chapter in manifest.chapters where !Identifier.isValid(chapter.id) || chapter.id == Manifest.forewordPillar {
            error(.invalidID, Messages.badChapterID(chapter.id), at: chapter.location)
        }
        for (group, _) in manifest.expectedGroups where !Identifier.isValid(group.value) {
            error(.invalidID, Messages.badGroupID(group.value), at: group.location)
        }
        diagnostics += duplicates(
            manifest.chapters.map { Located($0.id, at: $0.location) }, rule: .manifestDuplicateChapter,
            message: Messages.duplicateChapter, context: context)
        diagnostics += duplicates(
            manifest.expectedGroups.map(\.group), rule: .manifestDuplicateGroup,
            message: Messages.duplicateGroup, context: context)
        let chapterIDs = Set(manifest.chapters.map(\.id))
        if case .chapter(let id) = manifest.members.placement, !chapterIDs.contains(id) {
            error(
                .manifestUnknownChapter, Messages.unknownMembersChapter(id, valid: manifest.chapters.map(\.id)),
                at: TextLocation(path: manifest.path, line: 1, column: 1))
        }
        var cities: Set<String> = []
        for city in manifest.members.cities where !cities.insert(city.value).inserted {
            error(.manifestDuplicateCity, Messages.duplicateCity(city.value), at: city.location)
        }
        return diagnostics
    }

    /// Every repeat of an id, pointing back at its first place.
    private static func duplicates(_ ids: [Located<String>], rule: Rule, message: (String) -> Message, context: YAMLContext)
        -> [Diagnostic]
    {
        var first: [String: TextLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for id in ids {
            guard let earlier = first[id.value] else {
                first[id.value] = id.location
                continue
            }
            var diagnostic = Diagnostic(rule, message(id.value), at: id.location, sourceLine: context.sourceLine(id.location.line))
            diagnostic.notes = [.init(message: Messages.firstHere, location: earlier)]
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    enum Messages {
        static let noChapters = Message(nl: "het manifest noemt geen hoofdstukken", en: "the manifest lists no chapters")
        static let firstHere = Message(nl: "hier staat het de eerste keer", en: "first listed here")
        static func badChapterID(_ id: String) -> Message {
            Message(
                nl: "`\(id)` is geen geldig hoofdstuk-id; gebruik kleine letters, cijfers en streepjes (en niet `voorwoord`)",
                en: "`\(id)` is not a valid chapter id; use lowercase letters, digits and hyphens (and not `voorwoord`)")
        }
        static func badGroupID(_ id: String) -> Message {
            Message(
                nl: "`\(id)` is geen geldig groeps-id; gebruik kleine letters, cijfers en streepjes",
                en: "`\(id)` is not a valid group id; use lowercase letters, digits and hyphens")
        }
        static func duplicateChapter(_ id: String) -> Message {
            Message(nl: "het hoofdstuk `\(id)` staat twee keer in het manifest", en: "the chapter `\(id)` is listed twice")
        }
        static func duplicateGroup(_ id: String) -> Message {
            Message(nl: "de groep `\(id)` staat twee keer in het manifest", en: "the group `\(id)` is listed twice")
        }
        static func unknownMembersChapter(_ id: String, valid: [String]) -> Message {
            let list = valid.map { "`\($0)`" }.joined(separator: ", ")
            return Message(
                nl: "`members.chapter` noemt `\(id)`, maar dat hoofdstuk bestaat niet; kies uit \(list)",
                en: "`members.chapter` names `\(id)`, which is not a chapter; choose from \(list)")
        }
        static func duplicateCity(_ city: String) -> Message {
            Message(nl: "de gemeente \(city) staat twee keer in de ledenlijst", en: "the city \(city) is listed twice among the members")
        }
    }
}

extension Rule {
    static let manifestNoChapters = Rule(
        "manifest-no-chapters", .error, stage: .manifest,
        summary: Message(nl: "een manifest zonder hoofdstukken", en: "a manifest without chapters"))
    static let manifestDuplicateChapter = Rule(
        "manifest-duplicate-chapter", .error, stage: .manifest,
        summary: Message(nl: "een hoofdstuk dat twee keer genoemd wordt", en: "a chapter listed twice"))
    static let manifestDuplicateGroup = Rule(
        "manifest-duplicate-group", .error, stage: .manifest,
        summary: Message(nl: "een groep die twee keer genoemd wordt", en: "a group listed twice"))
    static let manifestDuplicateCity = Rule(
        "manifest-duplicate-city", .error, stage: .manifest,
        summary: Message(nl: "een gemeente die twee keer in de ledenlijst staat", en: "a member city listed twice"))
    static let manifestUnknownChapter = Rule(
        "manifest-unknown-chapter", .error, stage: .manifest,
        summary: Message(
            nl: "`members.chapter` noemt een hoofdstuk dat niet bestaat", en: "`members.chapter` naming a chapter that does not exist"))
}

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
        if manifest.members.cities.count > ReportLimits.members {
            let first = manifest.members.cities[ReportLimits.members]
            error(.manifestTooLarge, Messages.tooManyMembers(manifest.members.cities.count), at: first.location)
        } else {
            diagnostics += memberProblems(manifest.members.cities, context: context)
        }
        if manifest.chapters.count > ReportLimits.chapters {
            error(
                .manifestTooLarge, Messages.tooManyChapters(manifest.chapters.count), at: manifest.chapters[ReportLimits.chapters].location)
        }
        return diagnostics
    }

    /// Blank names, and names that read the same as an earlier one (`NameSkeleton`): the
    /// printed list would show a city twice, or an empty place, and the count would be wrong.
    private static func memberProblems(_ cities: [Located<String>], context: YAMLContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [String: Located<String>] = [:]
        for city in cities {
            var sourceLine: String? { context.sourceLine(city.location.line) }
            if InvisibleCharacters.isVisiblyEmpty(city.value) {
                diagnostics.append(
                    Diagnostic(
                        .manifestBlankCity, Messages.blankCity, at: city.location, fix: Messages.blankCityFix, sourceLine: sourceLine))
                continue
            }
            let skeleton = NameSkeleton.skeleton(city.value)
            guard let earlier = first[skeleton] else {
                first[skeleton] = city
                continue
            }
            let steps = NameSkeleton.differences(city.value, earlier.value) ?? []
            var diagnostic = Diagnostic(
                .manifestDuplicateCity,
                steps.isEmpty ? Messages.duplicateCity(city.value) : Messages.sameCity(city.value, earlier.value, steps),
                at: city.location, fix: Messages.duplicateCityFix, sourceLine: sourceLine)
            diagnostic.notes = [.init(message: Messages.firstHere, location: earlier.location)]
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    /// A manifest copied from last year and not updated would make every fragment look wrong;
    /// the manifest's own line is reported instead, so no secretary is told to change a
    /// correct fragment.
    static func checkYear(year: Located<Int>, title: Located<String>, folderYear: Int?, context: YAMLContext) -> [Diagnostic] {
        guard let folderYear else { return [] }
        var diagnostics: [Diagnostic] = []
        if year.value != folderYear {
            diagnostics.append(
                Diagnostic(
                    .manifestYear, Messages.yearMismatch(year.value, folder: folderYear), at: year.location,
                    fix: Messages.yearFix(folderYear), sourceLine: context.sourceLine(year.location.line)))
        }
        let named = YearNumbers.find(in: title.value).map(\.year)
        if !named.isEmpty, !named.contains(folderYear) {
            diagnostics.append(
                Diagnostic(
                    .manifestYear, Messages.titleMismatch(title.value, folder: folderYear), at: title.location,
                    fix: Messages.titleFix(folderYear), sourceLine: context.sourceLine(title.location.line)))
        }
        return diagnostics
    }

    /// A member city that was not a member last year and is one or two letters off a city that
    /// was (`Deveter` → `Deventer`) is probably a typo; a new member far from any is not.
    static func checkNewMembers(_ manifest: Manifest, context: YAMLContext) -> [Diagnostic] {
        guard let earlier = manifest.earlierMembers else { return [] }
        let earlierKeys = CityName.keys(earlier.cities)
        let currentKeys = CityName.keys(manifest.members.cities.map(\.value))
        // Last year's members that are not this year's: what a new name may be a typo of.
        let gone = earlier.cities.filter { !currentKeys.contains(CityName.key($0)) }
        return manifest.members.cities.compactMap { city -> Diagnostic? in
            guard !earlierKeys.contains(CityName.key(city.value)), let suggestion = CityName.closest(to: city.value, in: gone)
            else { return nil }
            return Diagnostic(
                .manifestNewMember, Messages.newMember(city.value, suggestion: suggestion, year: earlier.year), at: city.location,
                fix: Messages.newMemberFix(city.value, suggestion), sourceLine: context.sourceLine(city.location.line))
        }
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
        static func yearMismatch(_ year: Int, folder: Int) -> Message {
            Message(
                nl: "dit manifest staat in reports/\(folder)/, maar noemt `year: \(year)`",
                en: "this manifest is in reports/\(folder)/, but says `year: \(year)`")
        }
        static func yearFix(_ folder: Int) -> Message {
            Message(nl: "zet `year: \(folder)`", en: "set `year: \(folder)`")
        }
        static func titleMismatch(_ title: String, folder: Int) -> Message {
            Message(
                nl: "de titel `\(title)` noemt een ander jaar dan \(folder)",
                en: "the title `\(title)` names another year than \(folder)")
        }
        static func titleFix(_ folder: Int) -> Message {
            Message(nl: "zet het jaar \(folder) in de titel", en: "put the year \(folder) in the title")
        }
        static func newMember(_ city: String, suggestion: String, year: Int) -> Message {
            Message(
                nl: "\(city) was in \(year) geen lid; bedoelt u \(suggestion)?",
                en: "\(city) was no member in \(year); did you mean \(suggestion)?")
        }
        static func newMemberFix(_ city: String, _ suggestion: String) -> Message {
            Message(
                nl: "schrijf \(suggestion), of laat \(city) staan als het een nieuw lid is",
                en: "write \(suggestion), or keep \(city) if it is a new member")
        }
        static func duplicateCity(_ city: String) -> Message {
            Message(nl: "de gemeente \(city) staat twee keer in de ledenlijst", en: "the city \(city) is listed twice among the members")
        }
        static func sameCity(_ city: String, _ earlier: String, _ steps: [NameSkeleton.Step]) -> Message {
            let how = steps.map(difference)
            return Message(
                nl: "`\(city)` is dezelfde gemeente als `\(earlier)`, anders geschreven (\(how.map(\.nl).joined(separator: ", ")))",
                en: "`\(city)` is the same city as `\(earlier)`, written differently (\(how.map(\.en).joined(separator: ", ")))")
        }
        static func difference(_ step: NameSkeleton.Step) -> Message {
            switch step {
            case .normalization:
                return Message(
                    nl: "accenten anders gecodeerd (Unicode-normalisatie)", en: "accents encoded differently (Unicode normalisation)")
            case .spacing: return Message(nl: "spaties of onzichtbare tekens", en: "spaces or invisible characters")
            case .letterCase: return Message(nl: "hoofdletters", en: "letter case")
            case .lookAlikes:
                return Message(
                    nl: "tekens die op elkaar lijken, zoals een Cyrillische е voor een e, of ’ voor '",
                    en: "characters that look alike, such as a Cyrillic е for an e, or ’ for '")
            }
        }
        static let duplicateCityFix = Message(
            nl: "houd één schrijfwijze en verwijder de andere; typ de naam zo nodig opnieuw",
            en: "keep one spelling and remove the other; retype the name if needed")
        static let blankCity = Message(nl: "een lege naam in de ledenlijst", en: "an empty name in the member list")
        static let blankCityFix = Message(
            nl: "vul de naam van de gemeente in of verwijder de regel", en: "fill in the city's name or remove the line")
        static func tooManyMembers(_ count: Int) -> Message {
            Message(
                nl: "de ledenlijst noemt \(count) gemeenten; de grens is \(ReportLimits.members)",
                en: "the member list names \(count) cities; the limit is \(ReportLimits.members)")
        }
        static func tooManyChapters(_ count: Int) -> Message {
            Message(
                nl: "het manifest noemt \(count) hoofdstukken; de grens is \(ReportLimits.chapters)",
                en: "the manifest lists \(count) chapters; the limit is \(ReportLimits.chapters)")
        }
    }
}

extension Rule {
    static let manifestYear = Rule(
        "manifest-year", .error, stage: .manifest,
        summary: Message(
            nl: "`year` of de titel van het manifest noemt een ander jaar dan de map waarin het staat",
            en: "the manifest's `year` or title names another year than its folder"))
    static let manifestNewMember = Rule(
        "manifest-new-member", .warning, stage: .manifest,
        fix: .offered(Message(nl: "de stad van vorig jaar", en: "last year's city")),
        summary: Message(
            nl: "een lid dat vorig jaar geen lid was en een paar letters verschilt van een lid van toen (`Deveter` → `Deventer`)",
            en: "a member that was none last year and is a letter or two off one that was (`Deveter` → `Deventer`)"))
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
        summary: Message(
            nl:
                "een gemeente die twee keer in de ledenlijst staat, ook anders geschreven (hoofdletters, spaties, onzichtbare tekens, Unicode-vorm, letters die erop lijken)",
            en:
                "a member city listed twice, also when written differently (case, spaces, invisible characters, Unicode form, look-alike letters)"
        ))
    static let manifestBlankCity = Rule(
        "manifest-blank-city", .error, stage: .manifest,
        summary: Message(
            nl: "een lege naam in de ledenlijst (ook alleen spaties of onzichtbare tekens)",
            en: "an empty name in the member list (also only spaces or invisible characters)"))
    static let manifestTooLarge = Rule(
        "manifest-too-large", .error, stage: .manifest,
        summary: Message(
            nl: "meer dan 1.000 gemeenten of meer dan 1.000 hoofdstukken", en: "more than 1,000 member cities or more than 1,000 chapters"))
    static let manifestUnknownChapter = Rule(
        "manifest-unknown-chapter", .error, stage: .manifest,
        summary: Message(
            nl: "`members.chapter` noemt een hoofdstuk dat niet bestaat", en: "`members.chapter` naming a chapter that does not exist"))
}

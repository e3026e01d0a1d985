import Foundation

/// Reads `reports/<year>/report.yaml`, the coordinator's plan of the year's report.
public enum ManifestLoader {
    static let fields = ["year", "title", "network", "numbered", "foreword", "chapters", "members", "import"]

    /// Reads a year's manifest from the store and loads it; nil without diagnostics when the
    /// store has no manifest for the year.
    public static func load(year: Int, from store: any FragmentStore, cache: ParseCache? = nil) -> (Manifest?, [Diagnostic]) {
        let path = store.manifestPath(year: year)
        switch store.readManifest(year: year) {
        case .success(let data):
            let earlier = earlierMembers(before: year, in: store, cache: cache)
            guard let cache else { return load(data: data, path: path, folderYear: year, earlier: earlier) }
            return cache.manifest(path: path, key: .init(data: data, earlier: earlier)) {
                load(data: data, path: path, folderYear: year, earlier: earlier)
            }
        case .failure(.missing): return (nil, [])
        case .failure(.outside):
            return (nil, [Diagnostic(.linkOutside, Messages.linkOutside, at: TextLocation(path: path), fix: Messages.linkOutsideFix)])
        case .failure(let failure):
            return (nil, [Diagnostic(.manifestUnreadable, Messages.unreadable(failure.message(path: path)), at: TextLocation(path: path))])
        }
    }

    /// `folderYear`: the year of the folder the manifest is in, which its `year` and title
    /// must agree with. `earlier`: last year's members, to check new members against.
    public static func load(data: Data, path: String, folderYear: Int? = nil, earlier: EarlierMembers? = nil) -> (
        Manifest?, [Diagnostic]
    ) {
        switch SourceText.decode(data, path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let text): return load(text: text, path: path, folderYear: folderYear, earlier: earlier)
        }
    }

    /// The member cities of the most recent earlier manifest that can be read.
    static func earlierMembers(before year: Int, in store: any FragmentStore, cache: ParseCache? = nil) -> EarlierMembers? {
        guard let earlier = store.years().last(where: { $0 < year }), case .success(let data) = store.readManifest(year: earlier)
        else { return nil }
        func members() -> EarlierMembers? {
            guard case .success(let text) = SourceText.decode(data, path: ""), case (let manifest?, _) = load(text: text, path: "")
            else { return nil }
            return EarlierMembers(year: earlier, cities: manifest.members.cities.map(\.value))
        }
        guard let cache else { return members() }
        return cache.earlierMembers(path: store.manifestPath(year: earlier), data: data, parse: members)
    }

    public static func load(text: String, path: String, folderYear: Int? = nil, earlier: EarlierMembers? = nil) -> (
        Manifest?, [Diagnostic]
    ) {
        let context = YAMLContext(
            path: path, fileText: text, lineOffset: 0, limits: YAMLContext.manifestLimits, recognizedBy: Set(fields))
        let root = context.compose(text)
        if root == nil && context.diagnostics.isEmpty {
            return (nil, [Diagnostic(.manifestEmpty, Messages.empty, at: TextLocation(path: path))])
        }
        // Whatever else it holds, a file that names none of the manifest's fields is not a
        // manifest: one finding, and none of its lines, keys or values is repeated.
        if context.isUnrecognized {
            return (
                nil, [Diagnostic(.manifestUnrecognized, Messages.unrecognized, at: TextLocation(path: path), fix: Messages.unrecognizedFix)]
            )
        }
        guard let root else { return (nil, context.diagnostics) }
        guard let reader = MappingReader(root, context: context, what: Messages.manifest, allowedKeys: fields) else {
            return (nil, context.diagnostics)
        }
        let year = reader.int("year", required: true)
        let title = reader.string("title", required: true)
        let network = reader.value("network").flatMap { readNetwork($0, context: context) }
        if reader.value("network") == nil {
            _ = reader.string("network", required: true)
        }
        let numbered = reader.bool("numbered")?.value ?? false
        let foreword = reader.string("foreword")
        let chapters = reader.list("chapters").compactMap { readChapter($0, context: context) }
        if reader.value("chapters") == nil { _ = reader.string("chapters", required: true) }
        let members = reader.value("members").flatMap { readMembers($0, context: context) }
        if reader.value("members") == nil { _ = reader.string("members", required: true) }
        let importStyles = reader.value("import").map { ImportStylesReader.read($0, context: context) } ?? ImportStyleMap()

        guard let year, let title, let network, let members else {
            return (nil, context.diagnostics)
        }
        // The checks of the whole manifest run also when a value was wrong elsewhere, so that
        // one run shows every problem; a manifest with any error is not used.
        var manifest = Manifest(
            path: path, year: year.value, title: title.value, network: network, numberedChapters: numbered,
            foreword: foreword, chapters: chapters, members: members, importStyles: importStyles)
        manifest.earlierMembers = earlier
        let problems =
            ManifestChecks.check(manifest, context: context)
            + ManifestChecks.checkYear(year: year, title: title, folderYear: folderYear, context: context)
            + ManifestChecks.checkNewMembers(manifest, context: context)
        let diagnostics = context.diagnostics + problems
        return (diagnostics.hasErrors ? nil : manifest, diagnostics)
    }

    private static func readNetwork(_ node: YAMLNode, context: YAMLContext) -> Network? {
        guard let reader = MappingReader(node, context: context, what: Messages.network, allowedKeys: ["name", "short"]),
            let name = reader.string("name", required: true), let short = reader.string("short", required: true)
        else { return nil }
        return Network(name: name.value, shortName: short.value)
    }

    private static func readChapter(_ node: YAMLNode, context: YAMLContext) -> ChapterPlan? {
        guard let reader = MappingReader(node, context: context, what: Messages.chapter, allowedKeys: ["id", "title", "intro", "groups"]),
            let id = reader.string("id", required: true), let title = reader.string("title", required: true)
        else { return nil }
        let groups = reader.strings("groups", itemMessage: Messages.groupNotText)
        return ChapterPlan(id: id.value, title: title.value, intro: reader.string("intro"), groups: groups, location: id.location)
    }

    private static func readMembers(_ node: YAMLNode, context: YAMLContext) -> Members? {
        guard let reader = MappingReader(node, context: context, what: Messages.members, allowedKeys: ["chapter", "title", "cities"]) else {
            return nil
        }
        // A blank name is kept here and reported by the member list's own checks.
        let cities = reader.list("cities").compactMap { item -> Located<String>? in
            guard let text = item.string else {
                context.report(.wrongType, Messages.cityNotText, at: item)
                return nil
            }
            return item.isNull ? Located("", at: context.location(of: item)) : reader.oneLine(text, of: item, key: "cities")
        }
        if reader.value("cities") == nil { _ = reader.string("cities", required: true) }
        let chapter = reader.string("chapter")
        let title = reader.string("title")
        switch (chapter, title) {
        case (let chapter?, nil): return Members(cities: cities, placement: .chapter(chapter.value))
        case (nil, let title?): return Members(cities: cities, placement: .appendix(title: title.value))
        default:
            context.report(.manifestMembersPlacement, Messages.placement, at: node)
            return nil
        }
    }

    enum Messages {
        static func unreadable(_ reason: Message) -> Message {
            Message(nl: "het manifest kan niet gelezen worden: \(reason.nl)", en: "the manifest cannot be read: \(reason.en)")
        }
        static let empty = Message(nl: "het manifest is leeg", en: "the manifest is empty")
        static let unrecognized = Message(
            nl:
                "dit bestand is geen manifest: het noemt geen van de velden year, title, network, chapters en members; er wordt niets uit getoond",
            en:
                "this file is not a manifest: it names none of the fields year, title, network, chapters and members; nothing of it is shown"
        )
        static let unrecognizedFix = Message(
            nl: "zet het manifest van het jaar op deze plek (kopieer dat van vorig jaar en pas het aan)",
            en: "put the year's manifest in this place (copy last year's and adapt it)")
        static let linkOutside = Message(
            nl: "het manifest is een snelkoppeling naar een bestand buiten de repository en wordt niet gelezen",
            en: "the manifest is a symbolic link to a file outside the repository and is not read")
        static let linkOutsideFix = Message(
            nl: "zet het manifest zelf in reports/<jaar>/ in plaats van een snelkoppeling",
            en: "put the manifest itself in reports/<year>/ instead of a link to it")
        static let manifest = Message(nl: "het manifest", en: "the manifest")
        static let network = Message(nl: "`network`", en: "`network`")
        static let chapter = Message(nl: "een hoofdstuk (onder `chapters`)", en: "a chapter (under `chapters`)")
        static let members = Message(nl: "`members`", en: "`members`")
        static let groupNotText = Message(
            nl: "een groep moet een id zijn, zoals `woningmarkt`", en: "a group must be an id such as `woningmarkt`")
        static let cityNotText = Message(nl: "een gemeente moet een naam zijn", en: "a city must be a name")
        static let placement = Message(
            nl:
                "geef bij `members` óf `chapter` (het hoofdstuk dat met de ledenlijst eindigt) óf `title` (een aparte bijlage), niet allebei of geen van beide",
            en:
                "give `members` either `chapter` (the chapter that ends with the member list) or `title` (a separate appendix), not both or neither"
        )
    }
}

extension Rule {
    static let manifestUnreadable = Rule(
        "manifest-unreadable", .error, stage: .manifest,
        summary: Message(nl: "een manifest dat niet gelezen kan worden", en: "a manifest that cannot be read"))
    static let manifestUnrecognized = Rule(
        "manifest-unrecognized", .error, stage: .manifest,
        summary: Message(
            nl: "een bestand op de plaats van het manifest dat geen manifest is; er wordt geen regel uit getoond",
            en: "a file in the manifest's place that is not a manifest; none of its lines is shown"))
    static let manifestEmpty = Rule(
        "manifest-empty", .error, stage: .manifest,
        summary: Message(nl: "een leeg manifest", en: "an empty manifest"))
    static let manifestMembersPlacement = Rule(
        "manifest-members-placement", .error, stage: .manifest,
        summary: Message(
            nl: "`members` met zowel `chapter` als `title`, of geen van beide",
            en: "`members` with both or neither of `chapter` and `title`"))
}

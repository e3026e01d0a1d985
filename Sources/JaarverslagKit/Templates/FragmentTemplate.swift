import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Yams

/// `jaarverslag new`: starts a group's fragment for a new year from its most recent earlier
/// fragment, so a secretary never begins from an empty file.
public enum FragmentTemplate {
    /// A fragment as `new` would write it, not yet written.
    public struct Draft: Sendable {
        public var id: FragmentID
        public var text: String
        /// Where the earlier fragment it was made from is, if any.
        public var basedOn: String?
        /// What the secretary should know: the manifest does not list the group, or the chapter
        /// changed since the earlier fragment.
        public var notes: [Message]
    }

    public struct Created: Sendable {
        public var id: FragmentID
        /// Where it was written, as printed to the user.
        public var path: String
        /// Where the earlier fragment it was made from is, if any.
        public var basedOn: String?
        public var notes: [Message]
    }

    public enum Failure: CommandFailure {
        case invalidGroup(String)
        /// Neither this year's manifest nor any earlier year knows the group: probably a typo.
        case unknownGroup(group: String, year: Int, suggestions: [String], hasManifest: Bool = true)
        case exists(String)
        case write(path: String, reason: StoreError)

        public var message: Message {
            switch self {
            case .invalidGroup(let group):
                return Message(
                    nl: "`\(group)` is geen geldig groeps-id; gebruik kleine letters, cijfers en streepjes",
                    en: "`\(group)` is not a valid group id; use lowercase letters, digits and hyphens")
            case .unknownGroup(let group, let year, let suggestions, let hasManifest):
                let hint = Suggestion.question(suggestions, sentenceStart: true).map { Message.verbatim(" ") + $0 } ?? .verbatim("")
                let manifest =
                    hasManifest
                    ? Message(nl: "het manifest van \(year) noemt haar niet", en: "the manifest of \(year) does not list it")
                    : Message(nl: "er is nog geen manifest voor \(year)", en: "there is no manifest for \(year) yet")
                return Message(nl: "`\(group)` is geen bekende groep: ", en: "`\(group)` is not a known group: ") + manifest
                    + Message(
                        nl: " en geen eerder jaar heeft een fragment van haar.", en: " and no earlier year has a fragment of it.")
                    + hint
                    + Message(
                        nl: " Is het echt een nieuwe groep, geef dan --new-group mee. Er is niets geschreven.",
                        en: " If it really is a new group, add --new-group. Nothing was written.")
            case .exists(let path):
                return Message(nl: "\(path) bestaat al; er is niets overschreven", en: "\(path) already exists; nothing was overwritten")
            case .write(let path, let reason):
                let why = reason.message(path: path)
                return Message(nl: "kan niet schrijven: \(why.nl)", en: "cannot write: \(why.en)")
            }
        }
    }

    /// Writes the group's fragment for `year`, never replacing one that exists.
    public static func create(group: String, year: Int, copyText: Bool, newGroup: Bool = false, in store: any FragmentStore) -> Result<
        Created, Failure
    > {
        let draft: Draft
        switch self.draft(group: group, year: year, copyText: copyText, newGroup: newGroup, in: store) {
        case .failure(let failure): return .failure(failure)
        case .success(let made): draft = made
        }
        let path = store.fragmentPath(draft.id)
        do throws(StoreError) {
            try store.writeFragment(draft.id, Data(draft.text.utf8), createOnly: true)
        } catch .exists {
            return .failure(.exists(path))
        } catch {
            return .failure(.write(path: path, reason: error))
        }
        return .success(Created(id: draft.id, path: path, basedOn: draft.basedOn, notes: draft.notes))
    }

    /// The group's fragment for `year` as `new` makes it: last year's front matter (as a draft,
    /// in the chapter this year's manifest gives the group) and either last year's text or the
    /// placeholder sentence. A group that neither this year's manifest nor any earlier year
    /// knows is refused, unless `newGroup` says it is new. Nothing is written.
    public static func draft(group: String, year: Int, copyText: Bool, newGroup: Bool = false, in store: any FragmentStore) -> Result<
        Draft, Failure
    > {
        guard Identifier.isValid(group) else { return .failure(.invalidGroup(group)) }
        let id = FragmentID(year: year, group: group)
        if case .success = store.readFragment(id, limit: 0) { return .failure(.exists(store.fragmentPath(id))) }
        let header = header(group: group, year: year, in: store)
        if header.isUnknownGroup, !newGroup {
            return .failure(.unknownGroup(group: group, year: year, suggestions: header.suggestions, hasManifest: header.hasManifest))
        }
        var text = header.text
        if copyText, let earlier = header.source {
            text += body(of: earlier)
        } else {
            text += hint(year: year)
        }
        return .success(Draft(id: id, text: text, basedOn: header.basedOn, notes: header.notes))
    }

    /// The front matter a group's fragment starts with, and where it came from: `new` and
    /// `import` both start a fragment with it.
    public struct Header: Sendable {
        /// The front matter, `---` lines included.
        public var text: String
        /// Where the fragment it was carried from is, if any.
        public var basedOn: String?
        /// The groups meant (at most three, `Suggestion.groups`), when the group was not found anywhere.
        public var suggestions: [String]
        /// The title carried over, if any.
        public var title: String?
        /// Whether this year's manifest lists the group.
        public var planned: Bool = false
        /// Whether this year has a manifest yet.
        public var hasManifest: Bool = true
        /// What the secretary should know: there is no manifest yet, it does not list the group,
        /// or the group's chapter changed since the fragment it was carried from.
        public var notes: [Message] = []
        /// The fragment carried from.
        var source: Fragment?

        /// Neither this year's manifest nor any earlier fragment knows the group: probably a
        /// typo, which `new` and `import` refuse unless told the group is new.
        var isUnknownGroup: Bool { source == nil && !planned }
    }

    /// The front matter for `group` in `year`: carried from the group's most recent fragment
    /// (or from `replacing`, this year's fragment that is about to be replaced), with the
    /// chapter this year's manifest gives the group and `status: draft`. A group without any
    /// fragment gets empty fields with hints; `title` fills its title when known.
    public static func header(
        group: String, year: Int, in store: any FragmentStore, manifest known: Manifest? = nil, replacing: Fragment? = nil,
        title: String? = nil
    ) -> Header {
        let manifest = known ?? ManifestLoader.load(year: year, from: store).0
        let plannedChapter = manifest?.expectedGroups.first { $0.group.value == group }?.chapter
        var notes: [Message] = []
        let carried = replacing ?? mostRecentFragment(of: group, before: year, in: store)
        if manifest == nil {
            notes.append(carried == nil ? Messages.noManifestNoChapter(year) : Messages.noManifest(year))
        } else if plannedChapter == nil {
            notes.append(Messages.notInManifest(group, year: year))
        }
        if let earlier = carried {
            if let plannedChapter, let old = earlier.frontMatter.pillar?.value, old != plannedChapter {
                notes.append(Messages.chapterChanged(from: old, to: plannedChapter, year: year))
            }
            let text = frontMatter(
                from: earlier.frontMatter, year: year, pillar: plannedChapter, keepMeetings: earlier.frontMatter.year?.value == year)
            return Header(
                text: text, basedOn: earlier.path, suggestions: [], title: earlier.title, planned: plannedChapter != nil,
                hasManifest: manifest != nil, notes: notes, source: earlier)
        }
        var suggestions: [String] = []
        if plannedChapter == nil {
            let known = (manifest?.expectedGroups.map(\.group.value) ?? []) + knownGroups(in: store)
            suggestions = Suggestion.groups(meant: group, in: Array(Set(known)).sorted())
        }
        let text = emptyFrontMatter(group: group, year: year, pillar: plannedChapter, valid: validPillars(manifest), title: title)
        return Header(
            text: text, basedOn: nil, suggestions: suggestions, title: title, planned: plannedChapter != nil, hasManifest: manifest != nil,
            notes: notes, source: nil)
    }

    enum Messages {
        static func noManifest(_ year: Int) -> Message {
            Message(
                nl: "er is nog geen manifest voor \(year); het hoofdstuk komt uit het fragment van vorig jaar",
                en: "there is no manifest for \(year) yet; the chapter comes from last year's fragment")
        }
        static func noManifestNoChapter(_ year: Int) -> Message {
            Message(
                nl: "er is nog geen manifest voor \(year); vul het hoofdstuk (`pillar:`) zelf in, of vraag de coördinator",
                en: "there is no manifest for \(year) yet; fill in the chapter (`pillar:`) yourself, or ask the coordinator")
        }
        static func notInManifest(_ group: String, year: Int) -> Message {
            Message(
                nl:
                    "het manifest van \(year) noemt de groep `\(group)` niet; vraag de coördinator haar op te nemen in reports/\(year)/report.yaml",
                en:
                    "the manifest of \(year) does not list the group `\(group)`; ask the coordinator to add it to reports/\(year)/report.yaml"
            )
        }
        static func chapterChanged(from old: String, to new: String, year: Int) -> Message {
            Message(
                nl: "het hoofdstuk is nu `\(new)` (was `\(old)`), zoals het manifest van \(year) zegt",
                en: "the chapter is now `\(new)` (was `\(old)`), as the manifest of \(year) says")
        }
    }

    /// The latest fragment of the group in an earlier year: by file name, else by `group:`.
    static func mostRecentFragment(of group: String, before year: Int, in store: any FragmentStore) -> Fragment? {
        for earlier in store.fragmentYears().filter({ $0 < year }).sorted(by: >) {
            if let fragment = FragmentLoader.load(FragmentID(year: earlier, group: group), from: store).0, fragment.groupID == group {
                return fragment
            }
            for id in store.listFragments(year: earlier).ids {
                if let fragment = FragmentLoader.load(id, from: store).0, fragment.groupID == group {
                    return fragment
                }
            }
        }
        return nil
    }

    private static func knownGroups(in store: any FragmentStore) -> [String] {
        store.fragmentYears().flatMap { store.listFragments(year: $0).ids.map(\.group) }
    }

    private static func validPillars(_ manifest: Manifest?) -> [String] {
        guard let manifest else { return [] }
        return (manifest.foreword == nil ? [] : [Manifest.forewordPillar]) + manifest.chapters.map(\.id)
    }

    /// Last year's front matter with the year updated and the status set to draft; the
    /// chapter is this year's when the manifest plans the group (a group can move between
    /// pillars). Meetings belong to one year and are carried over only within it (`import
    /// --replace`); ignored warnings belong to a text and are never carried over.
    static func frontMatter(from old: FrontMatter, year: Int, pillar: String? = nil, keepMeetings: Bool = false) -> String {
        var pairs: [(Node, Node)] = [
            (scalar("year"), Node(String(year), YAMLTags.int)),
            (scalar("pillar"), text(pillar ?? old.pillar?.value ?? "")),
            (scalar("group"), text(old.group?.value ?? "")),
            (scalar("title"), text(old.title?.value ?? "")),
            (scalar("status"), scalar("draft")),
        ]
        if !old.chairs.isEmpty {
            let chairs = old.chairs.map { chair in
                mapping([
                    chair.name.map { (scalar("name"), text($0)) }, (scalar("city"), text(chair.city)),
                    (scalar("role"), scalar(chair.role.rawValue)),
                ])
            }
            pairs.append((scalar("chairs"), Node(chairs, YAMLTags.implicit)))
        }
        if let secretary = old.secretary {
            pairs.append(
                (
                    scalar("secretary"),
                    mapping([(scalar("name"), text(secretary.name)), secretary.email.map { (scalar("email"), text($0)) }])
                ))
        }
        if !old.formerly.isEmpty {
            let formerly = old.formerly.map { former in
                mapping([(scalar("title"), text(former.title)), former.year.map { (scalar("year"), Node(String($0), YAMLTags.int)) }])
            }
            pairs.append((scalar("formerly"), Node(formerly, YAMLTags.implicit)))
        }
        if keepMeetings, !old.meetings.isEmpty {
            pairs.append((scalar("meetings"), Node(old.meetings.map { scalar($0.value.text) }, YAMLTags.implicit)))
        }
        if let signature = old.signature {
            pairs.append(
                (
                    scalar("signature"),
                    mapping([(scalar("name"), text(signature.name)), signature.role.map { (scalar("role"), text($0)) }])
                ))
        }
        return "---\n" + serialize(pairs) + "---\n"
    }

    /// Yams' tags resolve through `Resolver.default` unless told otherwise, and making that
    /// resolver compiles its ICU expressions: a few milliseconds of every `new` and `import`.
    /// Nothing written here needs it (scalars are emitted with implicit tags, whatever they
    /// resolve to), so the tags name the basic resolver; `text` consults the YAML 1.1 rules
    /// only for a value that can match one.
    /// A tag is made for every value (Yams changes a tag's name as it resolves it), but the
    /// constructor is shared, and empty: these nodes are only written, and a constructor is
    /// used only to turn a node into a value (`Node.any`). `Constructor.default` builds three
    /// tables on every call, and making their types cost the runtime a search of every
    /// protocol conformance.
    enum YAMLTags {
        static var implicit: Tag { Tag(.implicit, .basic, constructor) }
        static var int: Tag { Tag(.int, .basic, constructor) }
        static var str: Tag { Tag(.str, .basic, constructor) }
        /// Safe to share between threads: a `Constructor` holds its tables in `let`s and never
        /// changes them, and nothing here constructs values with it anyway.
        nonisolated(unsafe) private static let constructor = Constructor([:], [:], [:])
    }

    private static func scalar(_ value: String) -> Node {
        Node(value, YAMLTags.implicit)
    }

    private static func mapping(_ pairs: [(Node, Node)?]) -> Node {
        Node(pairs.compactMap { $0 }, YAMLTags.implicit)
    }

    private static func serialize(_ pairs: [(Node, Node)]) -> String {
        (try? Yams.serialize(node: Node(pairs, YAMLTags.implicit), allowUnicode: true)) ?? ""
    }

    /// A text value that reads back as itself: plain when the tool's own reader and YAML's
    /// usual resolvers (which take `yes`, `~`, `null`, `1.0` for other things) both read it as
    /// this text, double-quoted otherwise. Decided by reading the written value back.
    static func text(_ value: String) -> Node {
        let plain = Node(value, YAMLTags.implicit, .plain)
        guard !mayResolveAsNonText(value) || Resolver.default.resolveTag(of: plain) == .str, readsBack(plain, as: value) else {
            return Node(value, YAMLTags.str, .doubleQuoted)
        }
        return plain
    }

    /// Whether YAML 1.1's resolvers (bool, int, float, null, merge, timestamp, value) can take
    /// `value` for something other than text. Their expressions match whole values: the
    /// words below, or values that begin with one of these characters, or nothing. A line
    /// break (before which ICU's `$` also matches) is left to the resolver itself.
    static func mayResolveAsNonText(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return true }
        return "+-.0123456789~<=".unicodeScalars.contains(first) || yaml11Words.contains(value)
            || value.unicodeScalars.contains { "\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }
    }

    private static let yaml11Words: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    /// Whether `node`, written as a value, is read back by `YAMLParser` as the text `value`.
    private static func readsBack(_ node: Node, as value: String) -> Bool {
        guard let written = try? Yams.serialize(node: Node([(scalar("v"), node)], YAMLTags.implicit), allowUnicode: true)
        else { return false }
        let outcome = YAMLParser.parse(written, limits: YAMLContext.frontMatterLimits)
        guard outcome.problem == nil, let read = outcome.root?.mapping?.first?.value, !read.isNull else { return false }
        return read.string == value
    }

    private static func emptyFrontMatter(group: String, year: Int, pillar: String?, valid: [String], title: String?) -> String {
        let pairs: [(Node, Node)] = [
            (scalar("year"), Node(String(year), YAMLTags.int)),
            (scalar("pillar"), text(pillar ?? "")),
            (scalar("group"), text(group)),
            (scalar("title"), text(title ?? "")),
            (scalar("status"), scalar("draft")),
        ]
        var text = "---\n"
        if pillar == nil, !valid.isEmpty { text += "# pillar: kies een van " + valid.joined(separator: ", ") + "\n" }
        if title == nil { text += "# title: de titel zoals die in het jaarverslag staat\n" }
        return text + serialize(pairs) + "---\n"
    }

    private static func hint(year: Int) -> String {
        "\(PlaceholderText.marker) over \(year).\n"
    }

    /// The Markdown after the front matter, exactly as written.
    private static func body(of fragment: Fragment) -> String {
        let lines = fragment.text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.dropFirst(fragment.bodyLine - 1).joined(separator: "\n")
    }
}

import Foundation
import Yams

/// Starting a new year: next year's manifest proposed from last year's, written as YAML that
/// `ManifestLoader` reads back to the same plan, and stored only when it loads without errors
/// and no manifest exists for that year yet.
public enum ManifestTemplate {
    /// Last year's plan for the next year: the same network, chapters, groups, style and
    /// member cities, the year one later and the year in the title replaced (`Jaarverslag
    /// 2023` → `Jaarverslag 2024`). The coordinator confirms or changes it before it is written.
    public static func next(after previous: Manifest) -> Manifest {
        let year = previous.year + 1
        let title = previous.title.replacingOccurrences(of: String(previous.year), with: String(year))
        var next = previous
        next.year = year
        next.title = title == previous.title ? "Jaarverslag \(year)" : title
        next.path = ""
        return next
    }

    /// The manifest as YAML, in the order the README documents: year, title, network,
    /// numbered, foreword, chapters, members. Every value is written by Yams, so quoting is
    /// always valid, and every text as `new` writes one (`FragmentTemplate.text`): quoted
    /// where YAML would read it as something else (a title `2024`, a name `null`).
    public static func yaml(_ manifest: Manifest) -> String {
        let network: [(Node, Node)] = [("name", text(manifest.network.name)), ("short", text(manifest.network.shortName))]
        var pairs: [(Node, Node)] = [
            ("year", Node(String(manifest.year), Tag(.int))),
            ("title", text(manifest.title)),
            ("network", Node(network)),
            ("numbered", Node(manifest.numberedChapters ? "true" : "false", Tag(.bool))),
        ]
        if let foreword = manifest.foreword { pairs.append(("foreword", text(foreword.value))) }
        pairs.append(("chapters", Node(manifest.chapters.map(chapterNode))))
        var members: [(Node, Node)] = []
        switch manifest.members.placement {
        case .chapter(let chapter): members.append(("chapter", text(chapter)))
        case .appendix(let title): members.append(("title", text(title)))
        }
        members.append(("cities", Node(manifest.members.cities.map { text($0.value) })))
        pairs.append(("members", Node(members)))
        if !manifest.importStyles.isEmpty { pairs.append(("import", importNode(manifest.importStyles))) }
        return (try? Yams.serialize(node: Node(pairs), allowUnicode: true)) ?? ""
    }

    /// The house style, each table in the order the coordinator wrote it.
    private static func importNode(_ styles: ImportStyleMap) -> Node {
        func table<Meaning: RawRepresentable<String>>(_ table: [String: Located<Meaning>]) -> Node {
            let ordered = table.sorted { ($0.value.location.line, $0.key) < ($1.value.location.line, $1.key) }
            return Node(ordered.map { (text($0.key), text($0.value.value.rawValue)) })
        }
        var pairs: [(Node, Node)] = []
        if !styles.paragraphStyles.isEmpty { pairs.append(("paragraph-styles", table(styles.paragraphStyles))) }
        if !styles.characterStyles.isEmpty { pairs.append(("character-styles", table(styles.characterStyles))) }
        return Node(pairs)
    }

    private static func text(_ value: String) -> Node {
        FragmentTemplate.text(value)
    }

    private static func chapterNode(_ chapter: ChapterPlan) -> Node {
        var pairs: [(Node, Node)] = [("id", text(chapter.id)), ("title", text(chapter.title))]
        if let intro = chapter.intro { pairs.append(("intro", text(intro.value))) }
        if !chapter.groups.isEmpty { pairs.append(("groups", Node(chapter.groups.map { text($0.value) }))) }
        return Node(pairs)
    }

    public enum Failure: CommandFailure {
        /// The proposed manifest does not load: each problem, with its place in the YAML.
        case invalid([Diagnostic])
        case exists(String)
        case write(path: String, reason: StoreError)

        public var message: Message {
            switch self {
            case .invalid(let diagnostics):
                let first = diagnostics.first { $0.severity == .error } ?? diagnostics.first
                return Message(
                    nl: "het nieuwe manifest klopt niet: \(first?.message.nl ?? "onbekende fout")",
                    en: "the new manifest is not valid: \(first?.message.en ?? "unknown error")")
            case .exists(let path):
                return Message(
                    nl: "\(path) bestaat al; dit jaar is al begonnen en er is niets overschreven",
                    en: "\(path) already exists; this year has already been started and nothing was overwritten")
            case .write(let path, let reason):
                let why = reason.message(path: path)
                return Message(nl: "kan het manifest niet schrijven: \(why.nl)", en: "cannot write the manifest: \(why.en)")
            }
        }
    }

    /// Writes `manifest` as the year's `report.yaml` through the store, atomically, only when
    /// it loads back without errors and the year has no manifest yet. Returns the manifest as
    /// loaded from what was written.
    public static func create(_ manifest: Manifest, in store: any FragmentStore) -> Result<Manifest, Failure> {
        let path = store.manifestPath(year: manifest.year)
        let text = yaml(manifest)
        let (loaded, diagnostics) = ManifestLoader.load(text: text, path: path)
        guard let loaded, !diagnostics.hasErrors else { return .failure(.invalid(diagnostics)) }
        do throws(StoreError) {
            try store.writeManifest(year: manifest.year, Data(text.utf8), createOnly: true)
        } catch .exists {
            return .failure(.exists(path))
        } catch {
            return .failure(.write(path: path, reason: error))
        }
        return .success(loaded)
    }
}

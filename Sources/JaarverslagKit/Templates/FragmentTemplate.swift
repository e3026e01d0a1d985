import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Yams

/// `jaarverslag new`: starts a group's fragment for a new year from its most recent earlier
/// fragment, so a secretary never begins from an empty file.
public enum FragmentTemplate {
    public struct Created: Sendable {
        public var url: URL
        /// The earlier fragment it was made from, if any.
        public var basedOn: String?
        /// A close group id, when the group was not found anywhere.
        public var suggestion: String?
    }

    public enum Failure: CommandFailure {
        case invalidGroup(String)
        case exists(String)
        case write(path: String, reason: SystemError)

        public var message: Message {
            switch self {
            case .invalidGroup(let group):
                return Message(
                    nl: "`\(group)` is geen geldig groeps-id; gebruik kleine letters, cijfers en streepjes",
                    en: "`\(group)` is not a valid group id; use lowercase letters, digits and hyphens")
            case .exists(let path):
                return Message(nl: "\(path) bestaat al; er is niets overschreven", en: "\(path) already exists; nothing was overwritten")
            case .write(let path, let reason):
                return Message(nl: "kan \(path) niet schrijven: \(reason.message.nl)", en: "cannot write \(path): \(reason.message.en)")
            }
        }
    }

    public static func create(group: String, year: Int, copyText: Bool, in workspace: Workspace) -> Result<Created, Failure> {
        guard Identifier.isValid(group) else { return .failure(.invalidGroup(group)) }
        let target = workspace.fragmentsDirectory(year: year).appendingPathComponent("\(group).md")
        guard !FileManager.default.fileExists(atPath: target.path) else { return .failure(.exists(workspace.displayPath(target))) }

        let manifest = ManifestLoader.load(contentsOf: workspace.manifestURL(year: year), displayPath: "").0
        let earlier = mostRecentFragment(of: group, before: year, in: workspace)
        var text: String
        var suggestion: String?
        if let earlier {
            text = frontMatter(from: earlier.frontMatter, year: year)
            text += copyText ? body(of: earlier) : hint(year: year)
        } else {
            let plannedChapter = manifest?.expectedGroups.first { $0.group.value == group }?.chapter
            if plannedChapter == nil {
                let known = (manifest?.expectedGroups.map(\.group.value) ?? []) + knownGroups(in: workspace)
                suggestion = Suggestion.closest(to: group, in: Array(Set(known)).sorted())
            }
            text = emptyFrontMatter(group: group, year: year, pillar: plannedChapter, valid: validPillars(manifest))
            text += hint(year: year)
        }
        do throws(AtomicWriter.WriteError) {
            try AtomicWriter.makeDirectory(target.deletingLastPathComponent().path)
        } catch {
            return .failure(.write(path: workspace.displayPath(target), reason: error.reason))
        }
        // Created exclusively: a file that appeared meanwhile is never overwritten.
        let descriptor = open(target.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let reason = SystemError.current
            return .failure(
                reason.code == EEXIST ? .exists(workspace.displayPath(target)) : .write(path: workspace.displayPath(target), reason: reason)
            )
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        let reason = SystemError.current
        close(descriptor)
        guard written == bytes.count else { return .failure(.write(path: workspace.displayPath(target), reason: reason)) }
        return .success(Created(url: target, basedOn: earlier?.path, suggestion: suggestion))
    }

    /// The latest fragment of the group in an earlier year: by file name, else by `group:`.
    static func mostRecentFragment(of group: String, before year: Int, in workspace: Workspace) -> Fragment? {
        let fragmentsRoot = workspace.root.appendingPathComponent("fragments")
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: fragmentsRoot.path)) ?? []).compactMap(Int.init).filter {
            $0 < year
        }
        for earlier in years.sorted(by: >) {
            let directory = workspace.fragmentsDirectory(year: earlier)
            let byName = directory.appendingPathComponent("\(group).md")
            if let fragment = FragmentLoader.load(contentsOf: byName, displayPath: workspace.displayPath(byName)).0,
                fragment.groupID == group
            {
                return fragment
            }
            for url in FragmentFiles.list(in: directory, workspace: workspace).fragments {
                if let fragment = FragmentLoader.load(contentsOf: url, displayPath: workspace.displayPath(url)).0, fragment.groupID == group
                {
                    return fragment
                }
            }
        }
        return nil
    }

    private static func knownGroups(in workspace: Workspace) -> [String] {
        let fragmentsRoot = workspace.root.appendingPathComponent("fragments")
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: fragmentsRoot.path)) ?? []).compactMap(Int.init)
        return years.flatMap { year in
            ((try? FileManager.default.contentsOfDirectory(atPath: workspace.fragmentsDirectory(year: year).path)) ?? [])
                .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        }
    }

    private static func validPillars(_ manifest: Manifest?) -> [String] {
        guard let manifest else { return [] }
        return (manifest.foreword == nil ? [] : [Manifest.forewordPillar]) + manifest.chapters.map(\.id)
    }

    /// Last year's front matter with the year updated and the status set to draft. Meetings
    /// and ignored warnings belong to one year's text and are not carried over.
    static func frontMatter(from old: FrontMatter, year: Int) -> String {
        var pairs: [(Node, Node)] = [
            ("year", Node(String(year), Tag(.int))),
            ("pillar", Node(old.pillar?.value ?? "")),
            ("group", Node(old.group?.value ?? "")),
            ("title", Node(old.title?.value ?? "")),
            ("status", "draft"),
        ]
        if !old.chairs.isEmpty {
            pairs.append(
                (
                    "chairs",
                    Node(
                        old.chairs.map { chair in
                            Node(
                                ([chair.name.map { ("name", Node($0)) }, ("city", Node(chair.city)), ("role", Node(chair.role.rawValue))]
                                    as [(Node, Node)?]).compactMap { $0 })
                        })
                ))
        }
        if let secretary = old.secretary {
            pairs.append(
                (
                    "secretary",
                    Node(
                        ([("name", Node(secretary.name)), secretary.email.map { ("email", Node($0)) }] as [(Node, Node)?]).compactMap { $0 }
                    )
                ))
        }
        if !old.formerly.isEmpty {
            pairs.append(
                (
                    "formerly",
                    Node(
                        old.formerly.map { former in
                            Node(
                                ([("title", Node(former.title)), former.year.map { ("year", Node(String($0), Tag(.int))) }]
                                    as [(Node, Node)?]).compactMap { $0 })
                        })
                ))
        }
        if let signature = old.signature {
            pairs.append(
                (
                    "signature",
                    Node(
                        ([("name", Node(signature.name)), signature.role.map { ("role", Node($0)) }] as [(Node, Node)?]).compactMap { $0 })
                ))
        }
        return "---\n" + ((try? Yams.serialize(node: Node(pairs), allowUnicode: true)) ?? "") + "---\n"
    }

    private static func emptyFrontMatter(group: String, year: Int, pillar: String?, valid: [String]) -> String {
        let pairs: [(Node, Node)] = [
            ("year", Node(String(year), Tag(.int))),
            ("pillar", Node(pillar ?? "")),
            ("group", Node(group)),
            ("title", ""),
            ("status", "draft"),
        ]
        var text = "---\n"
        if pillar == nil, !valid.isEmpty { text += "# pillar: kies een van " + valid.joined(separator: ", ") + "\n" }
        text += "# title: de titel zoals die in het jaarverslag staat\n"
        return text + ((try? Yams.serialize(node: Node(pairs), allowUnicode: true)) ?? "") + "---\n"
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

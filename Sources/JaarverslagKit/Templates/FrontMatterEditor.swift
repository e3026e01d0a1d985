import Foundation
import Yams

/// Changes a few fields of a fragment's front matter and leaves every other line as the
/// secretary wrote it: the portal's form edits the title, the status and the chairs this way,
/// while fields it does not show (secretary, formerly, meetings, ignore, comments) stay.
///
/// It works on the YAML text between the `---` lines. A field is a top-level key at the start
/// of a line plus the lines under it (indented, or block-sequence items `- `); it is replaced
/// in place, appended when absent, and removed when set to nothing. Values are written by
/// Yams, so quoting is always valid YAML.
public enum FrontMatterEditor {
    /// The fields the form edits; `nil` leaves a field as it is.
    public struct Changes: Hashable, Sendable {
        public var title: String?
        public var status: FrontMatter.Status?
        /// An empty list removes `chairs:`.
        public var chairs: [Chair]?

        public init(title: String? = nil, status: FrontMatter.Status? = nil, chairs: [Chair]? = nil) {
            self.title = title
            self.status = status
            self.chairs = chairs
        }
    }

    /// `yaml` with the changes made. `yaml` is the text between the fences, lines ending in `\n`.
    public static func apply(_ changes: Changes, to yaml: String) -> String {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if let title = changes.title {
            replace("title", with: title.isEmpty ? [] : serialize([("title", Node(title))]), in: &lines)
        }
        if let status = changes.status {
            replace("status", with: serialize([("status", Node(status.rawValue))]), in: &lines)
        }
        if let chairs = changes.chairs {
            let nodes = chairs.map { chair in
                Node(
                    ([
                        chair.name.flatMap { $0.isEmpty ? nil : ("name", Node($0)) }, ("city", Node(chair.city)),
                        ("role", Node(chair.role.rawValue)),
                    ]
                        as [(Node, Node)?]).compactMap { $0 })
            }
            replace("chairs", with: chairs.isEmpty ? [] : serialize([("chairs", Node(nodes))]), in: &lines)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A whole fragment (front matter and body, LF line ends) with the changes made to its
    /// front matter and the body untouched; nil when it has no front matter. The portal sets
    /// `status` this way when a text is handed in, approved or sent back.
    public static func apply(_ changes: Changes, toFragment text: String) -> String? {
        guard case .success(let parts) = FrontMatterSplitter.split(text, path: "") else { return nil }
        let yaml = parts.yaml.isEmpty ? "" : parts.yaml + "\n"
        return "---\n" + apply(changes, to: yaml) + "---\n" + parts.body
    }

    private static func serialize(_ pairs: [(Node, Node)]) -> [String] {
        let text = (try? Yams.serialize(node: Node(pairs), allowUnicode: true)) ?? ""
        // Blank lines inside a value are part of it (a folded line break); only the end goes.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func replace(_ key: String, with replacement: [String], in lines: inout [String]) {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else {
            lines += replacement
            return
        }
        var end = start + 1
        var lastContent = start
        while end < lines.count {
            let line = lines[end]
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                end += 1
                continue
            }
            guard line.hasPrefix(" ") || line.hasPrefix("\t") || line == "-" || line.hasPrefix("- ") else { break }
            lastContent = end
            end += 1
        }
        lines.replaceSubrange(start...lastContent, with: replacement)
    }
}

import Foundation

/// Finds the repository the way git finds its own: from the current folder upwards, the first
/// folder that holds both `fragments/` and `reports/`. So a command works the same from the
/// repository's root or from `fragments/2024/`, and outside any repository it says so and
/// writes nothing.
public enum RepositoryLocator {
    public struct NotFound: CommandFailure {
        public var start: String
        /// True when the folder was named with `--root`.
        public var named = false

        public var message: Message {
            if named {
                return Message(
                    nl: "\(start) is geen map van een jaarverslag: er staat geen fragments/ of reports/ in; controleer de map na --root",
                    en: "\(start) is not a jaarverslag repository: it holds no fragments/ or reports/; check the folder after --root")
            }
            return Message(
                nl: "\(start) is geen map van een jaarverslag, en de mappen erboven ook niet: er is geen map met fragments/ en reports/; "
                    + "ga naar de map van het jaarverslag, of geef die aan met --root",
                en: "\(start) is not in a jaarverslag repository: neither it nor a folder above it holds fragments/ and reports/; "
                    + "go to the repository's folder, or name it with --root")
        }
    }

    /// What a command line does: `--root` when given, else the nearest repository at or above
    /// the current folder.
    public static func locate(root: String?) -> Result<Workspace, NotFound> {
        locate(root: root, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }

    /// The repository at `root` when one is given (it always wins, when it holds `fragments/` or
    /// `reports/`), else the nearest one at or above `start`.
    public static func locate(root: String?, from start: URL) -> Result<Workspace, NotFound> {
        if let root {
            // A mistyped --root must not become a new repository that `new` writes into.
            let folder = URL(fileURLWithPath: root, isDirectory: true, relativeTo: start)
            guard isFolder(folder.appendingPathComponent("fragments")) || isFolder(folder.appendingPathComponent("reports")) else {
                return .failure(NotFound(start: root, named: true))
            }
            return .success(Workspace(root: folder))
        }
        var folder = start.standardizedFileURL
        while true {
            if isFolder(folder.appendingPathComponent("fragments")) && isFolder(folder.appendingPathComponent("reports")) {
                return .success(Workspace(root: folder))
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return .failure(NotFound(start: start.path)) }
            folder = parent
        }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

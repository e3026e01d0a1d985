import Foundation

/// Finds the repository the way git finds its own: from the current folder upwards, the first
/// folder that holds both `fragments/` and `reports/`. So a command works the same from the
/// repository's root or from `fragments/2024/`, and outside any repository it says so and
/// writes nothing.
public enum RepositoryLocator {
    public struct NotFound: CommandFailure {
        public var start: String

        public var message: Message {
            Message(
                nl: "\(start) is geen map van een jaarverslag, en de mappen erboven ook niet: er is geen map met fragments/ en reports/; "
                    + "ga naar de map van het jaarverslag, of geef die aan met --root",
                en: "\(start) is not in a jaarverslag repository: neither it nor a folder above it holds fragments/ and reports/; "
                    + "go to the repository's folder, or name it with --root")
        }
    }

    /// The repository at `root` when one is given (it always wins), else the nearest one at or
    /// above `start`.
    public static func locate(root: String?, from start: URL) -> Result<Workspace, NotFound> {
        if let root { return .success(Workspace(root: URL(fileURLWithPath: root, isDirectory: true, relativeTo: start))) }
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

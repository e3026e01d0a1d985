import Foundation

/// A repository on disk: `fragments/<year>/<group>.md`, `reports/<year>/report.yaml`, and the
/// compiled outputs next to each manifest. The file-system `FragmentStore`.
public struct Workspace: FragmentStore {
    public var root: URL {
        didSet { rootPath = Self.folderPath(root) }
    }
    /// The root as a path ending in `/`, made once: the portal reads files on every request,
    /// and building each path through `URL.appendingPathComponent` cost more than the read.
    private var rootPath: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = Self.folderPath(self.root)
    }

    private static func folderPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    public func fragmentsDirectory(year: Int) -> URL {
        root.appendingPathComponent("fragments").appendingPathComponent(String(year))
    }

    /// Where `build` writes a year's outputs by default, next to its manifest.
    public func reportDirectory(year: Int) -> URL {
        root.appendingPathComponent("reports").appendingPathComponent(String(year))
    }

    public func manifestURL(year: Int) -> URL {
        reportDirectory(year: year).appendingPathComponent("report.yaml")
    }

    public func fragmentURL(_ id: FragmentID) -> URL {
        fragmentsDirectory(year: id.year).appendingPathComponent(id.fileName, isDirectory: false)
    }

    /// The path shown in diagnostics: relative to the root when inside it.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }

    public func years() -> [Int] {
        numberedFolders(in: "reports").filter { FileManager.default.fileExists(atPath: rootPath + manifestPath(year: $0)) }
    }

    public func fragmentYears() -> [Int] {
        numberedFolders(in: "fragments")
    }

    private func numberedFolders(in folder: String) -> [Int] {
        let entries = DirectoryEntries.read(rootPath + folder) ?? []
        return entries.filter { $0.kind == .directory && $0.name.utf8.allSatisfy { (48...57).contains($0) } }.compactMap { Int($0.name) }
            .sorted()
    }

    public func manifestPath(year: Int) -> String {
        "reports/\(year)/report.yaml"
    }

    /// A manifest that is a symbolic link (or lies in a linked folder) leading out of the
    /// repository is not read, like a fragment linked out of its folder.
    public func readManifest(year: Int) -> Result<Data, StoreError> {
        let path = rootPath + manifestPath(year: year)
        if let real = Self.realPath(path), let realRoot = Self.realPath(rootPath),
            !real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
        {
            return .failure(.outside)
        }
        return RegularFile.read(path, limit: Self.maxManifestSize)
    }

    /// The path with every symbolic link resolved; nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A manifest is a page of YAML; anything larger is refused unread.
    public static let maxManifestSize = 4 * 1024 * 1024

    public func fragmentPath(_ id: FragmentID) -> String {
        "fragments/\(id.year)/\(id.fileName)"
    }

    public func listFragments(year: Int) -> (ids: [FragmentID], diagnostics: [Diagnostic]) {
        let listing = FragmentFiles.list(in: fragmentsDirectory(year: year), directoryPath: "fragments/\(year)")
        return (listing.names.map { FragmentID(year: year, group: String($0.dropLast(".md".count))) }, listing.diagnostics)
    }

    public func readFragment(_ id: FragmentID, limit: Int) -> Result<Data, StoreError> {
        RegularFile.read(rootPath + fragmentPath(id), limit: limit)
    }

    public func writeFragment(_ id: FragmentID, _ data: Data, createOnly: Bool) throws(StoreError) {
        try Self.write(data, to: fragmentURL(id), createOnly: createOnly)
    }

    public func writeManifest(year: Int, _ data: Data, createOnly: Bool) throws(StoreError) {
        try Self.write(data, to: manifestURL(year: year), createOnly: createOnly)
    }

    private static func write(_ data: Data, to url: URL, createOnly: Bool) throws(StoreError) {
        do throws(AtomicWriter.WriteError) {
            if createOnly {
                try AtomicWriter.create(data, at: url)
            } else {
                try AtomicWriter.write([(url, data)])
            }
        } catch {
            throw error.reason.code == EEXIST && createOnly ? .exists : .system(error.reason)
        }
    }
}

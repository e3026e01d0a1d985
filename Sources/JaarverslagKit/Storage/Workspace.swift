import Foundation

/// Where a year's inputs and outputs live in the repository:
/// `fragments/<year>/*.md` and `reports/<year>/report.yaml`.
public struct Workspace: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func fragmentsDirectory(year: Int) -> URL {
        root.appendingPathComponent("fragments").appendingPathComponent(String(year))
    }

    public func reportDirectory(year: Int) -> URL {
        root.appendingPathComponent("reports").appendingPathComponent(String(year))
    }

    public func manifestURL(year: Int) -> URL {
        reportDirectory(year: year).appendingPathComponent("report.yaml")
    }

    /// The path shown in diagnostics: relative to the root when inside it.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }

    /// Years that have a manifest, oldest first.
    public func years() -> [Int] {
        let reports = root.appendingPathComponent("reports")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        return names.compactMap(Int.init).filter { FileManager.default.fileExists(atPath: manifestURL(year: $0).path) }.sorted()
    }
}

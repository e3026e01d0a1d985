import Foundation
import JaarverslagKit

#if canImport(Glibc)
    import Glibc
#endif

/// Every file the portal reads or writes goes through here: a year's manifest and the
/// fragment files under `fragments/<year>/`, named by year and group id. Fragments are
/// written atomically (temporary file, flush, rename) by the library's `AtomicWriter`.
///
/// It is the one place to switch when the library's storage seam lands.
public struct FragmentStore: Sendable {
    public let workspace: Workspace

    public init(root: URL) {
        workspace = Workspace(root: root)
    }

    /// A fragment as it is on disk: its bytes, or nothing when the group has no file yet.
    struct Contents: Sendable {
        var data: Data?
        var version: String { data.map(ContentVersion.of) ?? ContentVersion.absent }
        /// The text as the editor shows it: decoded, BOM removed, LF line ends.
        var text: String? {
            guard let data else { return nil }
            let format = SourceFormat(byteOrderMark: data.starts(with: [0xEF, 0xBB, 0xBF]))
            let body = format.byteOrderMark ? data.dropFirst(3) : data[...]
            return String(decoding: body, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        }
        /// How the file is saved (BOM, CRLF), so that a save keeps it.
        var format: SourceFormat {
            guard let data else { return SourceFormat() }
            return SourceFormat(byteOrderMark: data.starts(with: [0xEF, 0xBB, 0xBF]), crlf: data.contains(13))
        }
    }

    enum Failure: Error {
        case unreadable(String)
        case tooLarge
        case writeFailed(String)
    }

    /// Years that have a manifest, oldest first.
    func years() -> [Int] {
        workspace.years()
    }

    /// The year's manifest, or nil when there is none or it cannot be read.
    func manifest(year: Int) -> Manifest? {
        let url = workspace.manifestURL(year: year)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return ManifestLoader.load(contentsOf: url, displayPath: workspace.displayPath(url)).0
    }

    func url(year: Int, group: String) -> URL {
        workspace.fragmentsDirectory(year: year).appendingPathComponent("\(group).md")
    }

    /// The path diagnostics use for the fragment, relative to the root.
    func displayPath(year: Int, group: String) -> String {
        workspace.displayPath(url(year: year, group: group))
    }

    func read(year: Int, group: String) throws(Failure) -> Contents {
        switch FragmentLoader.readAtMost(FragmentLoader.maxFileSize + 1, from: url(year: year, group: group).path) {
        case .success(let data):
            guard data.count <= FragmentLoader.maxFileSize else { throw .tooLarge }
            return Contents(data: data)
        case .failure(let failure) where failure.code == ENOENT:
            return Contents(data: nil)
        case .failure(let failure):
            throw .unreadable(failure.notAFile ? "not a regular file" : String(cString: strerror(failure.code)))
        }
    }

    func write(year: Int, group: String, data: Data) throws(Failure) {
        do {
            try AtomicWriter.write([(url(year: year, group: group), data)])
        } catch {
            throw .writeFailed(error.reason)
        }
    }

    /// Checks the year with this group's fragment holding `text`; nothing is written.
    func check(year: Int, group: String, text: String) -> Pipeline.CheckResult? {
        try? Pipeline.check(year: year, in: workspace, replacing: group, with: text).get()
    }

    /// The year as it is on disk, checked.
    func check(year: Int) -> Pipeline.CheckResult? {
        try? Pipeline.check(year: year, in: workspace).get()
    }

    /// The group's fragment started from its latest earlier one (`jaarverslag new`).
    func template(year: Int, group: String, copyText: Bool) -> (text: String, basedOn: String?) {
        FragmentTemplate.text(group: group, year: year, copyText: copyText, in: workspace)
    }
}

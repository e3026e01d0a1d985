import Foundation
import JaarverslagKit

/// What the portal reads and writes, all through the library's storage seam
/// (`FragmentStore`; on disk, `Workspace`): a year's manifest and its fragments, named by
/// year and group id. Fragments are replaced atomically; a new one is created only if no
/// file appeared meanwhile. Checks and previews lay the text being edited over the fragment
/// (`OverlayStore`), so the compiler sees it in place of the file and nothing is written.
public struct PortalStore: Sendable {
    public let base: any FragmentStore
    /// Every request loads its year; files whose bytes have not changed are not parsed again.
    let parsed = ParseCache()

    public init(root: URL) {
        base = Workspace(root: root)
    }

    public init(base: any FragmentStore) {
        self.base = base
    }

    /// A fragment as it is stored: its bytes, or nothing when the group has no fragment yet.
    struct Contents: Sendable {
        var data: Data?
        var version: String { data.map(ContentVersion.of) ?? ContentVersion.absent }
        /// The text as the editor shows it: decoded, BOM removed, LF line ends.
        var text: String? {
            guard let data else { return nil }
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
        case tooLarge
        case store(StoreError)
    }

    /// Years that have a manifest, oldest first.
    func years() -> [Int] {
        base.years()
    }

    /// The year's manifest, or nil when there is none or it cannot be read.
    func manifest(year: Int) -> Manifest? {
        ManifestLoader.load(year: year, from: base, cache: parsed).0
    }

    /// Why the year's manifest cannot be read: its errors, or none when there is no manifest
    /// at all (or it reads).
    func manifestProblems(year: Int) -> [Diagnostic] {
        guard base.years().contains(year) else { return [] }
        let (manifest, diagnostics) = ManifestLoader.load(year: year, from: base, cache: parsed)
        return manifest == nil ? diagnostics.filter { $0.severity == .error } : []
    }

    /// The path diagnostics use for the fragment (`fragments/2023/woningmarkt.md`).
    func displayPath(_ id: FragmentID) -> String {
        base.fragmentPath(id)
    }

    func read(_ id: FragmentID) throws(Failure) -> Contents {
        switch base.readFragment(id, limit: FragmentLoader.maxFileSize + 1) {
        case .success(let data):
            guard data.count <= FragmentLoader.maxFileSize else { throw .tooLarge }
            return Contents(data: data)
        case .failure(.missing):
            return Contents(data: nil)
        case .failure(let error):
            throw .store(error)
        }
    }

    /// Replaces the fragment; with `create`, only if there is none (else `.store(.exists)`).
    func write(_ id: FragmentID, data: Data, create: Bool) throws(Failure) {
        do throws(StoreError) {
            try base.writeFragment(id, data, createOnly: create)
        } catch {
            throw .store(error)
        }
    }

    /// Checks the fragment holding `text` as part of its year; nothing is written. Only its
    /// own findings are made (a focused check): the other texts are not linted again.
    func check(_ id: FragmentID, text: String) -> Pipeline.CheckResult? {
        guard case .success(let year) = YearLoader.load(year: id.year, from: base, cache: parsed) else { return nil }
        return Pipeline.check(
            year.replacing(id, path: displayPath(id), with: text), earlier: EarlierYears(before: id.year, in: base), focus: [id])
    }

    /// The year as it is stored, checked.
    func check(year: Int) -> Pipeline.CheckResult? {
        guard case .success(let sources) = YearLoader.load(year: year, from: base, cache: parsed) else { return nil }
        return Pipeline.check(sources, earlier: EarlierYears(before: year, in: base))
    }

    /// The group's fragment as `jaarverslag new` would start it from its latest earlier one,
    /// whether or not the group has a fragment now. The group is the invited one, so it is known
    /// to exist even when neither the manifest nor an earlier year has it (`newGroup`).
    func template(_ id: FragmentID, copyText: Bool) -> (text: String, basedOn: String?) {
        let hidden = OverlayStore(over: base, showing: id, as: nil)
        switch FragmentTemplate.draft(group: id.group, year: id.year, copyText: copyText, newGroup: true, in: hidden) {
        case .success(let draft): return (draft.text, draft.basedOn)
        case .failure: return ("---\nyear: \(id.year)\ngroup: \(id.group)\n---\n", nil)
        }
    }
}

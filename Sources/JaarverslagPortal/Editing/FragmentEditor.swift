import Foundation
import GRDB
import JaarverslagKit

/// Reads and saves fragments without ever losing an edit. Saves, restores, steps and the
/// recording of outside changes of one fragment happen one at a time (`FragmentLocks`), so two
/// tabs saving the same version give one save and one conflict; different fragments are saved
/// side by side (twenty secretaries saving at once did not wait for each other's disk writes).
///
/// A save compares the file's current version (the hash of its bytes) with the version the
/// editor started from; only when they match is the file replaced, atomically, and only then
/// is the save recorded in the history and acknowledged. The file comes first: a crash between
/// the two leaves a file whose version the history does not know, which the next read records
/// as a change made outside the portal. Whatever was on disk before a save is recorded first
/// too, so an edit made outside the portal is never overwritten without a trace.
final class FragmentEditor: Sendable {
    let store: PortalStore
    let database: PortalDatabase
    let now: @Sendable () -> Date
    let locks = FragmentLocks()

    /// Who made a change that did not come through the portal.
    static let outsideAuthor = "buiten het portaal"

    init(store: PortalStore, database: PortalDatabase, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.database = database
        self.now = now
    }

    struct Loaded: Sendable {
        var contents: PortalStore.Contents
        var text: String? { contents.text }
        var version: String { contents.version }
    }

    enum SaveOutcome: Sendable {
        case saved(version: String, changed: Bool)
        case conflict(current: Loaded)
    }

    func load(_ ref: FragmentID) throws -> Loaded {
        try locks.withLock(ref) {
            let contents = try read(ref)
            try recordIfChangedOutside(ref, contents)
            return Loaded(contents: contents)
        }
    }

    /// Saves `text` if the file is still at `baseVersion`. The editorial workflow holds: a
    /// secretary changes a text only while it is a draft, and no save changes its `status`
    /// (that is what handing in, approving and returning do, each recorded).
    func save(
        _ ref: FragmentID, text: String, baseVersion: String, author: String, isCoordinator: Bool, kind: SavedVersion.Kind = .save
    ) throws -> SaveOutcome {
        try locks.withLock(ref) {
            try saveLocked(ref, text: text, baseVersion: baseVersion, author: author, isCoordinator: isCoordinator, kind: kind)
        }
    }

    private func saveLocked(
        _ ref: FragmentID, text: String, baseVersion: String, author: String, isCoordinator: Bool, kind: SavedVersion.Kind
    ) throws -> SaveOutcome {
        let current = try read(ref)
        try recordIfChangedOutside(ref, current)
        guard current.version == baseVersion else { return .conflict(current: Loaded(contents: current)) }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let data = current.format.encode(normalized)
        guard data.count <= FragmentLoader.maxFileSize else { throw PortalError.tooLarge }
        let version = ContentVersion.of(data)
        guard version != current.version else { return .saved(version: version, changed: false) }
        // Each text's front matter is read once, for its state and its place.
        let before = current.text.flatMap { Self.frontMatter(of: $0, ref: ref) }
        let after = Self.frontMatter(of: normalized, ref: ref)
        let status = current.text == nil ? .draft : before.map(Self.status(of:))
        if !isCoordinator, let status, status != .draft { throw PortalError.handedIn(status) }
        if let status, let next = after.map(Self.status(of:)), next != status {
            throw PortalError.statusChanged(from: status)
        }
        try Self.keepsItsPlace(after, over: before, ref: ref, isCoordinator: isCoordinator)
        return try commit(ref, data: data, text: normalized, over: current, author: author, kind: kind)
    }

    /// Makes an earlier version the current one, as a new version. The text comes back, the
    /// state does not: the restored text keeps the `status` the fragment has now.
    func restore(_ ref: FragmentID, version: String, baseVersion: String?, author: String, isCoordinator: Bool) throws -> SaveOutcome {
        try locks.withLock(ref) {
            try restoreLocked(ref, version: version, baseVersion: baseVersion, author: author, isCoordinator: isCoordinator)
        }
    }

    private func restoreLocked(_ ref: FragmentID, version: String, baseVersion: String?, author: String, isCoordinator: Bool) throws
        -> SaveOutcome
    {
        guard let old = try savedVersion(ref, version: version) else { throw PortalError.versionNotFound }
        let current = try read(ref)
        var text = old.text
        if let status = Self.status(of: current.text, ref: ref), let then = Self.status(of: text, ref: ref), then != status {
            text = FrontMatterEditor.apply(.init(status: status), toFragment: text) ?? text
        }
        return try save(
            ref, text: text, baseVersion: baseVersion ?? current.version, author: author, isCoordinator: isCoordinator, kind: .restore)
    }

    /// A save keeps the text where it belongs: its `group` and `year` are the section's the
    /// address names (or absent), so nobody's text takes another group's place in the report,
    /// the foreword's included; and a secretary does not move a saved text to another chapter
    /// (`pillar`), which the coordinator decides. Only the front matter is read.
    static func keepsItsPlace(_ next: FrontMatter?, over before: FrontMatter?, ref: FragmentID, isCoordinator: Bool) throws {
        guard let next else { return }
        if let group = next.group, group.value != ref.group { throw PortalError.placeChanged(.group, keep: ref.group) }
        if let year = next.year, year.value != ref.year { throw PortalError.placeChanged(.year, keep: String(ref.year)) }
        guard !isCoordinator, let pillar = before?.pillar?.value else { return }
        if next.pillar?.value != pillar { throw PortalError.placeChanged(.pillar, keep: pillar) }
    }

    /// A text's front matter, nil when it cannot be read (such a text has errors and goes
    /// nowhere). Only the front matter is read: the Markdown need not be parsed for it.
    static func frontMatter(of text: String, ref: FragmentID) -> FrontMatter? {
        FragmentLoader.load(text: text, id: ref, path: "", extent: .frontMatter).0?.frontMatter
    }

    /// The `status` a front matter gives: `final` when it says nothing.
    static func status(of frontMatter: FrontMatter) -> FrontMatter.Status { frontMatter.status?.value ?? .final }

    /// The `status` a fragment's text gives it: `draft` for a group with no file yet (a new
    /// text starts as one), `final` when the front matter says nothing, nil when the front
    /// matter cannot be read (such a text has errors and goes nowhere).
    static func status(of text: String?, ref: FragmentID) -> FrontMatter.Status? {
        guard let text else { return .draft }
        return frontMatter(of: text, ref: ref).map(status(of:))
    }

    /// Writes the file, then records the version, the audit entry and the transition (if the
    /// change is a step of the workflow) in one transaction; only then is it acknowledged.
    func commit(
        _ ref: FragmentID, data: Data, text: String, over current: PortalStore.Contents, author: String, kind: SavedVersion.Kind,
        transition: Transition? = nil
    ) throws -> SaveOutcome {
        let version = ContentVersion.of(data)
        do throws(PortalStore.Failure) {
            // A first save creates the file only if none appeared meanwhile.
            try store.write(ref, data: data, create: current.data == nil)
        } catch .store(.exists) {
            return .conflict(current: Loaded(contents: try read(ref)))
        } catch {
            throw PortalError.storage(Self.describe(error, path: store.displayPath(ref)))
        }
        let time = now()
        try database.pool.write { db in
            var saved = SavedVersion(
                id: nil, year: ref.year, groupID: ref.group, version: version, text: text, author: author, kind: kind, time: time)
            try saved.insert(db)
            var entry = AuditEntry(
                time: time, actor: author, action: kind.rawValue, year: ref.year, groupID: ref.group,
                detail: transition?.comment.map { "\(version): \($0)" } ?? version)
            try entry.insert(db)
            if var transition {
                transition.time = time
                transition.version = version
                try transition.insert(db)
            }
        }
        return .saved(version: version, changed: true)
    }

    /// The saved versions, newest first (the text left out).
    func history(_ ref: FragmentID) throws -> [SavedVersion] {
        _ = try load(ref)
        return try database.pool.read { db in
            try SavedVersion.filter(Column("year") == ref.year && Column("groupID") == ref.group).order(Column("id").desc).fetchAll(db)
        }
    }

    func savedVersion(_ ref: FragmentID, version: String) throws -> SavedVersion? {
        try database.pool.read { db in
            try SavedVersion.filter(Column("year") == ref.year && Column("groupID") == ref.group && Column("version") == version)
                .order(Column("id").desc).fetchOne(db)
        }
    }

    /// The last recorded change of every fragment of a year, for the dashboard.
    func lastChanges(year: Int) throws -> [String: SavedVersion] {
        try database.pool.read { db in
            let rows = try SavedVersion.fetchAll(
                db,
                sql: """
                    SELECT * FROM savedVersion WHERE id IN (SELECT MAX(id) FROM savedVersion WHERE year = ? GROUP BY groupID)
                    """, arguments: [year])
            return Dictionary(rows.map { ($0.groupID, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    func read(_ ref: FragmentID) throws -> PortalStore.Contents {
        do throws(PortalStore.Failure) {
            return try store.read(ref)
        } catch .tooLarge {
            throw PortalError.tooLarge
        } catch {
            throw PortalError.storage(Self.describe(error, path: store.displayPath(ref)))
        }
    }

    private static func describe(_ failure: PortalStore.Failure, path: String) -> Message {
        switch failure {
        case .tooLarge: Message(nl: "het bestand is groter dan 2 MB", en: "the file is larger than 2 MB")
        case .store(let error): error.message(path: path)
        }
    }

    /// Records the file as a version of its own when the history does not end with it: it was
    /// changed outside the portal (or a crash came between writing and recording).
    func recordIfChangedOutside(_ ref: FragmentID, _ contents: PortalStore.Contents) throws {
        guard let text = contents.text else { return }
        let version = contents.version
        let time = now()
        // Most reads find the history up to date: a read transaction tells, without the writer.
        let known = try database.pool.read { db in
            try SavedVersion.filter(Column("year") == ref.year && Column("groupID") == ref.group).order(Column("id").desc)
                .fetchOne(db)?.version == version
        }
        guard !known else { return }
        try database.pool.write { db in
            let last = try SavedVersion.filter(Column("year") == ref.year && Column("groupID") == ref.group).order(Column("id").desc)
                .fetchOne(db)
            guard last?.version != version else { return }
            var saved = SavedVersion(
                id: nil, year: ref.year, groupID: ref.group, version: version, text: text, author: Self.outsideAuthor, kind: .external,
                time: time)
            try saved.insert(db)
            var entry = AuditEntry(
                time: time, actor: Self.outsideAuthor, action: "external", year: ref.year, groupID: ref.group, detail: version)
            try entry.insert(db)
        }
    }
}

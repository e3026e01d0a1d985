import Foundation
import GRDB

/// The portal's own state in SQLite (`.jaarverslag/portal.sqlite` under the root): the
/// invitations (only hashes of their tokens), sessions, every saved version of every fragment
/// and the audit log. The fragment files stay the source of truth; this is their history.
///
/// One `DatabasePool` in WAL mode: readers never wait for the writer, and every write goes
/// through the pool's single writer, so two saves can never interleave.
public struct PortalDatabase: Sendable {
    public let pool: DatabasePool

    /// A read, synchronous also when called from async code. The portal never uses GRDB's
    /// `async` variants: an async read holds one of the pool's readers across a suspension,
    /// and when every thread of Swift's cooperative pool (two, on two cores) is blocked in a
    /// synchronous read waiting for a reader, that task can never resume to give its reader
    /// back. The load test (20 secretaries) found it: the server stopped answering within a
    /// minute. A synchronous read or write never waits for a task while it holds a connection.
    public func read<T>(_ block: (Database) throws -> T) throws -> T {
        try pool.read(block)
    }

    /// A write, synchronous also from async code (see `read`).
    public func write<T>(_ block: (Database) throws -> T) throws -> T {
        try pool.write(block)
    }

    /// The file under a root: `.jaarverslag/portal.sqlite`.
    public static func location(root: URL) -> URL {
        root.appendingPathComponent(".jaarverslag").appendingPathComponent("portal.sqlite")
    }

    /// Opens (and creates or migrates) the database under `root`.
    public init(root: URL) throws {
        let url = Self.location(root: root)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        // An acknowledged save must survive a crash of the machine, not only of the process.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: url.path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: invitations, sessions, versions, audit") { db in
            try db.create(table: "invitation") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("tokenHash", .text).notNull().unique()
                table.column("role", .text).notNull()
                table.column("year", .integer)
                table.column("groupID", .text)
                table.column("name", .text)
                table.column("email", .text)
                table.column("createdAt", .datetime).notNull()
                table.column("expiresAt", .datetime).notNull()
                table.column("revokedAt", .datetime)
            }
            try db.create(table: "session") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("tokenHash", .text).notNull().unique()
                table.column("invitationID", .integer).notNull().indexed().references("invitation", onDelete: .cascade)
                table.column("csrfToken", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "savedVersion") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("year", .integer).notNull()
                table.column("groupID", .text).notNull()
                table.column("version", .text).notNull()
                table.column("text", .text).notNull()
                table.column("author", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("time", .datetime).notNull()
            }
            try db.create(index: "savedVersion_fragment", on: "savedVersion", columns: ["year", "groupID", "id"])
            try db.create(table: "auditEntry") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("time", .datetime).notNull()
                table.column("actor", .text).notNull()
                table.column("action", .text).notNull()
                table.column("year", .integer)
                table.column("groupID", .text)
                table.column("detail", .text)
            }
        }
        // Issue 17: the editorial workflow. Each hand-in, approval, return and withdrawal, with
        // who, when, the coordinator's comment and the version of the file it produced.
        migrator.registerMigration("v2: editorial transitions") { db in
            try db.create(table: "transition") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("year", .integer).notNull()
                table.column("groupID", .text).notNull()
                table.column("action", .text).notNull()
                table.column("actor", .text).notNull()
                table.column("time", .datetime).notNull()
                table.column("comment", .text)
                table.column("version", .text).notNull()
            }
            try db.create(index: "transition_fragment", on: "transition", columns: ["year", "groupID", "id"])
        }
        return migrator
    }
}

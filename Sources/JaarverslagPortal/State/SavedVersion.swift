import Foundation
import GRDB

/// One version of a fragment as it was on disk: saved in the portal, restored, or found
/// changed outside it. `version` is the SHA-256 of the file's bytes.
public struct SavedVersion: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public enum Kind: String, Codable, Sendable {
        case save
        case restore
        /// The file changed outside the portal (an editor, `check --fix`, `git pull`).
        case external
        /// A step of the editorial workflow, which rewrites the front matter's `status`.
        case submit
        case approve
        case `return`
        case withdraw
    }

    public var id: Int64?
    public var year: Int
    public var groupID: String
    public var version: String
    public var text: String
    public var author: String
    public var kind: Kind
    public var time: Date

    public static let databaseTableName = "savedVersion"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

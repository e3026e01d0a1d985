import Foundation
import GRDB

/// One step of a fragment through the editorial workflow: handed in, approved, sent back
/// with a comment, or taken back by the secretary. `version` is the file it produced.
public struct Transition: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public enum Action: String, Codable, Sendable, CaseIterable {
        /// The secretary hands the text in (draft → submitted).
        case submit
        /// The coordinator approves it (→ final).
        case approve
        /// The coordinator sends it back with a comment (→ draft).
        case `return`
        /// The secretary takes a handed-in text back to change it (submitted → draft).
        case withdraw
    }

    public var id: Int64?
    public var year: Int
    public var groupID: String
    public var action: Action
    public var actor: String
    public var time: Date
    public var comment: String?
    public var version: String

    public static let databaseTableName = "transition"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

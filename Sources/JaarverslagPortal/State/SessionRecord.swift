import Foundation
import GRDB

/// A signed-in browser: the hash of its cookie's token, the invitation it came from, and the
/// CSRF token its page sends back with every change.
struct SessionRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var tokenHash: String
    var invitationID: Int64
    var csrfToken: String
    var createdAt: Date
    var expiresAt: Date

    static let databaseTableName = "session"

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

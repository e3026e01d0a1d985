import Foundation
import GRDB

/// Who did what and when: logins, saves, restores, invitations and revocations. Never a token.
public struct AuditEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var time: Date
    public var actor: String
    public var action: String
    public var year: Int?
    public var groupID: String?
    public var detail: String?

    public static let databaseTableName = "auditEntry"

    public init(time: Date, actor: String, action: String, year: Int? = nil, groupID: String? = nil, detail: String? = nil) {
        self.time = time
        self.actor = actor
        self.action = action
        self.year = year
        self.groupID = groupID
        self.detail = detail
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

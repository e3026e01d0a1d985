import Foundation
import GRDB

/// A personal login link: for one group of one year (a secretary), or for everything (the
/// coordinator). Only the SHA-256 of its token is kept, so the database alone lets no one in.
public struct Invitation: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public enum Role: String, Codable, Sendable {
        case secretary
        case coordinator
    }

    public var id: Int64?
    public var tokenHash: String
    public var role: Role
    /// The year and group a secretary may edit; nil for the coordinator.
    public var year: Int?
    public var groupID: String?
    public var name: String?
    public var email: String?
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?

    public static let databaseTableName = "invitation"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Who did something, as the history and the audit log show it.
    public var displayName: String {
        if let name, !name.isEmpty { return name }
        if let email, !email.isEmpty { return email }
        switch role {
        case .coordinator: return "coördinator"
        case .secretary: return "secretaris \(groupID ?? "")"
        }
    }

    public func isUsable(at now: Date) -> Bool {
        revokedAt == nil && expiresAt > now
    }
}

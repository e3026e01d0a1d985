import Foundation
import GRDB

/// Invitations and sessions: the only way in. `invite` makes a personal link, `login`
/// exchanges its token for a session, `revoke` closes an invitation and every session that
/// came from it.
public struct Invitations: Sendable {
    public let database: PortalDatabase
    public let now: @Sendable () -> Date

    /// A session lasts a working day, and never longer than its invitation.
    public static let sessionLifetime: TimeInterval = 12 * 3600
    public static let defaultValidity: TimeInterval = 90 * 24 * 3600

    public init(database: PortalDatabase, now: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        self.now = now
    }

    /// Makes an invitation and returns it with its token: the token is shown once, here, and
    /// only its hash is kept.
    public func invite(
        role: Invitation.Role, year: Int?, group: String?, name: String?, email: String?,
        validFor: TimeInterval = Invitations.defaultValidity
    ) throws -> (invitation: Invitation, token: String) {
        let token = Token.make()
        let created = now()
        var invitation = Invitation(
            id: nil, tokenHash: Token.hash(token), role: role, year: year, groupID: group, name: name, email: email,
            createdAt: created, expiresAt: created.addingTimeInterval(validFor), revokedAt: nil)
        try database.write { db in
            try invitation.insert(db)
            var entry = AuditEntry(
                time: created, actor: "beheer", action: "invite", year: year, groupID: group,
                detail: "uitnodiging \(invitation.id ?? 0) voor \(invitation.displayName)")
            try entry.insert(db)
        }
        return (invitation, token)
    }

    /// What to revoke: one invitation, every invitation of a group in a year, or every
    /// coordinator invitation.
    public enum Target: Sendable {
        case invitation(Int64)
        case group(String, year: Int)
        case coordinators
    }

    /// Revokes the invitations and ends their sessions at once. Returns how many were revoked.
    @discardableResult
    public func revoke(_ target: Target) throws -> Int {
        let time = now()
        return try database.write { db in
            let request: QueryInterfaceRequest<Invitation>
            switch target {
            case .invitation(let id): request = Invitation.filter(Column("id") == id)
            case .group(let group, let year):
                request = Invitation.filter(Column("groupID") == group && Column("year") == year && Column("role") == "secretary")
            case .coordinators: request = Invitation.filter(Column("role") == "coordinator")
            }
            var count = 0
            for var invitation in try request.filter(Column("revokedAt") == nil).fetchAll(db) {
                invitation.revokedAt = time
                try invitation.update(db)
                try SessionRecord.filter(Column("invitationID") == invitation.id).deleteAll(db)
                var entry = AuditEntry(
                    time: time, actor: "beheer", action: "revoke", year: invitation.year, groupID: invitation.groupID,
                    detail: "uitnodiging \(invitation.id ?? 0) van \(invitation.displayName)")
                try entry.insert(db)
                count += 1
            }
            return count
        }
    }

    public func all() throws -> [Invitation] {
        try database.read { db in try Invitation.order(Column("id")).fetchAll(db) }
    }

    /// Exchanges a login token for a new session. Nil for a token that is unknown, expired or
    /// revoked: the caller cannot tell which, and neither can whoever guesses.
    func login(token: String) async throws -> (token: String, session: Session)? {
        guard Token.isWellFormed(token) else { return nil }
        let hash = Token.hash(token)
        let time = now()
        let sessionToken = Token.make()
        let csrf = Token.make()
        return try database.write { db -> (String, Session)? in
            guard let invitation = try Invitation.filter(Column("tokenHash") == hash).fetchOne(db), invitation.isUsable(at: time),
                let invitationID = invitation.id
            else { return nil }
            // Sessions that have run out are cleared away as new ones are made.
            try SessionRecord.filter(Column("expiresAt") < time).deleteAll(db)
            let expires = min(time.addingTimeInterval(Self.sessionLifetime), invitation.expiresAt)
            var record = SessionRecord(
                id: nil, tokenHash: Token.hash(sessionToken), invitationID: invitationID, csrfToken: csrf, createdAt: time,
                expiresAt: expires)
            try record.insert(db)
            var entry = AuditEntry(
                time: time, actor: invitation.displayName, action: "login", year: invitation.year, groupID: invitation.groupID)
            try entry.insert(db)
            return (sessionToken, Session(id: record.id ?? 0, invitation: invitation, csrfToken: csrf))
        }
    }

    /// The session a cookie belongs to, if it is still valid and its invitation still stands.

    func session(cookie token: String) async throws -> Session? {
        guard Token.isWellFormed(token) else { return nil }
        let hash = Token.hash(token)
        let time = now()
        return try database.read { db -> Session? in
            guard let record = try SessionRecord.filter(Column("tokenHash") == hash).fetchOne(db), record.expiresAt > time,
                let invitation = try Invitation.fetchOne(db, key: record.invitationID), invitation.isUsable(at: time)
            else { return nil }
            return Session(id: record.id ?? 0, invitation: invitation, csrfToken: record.csrfToken)
        }
    }

    func logout(_ session: Session) async throws {
        let time = now()
        try database.write { db in
            _ = try SessionRecord.deleteOne(db, key: session.id)
            var entry = AuditEntry(
                time: time, actor: session.author, action: "logout", year: session.invitation.year, groupID: session.invitation.groupID)
            try entry.insert(db)
        }
    }
}

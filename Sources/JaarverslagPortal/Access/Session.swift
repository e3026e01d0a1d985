/// A signed-in person, as every route sees them: who they are and what they may touch.
public struct Session: Sendable, Hashable {
    public var id: Int64
    public var invitation: Invitation
    public var csrfToken: String

    public var role: Invitation.Role { invitation.role }
    public var isCoordinator: Bool { invitation.role == .coordinator }
    public var author: String { invitation.displayName }

    /// Whether this session may read and write the group's fragment of the year. The
    /// coordinator may touch every group; a secretary only the group and year invited for.
    public func mayEdit(year: Int, group: String) -> Bool {
        isCoordinator || (invitation.year == year && invitation.groupID == group)
    }
}

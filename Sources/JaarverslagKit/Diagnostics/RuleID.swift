/// A stable name for a kind of finding, printed as `[rule-id]`.
///
/// Rule ids are part of the tool's interface: scripts and the fuzz corpus match on them,
/// so an id is never renamed once released. Each is written once, in its `Rule` declaration.
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A stable name for a kind of finding, printed as `[rule-id]`.
///
/// Rule ids are part of the tool's interface: scripts and the fuzz corpus match on them,
/// so an id is never renamed once released.
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// A value together with the place it was written, so later stages can still point at it.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var location: TextLocation

    public init(_ value: Value, at location: TextLocation) {
        self.value = value
        self.location = location
    }
}

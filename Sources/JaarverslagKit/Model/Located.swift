/// A value together with the place it was written, so later stages can still point at it.
///
/// `Value` is unconstrained, and `Hashable` and `Sendable` are conditional: a constraint on the
/// type itself is checked by the runtime whenever it makes the metadata of a `Located<…>`
/// (for instance to destroy an optional one), and each such first check searched every
/// protocol conformance of the program.
public struct Located<Value> {
    public var value: Value
    public var location: TextLocation

    public init(_ value: Value, at location: TextLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}

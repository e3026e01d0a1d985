/// Which fragment: a report year and the group id its file is named after
/// (`fragments/<year>/<group>.md`). The stages identify fragments by it, never by a path.
///
/// A file whose name is not a valid group id still has an id (its name without `.md`);
/// validation reports the name.
public struct FragmentID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var group: String

    public init(year: Int, group: String) {
        self.year = year
        self.group = group
    }

    /// The file name in the year's folder.
    public var fileName: String { group + ".md" }

    public var description: String { "\(year)/\(group)" }

    public static func < (lhs: FragmentID, rhs: FragmentID) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        return lhs.group.utf8.lexicographicallyPrecedes(rhs.group.utf8)
    }
}

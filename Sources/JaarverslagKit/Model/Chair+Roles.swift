/// How chairs and trekkers are printed: grouped by role, each group with its Dutch label,
/// `Trekkers: Dordrecht en Apeldoorn`. Shared by the renderers that show them.
extension Chair {
    /// `Jan Hamming (Zaanstad)`, or the city alone when no name is known.
    public var displayName: String {
        name.map { "\($0) (\(city))" } ?? city
    }

    /// The chairs by role, roles in the order they first appear, chairs in their own order.
    public static func byRole(_ chairs: [Chair]) -> [(role: Role, chairs: [Chair])] {
        var groups: [(role: Role, chairs: [Chair])] = []
        for chair in chairs {
            if let index = groups.firstIndex(where: { $0.role == chair.role }) {
                groups[index].chairs.append(chair)
            } else {
                groups.append((chair.role, [chair]))
            }
        }
        return groups
    }
}

extension Chair.Role {
    /// `voorzitter` or `voorzitters`, `trekker` or `trekkers`: the word printed before the names.
    public func label(count: Int) -> String {
        count == 1 ? rawValue : rawValue + "s"
    }
}

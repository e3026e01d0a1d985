/// The member cities of a year, sorted the Dutch way and ready to print as prose:
/// `De 41 gemeenten van de G40 zijn: Alkmaar, …, Zoetermeer en Zwolle.`
public struct MemberList: Hashable, Sendable {
    /// Sorted with `DutchCollation`.
    public var cities: [String]
    /// `G40`
    public var networkShortName: String
    /// Cities that joined since an earlier year, in a report that shows its changes.
    public var joined: Set<String> = []

    public init(cities: [String], networkShortName: String) {
        self.cities = DutchCollation.sorted(cities)
        self.networkShortName = networkShortName
    }

    /// `De 41 gemeenten van de G40 zijn: `
    public var lead: String {
        cities.count == 1
            ? "De enige gemeente van de \(networkShortName) is: "
            : "De \(cities.count) gemeenten van de \(networkShortName) zijn: "
    }

    /// The cities joined as Dutch prose, with `en` before the last and a closing full stop.
    public var prose: String {
        Self.dutchEnumeration(cities) + "."
    }

    public var sentence: String { lead + prose }

    static func dutchEnumeration(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " en " + items.last!
        }
    }
}

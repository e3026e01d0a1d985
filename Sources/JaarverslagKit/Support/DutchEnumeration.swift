/// Lists the Dutch way: `Delft`, `Delft en Deventer`, `Delft, Deventer en Ede`.
public enum DutchEnumeration {
    /// What goes before item `index` of `count` items: nothing, `, ` or ` en `.
    static func separator(before index: Int, of count: Int) -> String {
        index == 0 ? "" : index == count - 1 ? " en " : ", "
    }

    public static func join(_ items: [String]) -> String {
        items.indices.map { separator(before: $0, of: items.count) + items[$0] }.joined()
    }
}

import Foundation

/// Sorts names the way a Dutch reader expects, independent of the machine's locale:
/// a leading `’s-` or `'s-` is ignored (`’s-Hertogenbosch` sorts under H), accents and
/// case do not count, and ties are broken by the exact text so the order is total.
public enum DutchCollation {
    public static func sortKey(_ name: String) -> String {
        var text = name
        for prefix in ["’s-", "'s-", "‘s-", "’s ", "'s "] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        return text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// Sorted with each key computed once.
    public static func sorted(_ names: [String]) -> [String] {
        names.map { (sortKey($0), $0) }.sorted { a, b in
            if a.0 != b.0 { return Array(a.0.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.0.unicodeScalars.map(\.value)) }
            return Array(a.1.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.1.unicodeScalars.map(\.value))
        }.map(\.1)
    }

    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let (keyA, keyB) = (sortKey(a), sortKey(b))
        if keyA != keyB { return Array(keyA.unicodeScalars.map(\.value)).lexicographicallyPrecedes(keyB.unicodeScalars.map(\.value)) }
        return Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }
}

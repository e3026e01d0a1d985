/// When two spellings name the same city: `'s-Hertogenbosch` and `’s-Hertogenbosch` (straight
/// and curly apostrophes, as Word and a keyboard make them), letter case, and spaces around
/// and doubled. Used wherever a city from one place is looked up in another list; the printed
/// name is always the manifest's own.
enum CityName {
    static func key(_ name: String) -> String {
        var key = ""
        var lastWasSpace = true
        for character in name.lowercased() {
            switch character {
            case "'", "‘", "’", "ʼ", "`", "´", "′":
                key.append("’")
                lastWasSpace = false
            case " ", "\t", "\u{00A0}":
                if !lastWasSpace { key.append(" ") }
                lastWasSpace = true
            default:
                key.append(character)
                lastWasSpace = false
            }
        }
        return key.hasSuffix(" ") ? String(key.dropLast()) : key
    }

    /// The keys of a list of names, made once: a member list is looked up for every chair
    /// and every member, and making each key again would make those checks quadratic.
    static func keys(_ list: [String]) -> Set<String> {
        Set(list.map(key))
    }

    /// The closest name in `list` that is one or two letters off (`Deveter` → `Deventer`), never
    /// the name itself.
    static func closest(to name: String, in list: [String]) -> String? {
        let wanted = Array(key(name))
        var best: (name: String, distance: Int)?
        for candidate in list {
            let distance = Suggestion.editDistance(wanted, Array(key(candidate)))
            guard distance > 0, distance <= max(1, min(2, wanted.count / 4)) else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.name
    }
}

/// When two spellings name the same city: `'s-Hertogenbosch` and `’s-Hertogenbosch` (straight
/// and curly apostrophes, as Word and a keyboard make them), letter case, and spaces around
/// and doubled. Used wherever a city from one place is looked up in another list; the printed
/// name is always the manifest's own.
enum CityName {
    static func key(_ name: String) -> String {
        plainKey(name) ?? keyByCharacters(name)
    }

    /// The key of a plain name (ASCII, and the curly apostrophes of `’s-Hertogenbosch`) scalar
    /// by scalar, or nil for any other name: the same rules without comparing each character
    /// as a `Character` (which made the member checks of a manifest cost millions of
    /// instructions). `NameShortcutTests` holds it to `keyByCharacters`.
    static func plainKey(_ name: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var lastWasSpace = true
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x27, 0x60, 0x2018, 0x2019:
                key += "’".utf8
                lastWasSpace = false
            case 0x20, 0x09:
                if !lastWasSpace { key.append(0x20) }
                lastWasSpace = true
            case 0x41...0x5A:
                key.append(UInt8(scalar.value) | 0x20)
                lastWasSpace = false
            case 0x00...0x7F:
                key.append(UInt8(scalar.value))
                lastWasSpace = false
            default: return nil
            }
        }
        if key.last == 0x20 { key.removeLast() }
        return String(decoding: key, as: UTF8.self)
    }

    /// The key character by character, for any name.
    static func keyByCharacters(_ name: String) -> String {
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

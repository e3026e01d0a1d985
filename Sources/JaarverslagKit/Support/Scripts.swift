/// The writing system a letter belongs to, as far as telling look-alikes apart needs: a Latin
/// `a` and a Cyrillic `а` look the same and lead to different places.
enum Script: Hashable, Sendable, CustomStringConvertible {
    case latin, greek, cyrillic, armenian, hebrew, arabic, georgian, cherokee, thai, devanagari
    /// Chinese, Japanese and Korean, which mix their own scripts by nature.
    case cjk
    /// A letter of another script, named by its code point's 128-character block.
    case other(UInt32)

    /// The script of a letter; nil for digits, punctuation, marks and everything else shared.
    init?(of scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x250...0x2AF, 0x1E00...0x1EFF, 0x2C60...0x2C7F,
            0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            self = .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x530...0x58F: self = .armenian
        case 0x590...0x5FF: self = .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF: self = .arabic
        case 0x10A0...0x10FF: self = .georgian
        case 0x13A0...0x13FF, 0xAB70...0xABBF: self = .cherokee
        case 0xE00...0xE7F: self = .thai
        case 0x900...0x97F: self = .devanagari
        case 0x1100...0x11FF, 0x3040...0x30FF, 0x3100...0x312F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF: self = .cjk
        default:
            guard scalar.properties.isAlphabetic, !scalar.properties.isDiacritic, scalar.properties.generalCategory != .nonspacingMark
            else { return nil }
            self = .other(value & ~0x7F)
        }
    }

    /// The scripts of the letters of `text`, in order of first appearance.
    static func of(_ text: some StringProtocol) -> [Script] {
        var seen: [Script] = []
        for scalar in text.unicodeScalars {
            if let script = Script(of: scalar), !seen.contains(script) { seen.append(script) }
        }
        return seen
    }

    /// The script's name in Dutch.
    var dutchName: String {
        switch self {
        case .latin: return "Latijns"
        case .greek: return "Grieks"
        case .cyrillic: return "Cyrillisch"
        case .armenian: return "Armeens"
        case .hebrew: return "Hebreeuws"
        case .arabic: return "Arabisch"
        case .georgian: return "Georgisch"
        case .cherokee: return "Cherokee"
        case .thai: return "Thai"
        case .devanagari: return "Devanagari"
        case .cjk: return "Chinees, Japans of Koreaans"
        case .other: return description
        }
    }

    public var description: String {
        switch self {
        case .latin: return "Latin"
        case .greek: return "Greek"
        case .cyrillic: return "Cyrillic"
        case .armenian: return "Armenian"
        case .hebrew: return "Hebrew"
        case .arabic: return "Arabic"
        case .georgian: return "Georgian"
        case .cherokee: return "Cherokee"
        case .thai: return "Thai"
        case .devanagari: return "Devanagari"
        case .cjk: return "CJK"
        case .other(let block): return "U+" + String(block, radix: 16, uppercase: true).leftPadded(to: 4) + "…"
        }
    }
}

/// Turns fuzz bytes into the structure of a YAML front matter rather than into raw text, so
/// that the fuzzer explores what YAML can express: block and flow collections, every scalar
/// style and escape, anchors, aliases and tags in every position a node can carry them,
/// quoted and complex keys, tabs and invisible line breaks. It records what it put in, so the
/// target can say what the reader must have refused.
struct YAMLGenerator {
    private let bytes: [UInt8]
    private var index = 0
    private(set) var text = ""
    /// An anchor or alias was written where YAML takes it as one.
    private(set) var usedAnchor = false
    /// A double-quoted escape for a character XML 1.0 forbids was written.
    private(set) var usedForbiddenEscape = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func next() -> Int {
        defer { index += 1 }
        return index < bytes.count ? Int(bytes[index]) : 0
    }

    private mutating func choose(_ count: Int) -> Int { next() % count }

    static let keys = [
        "year", "pillar", "group", "title", "status", "order", "chairs", "secretary", "formerly", "signature", "meetings", "ignore",
        "name", "city", "role", "email", "x", "tïtel", "",
    ]
    static let words = [
        "2099", "sociaal", "geval", "Geval", "draft", "final", "Delft", "~", "null", "yes", "3", "2099-03-14", "a: b", "# c", "- d",
    ]
    static let escapes = ["\\x01", "\\e", "\\0", "\\uFFFE", "\\t", "\\n", "\\u2028", "\\x41", "\\\"", "\\\\", "\\U0001F600", "\\_"]
    static let forbiddenEscapes: Set<String> = ["\\x01", "\\e", "\\0", "\\uFFFE"]

    /// A whole front matter: a block mapping of a few fields.
    mutating func frontMatter() -> String {
        for _ in 0..<(1 + choose(8)) {
            if choose(6) == 0 { text += "? " } else if choose(8) == 0 { quoted(Self.keys[choose(Self.keys.count)]) }
            text += Self.keys[choose(Self.keys.count)] + separator() + ":" + separator()
            node(depth: 0, block: true, indent: "  ")
            text += "\n"
        }
        return text
    }

    private mutating func separator() -> String {
        switch choose(12) {
        case 0: return "\t"
        case 1: return "\u{2028}"
        case 2: return ""
        default: return " "
        }
    }

    /// Anchor, alias or tag where a node may carry one.
    private mutating func properties() {
        switch choose(10) {
        case 0:
            text += "&a\(choose(3)) "
            usedAnchor = true
        case 1:
            text += "!!str "
        case 2:
            text += "!custom "
        default: break
        }
    }

    private mutating func node(depth: Int, block: Bool, indent: String) {
        if depth < 6, choose(7) == 0 {
            text += "*a\(choose(3))"
            usedAnchor = true
            return
        }
        properties()
        switch depth < 6 ? choose(6) : 0 {
        case 1:
            text += "["
            for item in 0..<choose(4) {
                if item > 0 { text += "," + separator() }
                node(depth: depth + 1, block: false, indent: indent)
            }
            text += "]"
        case 2:
            text += "{"
            for item in 0..<choose(4) {
                if item > 0 { text += ", " }
                node(depth: depth + 1, block: false, indent: indent)
                text += ": "
                node(depth: depth + 1, block: false, indent: indent)
            }
            text += "}"
        case 3 where block:
            for _ in 0..<(1 + choose(3)) {
                text += "\n" + indent + "- "
                node(depth: depth + 1, block: true, indent: indent + "  ")
            }
        case 4 where block:
            for _ in 0..<(1 + choose(3)) {
                text += "\n" + indent + Self.keys[choose(Self.keys.count)] + ": "
                node(depth: depth + 1, block: true, indent: indent + "  ")
            }
        case 5:
            quoted(Self.words[choose(Self.words.count)])
        default:
            text += Self.words[choose(Self.words.count)]
        }
    }

    /// A quoted scalar, with escapes in the double-quoted style.
    private mutating func quoted(_ word: String) {
        if choose(2) == 0 {
            text += "'" + word.replacingOccurrences(of: "'", with: "''") + "'"
            return
        }
        text += "\"" + word
        for _ in 0..<choose(3) {
            let escape = Self.escapes[choose(Self.escapes.count)]
            if Self.forbiddenEscapes.contains(escape) { usedForbiddenEscape = true }
            text += escape
        }
        text += "\""
    }
}

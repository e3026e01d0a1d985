/// Refuses YAML features that a fragment never needs and that can be used against the
/// compiler: anchors and aliases (`&a`, `*a`, the "billion laughs" expansion) and custom tags.
enum YAMLSafety {
    struct Problem {
        var message: Message
        var fix: Message
        var line: Int
        var column: Int
    }

    static func problem(in yaml: String) -> Problem? {
        // Almost no front matter has either character; then there is nothing to look at.
        guard yaml.containsByte(UInt8(ascii: "&")) || yaml.containsByte(UInt8(ascii: "*")) else { return nil }
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var inSingle = false
            var inDouble = false
            var previous: Character = " "
            for (offset, character) in line.enumerated() {
                if character == "#" && !inSingle && !inDouble && (previous == " " || offset == 0) { break }
                if character == "'" && !inDouble { inSingle.toggle() }
                if character == "\"" && !inSingle { inDouble.toggle() }
                let startsToken = offset == 0 || previous == " " || previous == "[" || previous == "," || previous == "-"
                if !inSingle && !inDouble && startsToken && (character == "&" || character == "*") {
                    let rest = line.dropFirst(offset + 1)
                    if let next = rest.first, next.isLetter || next.isNumber || next == "_" {
                        return Problem(message: Messages.anchor, fix: Messages.anchorFix, line: index + 1, column: offset + 1)
                    }
                }
                previous = character
            }
        }
        return nil
    }

    enum Messages {
        static let anchor = Message(
            nl: "YAML-ankers en -verwijzingen (`&naam`, `*naam`) worden in kopgegevens niet ondersteund",
            en: "YAML anchors and aliases (`&name`, `*name`) are not supported in front matter")
        static let anchorFix = Message(
            nl: "schrijf de waarde voluit, of zet tekst die met & of * begint tussen aanhalingstekens",
            en: "write the value out in full, or quote text that starts with & or *")
    }
}

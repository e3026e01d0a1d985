/// Text raised or lowered in Word (`w:vertAlign`, `<sup>`, `<sub>`): m², CO₂, 10⁶. Markdown has
/// no superscript, and written as plain text "m2" says something else, so digits and their
/// signs become the Unicode characters that look the same. Anything else raised (the `e` of
/// `1e`) stays as it is written: a reader understands it on the line too.
enum RaisedDigits {
    enum Position: Sendable {
        case raised, lowered

        /// From Word's `w:vertAlign` value.
        init?(word value: String?) {
            switch value {
            case "superscript": self = .raised
            case "subscript": self = .lowered
            default: return nil
            }
        }
    }

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻",
        "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾",
    ]
    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋",
        "−": "₋", "=": "₌", "(": "₍", ")": "₎",
    ]

    /// The text in raised or lowered characters when every character has one (spaces aside);
    /// nil otherwise, and the text is kept as written.
    static func map(_ text: String, _ position: Position) -> String? {
        let table = position == .raised ? superscripts : subscripts
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        var result = ""
        for character in text {
            if character.isWhitespace {
                result.append(character)
            } else if let mapped = table[character] {
                result.append(mapped)
            } else {
                return nil
            }
        }
        return result
    }
}

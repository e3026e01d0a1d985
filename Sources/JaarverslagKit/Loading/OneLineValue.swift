/// Every text in a front matter or manifest (a title, a name, a city, a group id) is printed
/// as one line: a heading, a signature, an item of the member list. YAML can still put a line
/// break in one (`"\n"`, `"\L"`, a block written with `|`), a tab, or an invisible character
/// written as an escape (`"\u200B"`), which the check of the file's raw text cannot see. The
/// text output would then break a heading in two, and the diff would call an unchanged title
/// renamed; so such a value is refused, with where it is and what to type instead.
enum OneLineValue {
    /// The value without the white space and line ends around it (what a block scalar ends with).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isEdge($0) }), let last = scalars.lastIndex(where: { !isEdge($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    /// The first character that keeps `text` from being one line of visible text, and how it
    /// was written; nil when there is none. `fileText` tells an escape from a character typed
    /// as it is (which the raw-text checks report, with their fix).
    static func problem(in text: String, fileText: String) -> Problem? {
        for scalar in text.unicodeScalars {
            // The ones XML forbids are refused where the YAML is read.
            if XMLCharacters.isForbidden(scalar) { continue }
            if isLineEnd(scalar) { return .lineBreak(scalar) }
            if InvisibleCharacters.isControl(scalar) { return .control(scalar) }
            if InvisibleCharacters.isBidiControl(scalar) || InvisibleCharacters.isZeroWidth(scalar),
                !fileText.unicodeScalars.contains(scalar)
            {
                return .escapedInvisible(scalar)
            }
        }
        return nil
    }

    enum Problem: Equatable {
        case lineBreak(Unicode.Scalar)
        /// A tab, DEL or a C1 control character.
        case control(Unicode.Scalar)
        case escapedInvisible(Unicode.Scalar)

        func message(key: String) -> Message {
            switch self {
            case .lineBreak(let scalar):
                Message(
                    nl: "de waarde van `\(key)` loopt over meer dan één regel (regelovergang \(InvisibleCharacters.code(scalar))); "
                        + "in het verslag is dit één regel",
                    en: "the value of `\(key)` runs over more than one line (line break \(InvisibleCharacters.code(scalar))); "
                        + "the report prints it as one line")
            case .control(let scalar) where scalar == "\t":
                Message(nl: "de waarde van `\(key)` bevat een tab", en: "the value of `\(key)` holds a tab")
            case .control(let scalar):
                Message(
                    nl: "de waarde van `\(key)` bevat het stuurteken \(InvisibleCharacters.code(scalar))",
                    en: "the value of `\(key)` holds the control character \(InvisibleCharacters.code(scalar))")
            case .escapedInvisible(let scalar):
                Message(
                    nl: "de waarde van `\(key)` bevat het onzichtbare teken \(InvisibleCharacters.code(scalar)), geschreven als escape "
                        + "(`\\u\(hex(scalar))`)",
                    en: "the value of `\(key)` holds the invisible character \(InvisibleCharacters.code(scalar)), written as an escape "
                        + "(`\\u\(hex(scalar))`)")
            }
        }

        var fix: Message {
            switch self {
            case .lineBreak:
                Message(
                    nl: "schrijf de waarde op één regel, zonder `\\n`, `\\L`, `\\N` of `\\P` en niet als blok met `|` of `>`",
                    en: "write the value on one line, without `\\n`, `\\L`, `\\N` or `\\P`, and not as a block with `|` or `>`")
            case .control(let scalar) where scalar == "\t":
                Message(nl: "maak van de tab (`\\t`) een spatie", en: "make the tab (`\\t`) a space")
            case .control, .escapedInvisible:
                Message(nl: "verwijder de escape met de backslash uit de waarde", en: "remove the backslash escape from the value")
            }
        }

        private func hex(_ scalar: Unicode.Scalar) -> String {
            String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
    }

    private static func isEdge(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || isLineEnd(scalar)
    }

    private static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || InvisibleCharacters.isLineSeparator(scalar)
    }
}

extension Rule {
    static let oneLineValue = Rule(
        "one-line-value", .error, stage: .loading,
        summary: Message(
            nl: "een titel, naam of plaats die niet één regel zichtbare tekst is: een regelovergang (`\\n`, `\\L`, een blok), "
                + "een tab, of een onzichtbaar teken als escape (`\\u200B`)",
            en: "a title, name or place that is not one line of visible text: a line break (`\\n`, `\\L`, a block), "
                + "a tab, or an invisible character as an escape (`\\u200B`)"))
}

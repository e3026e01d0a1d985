/// The one place that makes text from the input safe to print. File names, group ids, titles
/// and the lines of a file are the user's, and may hold what a terminal or a CI system acts on:
/// escape sequences, a line break that starts a forged diagnostic, a bidirectional override
/// that turns the rest of a line around. Every printer passes such text through here, each
/// in the form its output needs; messages of our own contain none of it.
public enum PrintableText {
    /// Whether a terminal, log viewer or editor would act on the character instead of showing it.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        InvisibleCharacters.isControl(scalar) || InvisibleCharacters.isLineSeparator(scalar)
            || InvisibleCharacters.isBidiControl(scalar)
    }

    /// For a terminal: each unsafe character becomes one visible one, so a caret under a line
    /// still stands under the same column. C0 controls and DEL show as their Control Pictures
    /// (`␛` for ESC, `␊` for a line break), everything else as `�`.
    public static func terminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    guard isUnsafe(scalar) else { return scalar }
                    if scalar.value < 0x20 { return Unicode.Scalar(0x2400 + scalar.value)! }
                    if scalar.value == 0x7F { return "\u{2421}" }
                    return "\u{FFFD}"
                }))
    }

    /// For JSON that `JSONEncoder` wrote: it escapes C0 controls in strings itself (the line
    /// breaks left are its own layout); the other unsafe characters become `\uXXXX` too, which
    /// keeps every value exact.
    public static func json(_ encoded: String) -> String {
        let escapes = { (scalar: Unicode.Scalar) in scalar.value >= 0x20 && isUnsafe(scalar) }
        guard encoded.unicodeScalars.contains(where: escapes) else { return encoded }
        var result = String.UnicodeScalarView()
        for scalar in encoded.unicodeScalars {
            if escapes(scalar) {
                result.append(contentsOf: "\\u\(String(scalar.value, radix: 16).leftPadded(to: 4))".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A file name exactly as its bytes are, for a name that is not valid UTF-8: the valid
    /// parts as they are (made safe for a terminal), each other byte as `\xE9`.
    public static func fileName(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            var length = 0
            for candidate in 1...4 where index + candidate <= bytes.count {
                if String(validating: bytes[index..<(index + candidate)], as: UTF8.self) != nil {
                    length = candidate
                    break
                }
            }
            if length > 0 {
                result += String(decoding: bytes[index..<(index + length)], as: UTF8.self)
                index += length
            } else {
                result += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return terminal(result)
    }
}

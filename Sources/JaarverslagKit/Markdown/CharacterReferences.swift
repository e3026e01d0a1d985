/// Numeric character references (`&#1;`, `&#x1B;`) in a line of Markdown, decoded the way
/// CommonMark decodes them, so that a character cmark produced can be traced to where it
/// was written.
enum CharacterReferences {
    struct Reference {
        var scalar: Unicode.Scalar
        /// As written: `&#x1B;`.
        var written: String
        /// Where the `&` is, in bytes from the start of the line.
        var byteOffset: Int
    }

    static func numeric(in line: Substring) -> [Reference] {
        let bytes = Array(line.utf8)
        var references: [Reference] = []
        var index = 0
        while index + 3 < bytes.count {
            guard bytes[index] == UInt8(ascii: "&"), bytes[index + 1] == UInt8(ascii: "#") else {
                index += 1
                continue
            }
            let hex = bytes[index + 2] == UInt8(ascii: "x") || bytes[index + 2] == UInt8(ascii: "X")
            var cursor = index + (hex ? 3 : 2)
            let digitsStart = cursor
            var value: UInt32 = 0
            while cursor < bytes.count, cursor - digitsStart < (hex ? 6 : 7), let digit = Self.digit(bytes[cursor], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") else {
                index += 1
                continue
            }
            // CommonMark: U+0000, surrogates and values beyond Unicode become U+FFFD.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            references.append(
                Reference(
                    scalar: scalar ?? "\u{FFFD}", written: String(decoding: bytes[index...cursor], as: UTF8.self), byteOffset: index))
            index = cursor + 1
        }
        return references
    }

    /// The text with each numeric reference replaced by the character cmark decodes it to.
    static func decoded(_ text: Substring) -> String {
        let references = numeric(in: text)
        guard !references.isEmpty else { return String(text) }
        var bytes = Array(text.utf8)
        for reference in references.reversed() {
            bytes.replaceSubrange(
                reference.byteOffset..<(reference.byteOffset + reference.written.utf8.count), with: Array(String(reference.scalar).utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}

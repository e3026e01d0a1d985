/// The characters XML 1.0 cannot hold, wherever a text ends up in the report: raw in a file,
/// written as a YAML escape (`"\x01"`), or as a character reference that cmark decodes
/// (`&#1;`). One definition, used by the checks of every input and by the XML writer itself.
enum XMLCharacters {
    /// XML 1.0 allows tab, LF, CR, and everything from U+0020 except U+FFFE and U+FFFF (a Swift
    /// string cannot hold a lone surrogate: decoding refuses it as invalid UTF-8 first).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// The first forbidden character of `text`, if any. A byte scan rules out almost every
    /// text at once: control bytes, or the last two bytes of U+FFFE / U+FFFF (EF BF BE / EF BF BF).
    static func firstForbidden(in text: some StringProtocol) -> Unicode.Scalar? {
        guard mayContainForbidden(text) else { return nil }
        return text.unicodeScalars.first(where: isForbidden)
    }

    /// Asked of every text the tool reads, so eight bytes at a time: a word with no byte
    /// below 0x20 and no 0xBF (and no 0xBF just before it) cannot hold one, and only the
    /// rare other words are looked at byte by byte. `XMLCharactersTests` holds it to
    /// `mayContainForbiddenByBytes`.
    static func mayContainForbidden(_ text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var previous: UInt8 = 0
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let below20 = (word &- ones &* 0x20) & ~word & highs
                let bf = word ^ (ones &* 0xBF)
                let hasBF = (bf &- ones) & ~bf & highs
                if below20 != 0 || hasBF != 0 || previous == 0xBF {
                    if hasForbiddenBytes(UnsafeBufferPointer(rebasing: bytes[offset..<(offset + 8)]), after: previous) { return true }
                }
                previous = bytes[offset + 7]
                offset += 8
            }
            return hasForbiddenBytes(UnsafeBufferPointer(rebasing: bytes[offset...]), after: previous)
        }
    }

    /// The test byte by byte: what `mayContainForbidden` means.
    static func mayContainForbiddenByBytes(_ text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { hasForbiddenBytes($0, after: 0) }
    }

    private static func hasForbiddenBytes(_ bytes: UnsafeBufferPointer<UInt8>, after start: UInt8) -> Bool {
        var previous = start
        for byte in bytes {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            if byte >= 0xBE && previous == 0xBF { return true }
            previous = byte
        }
        return false
    }

    enum Messages {
        static func forbidden(_ scalar: Unicode.Scalar) -> Message {
            Message(
                nl: "onzichtbaar stuurteken \(InvisibleCharacters.code(scalar)) (vaak meegekopieerd uit Word of PDF)",
                en: "invisible control character \(InvisibleCharacters.code(scalar)) (often copied along from Word or PDF)")
        }
        /// A YAML value that holds one once its escapes are read (`"\x01"`, `"\e"`).
        static func inValue(_ scalar: Unicode.Scalar) -> Message {
            Message(
                nl:
                    "deze waarde bevat het onzichtbare stuurteken \(InvisibleCharacters.code(scalar)) (geschreven als escape, zoals `\\x01` of `\\e`), dat XML niet kan bevatten",
                en:
                    "this value holds the invisible control character \(InvisibleCharacters.code(scalar)) (written as an escape such as `\\x01` or `\\e`), which XML cannot hold"
            )
        }
        static let valueFix = Message(
            nl: "verwijder de escape met de backslash uit de waarde", en: "remove the backslash escape from the value")
        /// A character reference in the Markdown (`&#1;`) that cmark turns into one.
        static func reference(_ scalar: Unicode.Scalar, written: String) -> Message {
            Message(
                nl: "`\(written)` staat voor het onzichtbare stuurteken \(InvisibleCharacters.code(scalar)), dat XML niet kan bevatten",
                en: "`\(written)` stands for the invisible control character \(InvisibleCharacters.code(scalar)), which XML cannot hold")
        }
        static let referenceFix = Message(
            nl: "verwijder de tekenverwijzing `&#…;`", en: "remove the character reference `&#…;`")
        static let fix = Message(
            nl: "verwijder het teken of typ de tekst op die plek opnieuw", en: "delete the character or retype the text there")
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

extension Rule {
    static let forbiddenCharacter = Rule(
        "forbidden-character", .error, stage: .fragment,
        summary: Message(
            nl: "stuurtekens die XML 1.0 verbiedt, ook als YAML-escape of tekenverwijzing (`\\x01`, `&#1;`)",
            en: "control characters that XML 1.0 forbids, also as a YAML escape or character reference (`\\x01`, `&#1;`)"))
}

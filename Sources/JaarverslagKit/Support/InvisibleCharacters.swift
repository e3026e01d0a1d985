/// Characters that change how text looks or where it goes without being seen: control
/// characters, bidirectional overrides, zero-width characters and line separators. Links,
/// names and everything the tool prints are checked against these one definitions.
enum InvisibleCharacters {
    /// C0 and C1 control characters and DEL (tab and line ends included).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Marks, embeddings, overrides and isolates that reorder the text around them
    /// (`‮` turns `gpj.exe` into what reads as `exe.jpg`).
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The bidirectional controls that change the order of the text after them (embeddings,
    /// overrides, isolates, and their ends), unlike a mark.
    static func isReordering(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and the like,
    /// with their presentation forms), by block.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }

    /// Characters with no width that split or join words unseen, and the soft hyphen.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180E, 0x200B...0x200D, 0x2060...0x2064, 0x3164,
            0xFE00...0xFE0F, 0xFEFF, 0xFFA0:
            return true
        default: return false
        }
    }

    /// What YAML and many editors and terminals take for the end of a line, besides LF and CR:
    /// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Any of the above.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isBidiControl(scalar) || isZeroWidth(scalar) || isLineSeparator(scalar)
    }

    /// Whether `text` shows nothing at all: only white space and invisible characters.
    static func isVisiblyEmpty(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || isInvisible($0) }
    }

    /// `U+202E`
    static func code(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }
}

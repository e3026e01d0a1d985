/// Control characters (pasted from Word or PDF: form feeds, NUL, vertical tabs) are not
/// allowed in XML 1.0; a file containing them would not open in any DocBook tool.
struct ForbiddenCharacterRule: ValidationRule {
    let rules: [Rule] = [.forbiddenCharacter]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.fragments.flatMap { fragment -> [Diagnostic] in
            guard Self.mayContainForbidden(fragment.text) else { return [] }
            var diagnostics: [Diagnostic] = []
            var line = 1
            var column = 1
            for scalar in fragment.text.unicodeScalars {
                if scalar == "\n" {
                    line += 1
                    column = 1
                    continue
                }
                if Self.isForbidden(scalar) {
                    diagnostics.append(
                        Diagnostic(
                            .forbiddenCharacter, Messages.forbidden(scalar),
                            at: TextLocation(path: fragment.path, line: line, column: column),
                            fix: Messages.fix, sourceLine: fragment.line(line).map(Self.visible)))
                    if diagnostics.count >= 20 { return diagnostics }
                }
                column += 1
            }
            return diagnostics
        }
    }

    /// A byte scan that rules out most files at once: control bytes, or the last two bytes
    /// of U+FFFE / U+FFFF (EF BF BE / EF BF BF).
    static func mayContainForbidden(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                if byte >= 0xBE && previous == 0xBF { return true }
                previous = byte
            }
            return false
        }
    }

    /// XML 1.0 allows tab, LF, CR and everything from U+0020 except U+FFFE and U+FFFF.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// The line with control characters shown as `�`, so the caret still lines up.
    static func visible(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
    }

    enum Messages {
        static func forbidden(_ scalar: Unicode.Scalar) -> Message {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return Message(
                nl: "onzichtbaar stuurteken \(code) (vaak meegekopieerd uit Word of PDF)",
                en: "invisible control character \(code) (often copied along from Word or PDF)")
        }
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
        summary: Message(nl: "stuurtekens die XML 1.0 verbiedt", en: "control characters that XML 1.0 forbids"))
}

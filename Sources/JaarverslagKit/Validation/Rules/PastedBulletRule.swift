/// Bullets pasted from Word as characters (`•`, `·`, `▪`, Word's symbol-font bullet U+F0B7) at
/// the start of a line: Markdown does not see a list and runs the lines into one paragraph. A
/// bullet character there is certainly a bullet and becomes `- `; `–` and `o` (Word's second
/// level) may also start a sentence or mean a deeper level, so for them the fix is offered.
struct PastedBulletRule: ValidationRule {
    let rules: [Rule] = [.pastedBullet]

    /// Characters that are only ever a bullet at the start of a line.
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "●", "■", "►", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F076}"]
    /// Characters that may be a bullet, or something else.
    static let maybeBullets: Set<Unicode.Scalar> = ["–", "—", "o"]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            return body.lines.compactMap { line in Self.diagnostic(line, in: body) }
        }
    }

    static func diagnostic(_ line: BodyText.Line, in body: BodyText) -> Diagnostic? {
        let scalars = line.text.unicodeScalars
        guard let markerIndex = scalars.firstIndex(where: { $0 != " " }) else { return nil }
        let marker = scalars[markerIndex]
        let certain = bullets.contains(marker)
        guard certain || maybeBullets.contains(marker) else { return nil }
        var textStart = scalars.index(after: markerIndex)
        while textStart < scalars.endIndex, [" ", "\t", "\u{00A0}"].contains(scalars[textStart]) {
            textStart = scalars.index(after: textStart)
        }
        // A bullet is followed by white space and then the item's text.
        guard textStart > scalars.index(after: markerIndex), textStart < scalars.endIndex else { return nil }
        let shown = Messages.shown(marker)
        var diagnostic = Diagnostic(
            .pastedBullet, certain ? Messages.pasted(shown) : Messages.perhaps(shown), at: body.location(line, markerIndex),
            fix: certain ? Messages.fix(shown) : Messages.offered(shown), sourceLine: String(line.text))
        if certain {
            diagnostic.edits = [TextEdit(range: body.byteRange(line, markerIndex..<textStart), replacement: "- ")]
        }
        return diagnostic
    }

    enum Messages {
        /// Word's symbol-font bullets are private-use characters that a terminal shows as nothing.
        static func shown(_ marker: Unicode.Scalar) -> String {
            (0xE000...0xF8FF).contains(marker.value) ? "U+" + String(marker.value, radix: 16, uppercase: true) : String(marker)
        }
        static func pasted(_ marker: String) -> Message {
            Message(
                nl: "`\(marker)` aan het begin van de regel is een opsommingsteken uit Word; zo wordt het geen opsomming, "
                    + "maar komen de regels achter elkaar in één alinea",
                en: "`\(marker)` at the start of the line is a bullet from Word; it does not make a list, "
                    + "and the lines would run into one paragraph")
        }
        static func perhaps(_ marker: String) -> Message {
            Message(
                nl: "`\(marker)` aan het begin van de regel lijkt een opsommingsteken uit Word; zo wordt het geen opsomming, "
                    + "maar komen de regels achter elkaar in één alinea",
                en: "`\(marker)` at the start of the line looks like a bullet from Word; it does not make a list, "
                    + "and the lines would run into one paragraph")
        }
        static func fix(_ marker: String) -> Message {
            Message(nl: "schrijf `- ` in plaats van `\(marker)`", en: "write `- ` instead of `\(marker)`")
        }
        static func offered(_ marker: String) -> Message {
            Message(
                nl:
                    "is het een opsomming, schrijf dan `- ` in plaats van `\(marker)` (twee spaties ervoor voor een punt onder het vorige punt)",
                en: "if it is a list, write `- ` instead of `\(marker)` (two spaces before it for an item under the previous one)")
        }
    }
}

extension Rule {
    static let pastedBullet = Rule(
        "pasted-bullet", .warning, stage: .lint, ignorable: true,
        fix: .automatic(Message(nl: "`- ` in plaats van `•`, `·`, `▪` of U+F0B7", en: "`- ` instead of `•`, `·`, `▪` or U+F0B7")),
        summary: Message(
            nl: "opsommingstekens uit Word aan het begin van een regel (`•`, `·`, U+F0B7; `–` en `o` alleen gemeld)",
            en: "bullets from Word at the start of a line (`•`, `·`, U+F0B7; `–` and `o` reported only)"))
}

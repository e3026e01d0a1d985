import Foundation

/// Doubled spaces inside a line and non-breaking spaces, both left behind by Word and PDF.
/// Indentation at the start of a line is Markdown structure and is left alone.
struct SpacingRule: ValidationRule {
    static let doubled = NSRegularExpression(#"(?<=\S) {2,}(?=\S)"#)
    static let nonBreaking = NSRegularExpression("\u{00A0}+")

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.fragments.flatMap { fragment -> [Diagnostic] in
            // Most fragments have neither; then their lines need not be looked at.
            guard Self.hasDoubleSpace(fragment.text) || fragment.text.containsBytes("\u{00A0}") else { return [] }
            let body = year.body(fragment)
            let doubled = body.matches(Self.doubled, when: { $0.containsBytes("  ") }).map { match in
                var diagnostic = Diagnostic(.warning, "double-space", Messages.doubled, at: body.location(match.line, match.range.lowerBound),
                                            fix: Messages.doubledFix, sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: " ")]
                return diagnostic
            }
            let nonBreaking = body.matches(Self.nonBreaking, when: { $0.containsBytes("\u{00A0}") }).map { match in
                var diagnostic = Diagnostic(.warning, "nbsp", Messages.nonBreaking, at: body.location(match.line, match.range.lowerBound),
                                            fix: Messages.nonBreakingFix, sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: " ")]
                return diagnostic
            }
            return doubled + nonBreaking
        }
    }

    /// Two spaces in a row anywhere. A plain loop: memchr stops at every space.
    static func hasDoubleSpace(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 32 && previous == 32 { return true }
                previous = byte
            }
            return false
        }
    }

    enum Messages {
        static let doubled = Message(nl: "twee of meer spaties achter elkaar", en: "two or more spaces in a row")
        static let doubledFix = Message(nl: "gebruik één spatie", en: "use one space")
        static let nonBreaking = Message(nl: "een harde (niet-afbrekende) spatie uit Word", en: "a non-breaking space from Word")
        static let nonBreakingFix = Message(nl: "vervang haar door een gewone spatie", en: "replace it by a normal space")
    }
}

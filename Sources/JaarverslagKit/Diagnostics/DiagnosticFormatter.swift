/// Prints diagnostics the way compilers do, so editors can jump to them:
/// `path:line:column: error: message [rule-id]`, then the source line with a caret,
/// then the fix and any notes. Everything that comes from the input goes through
/// `PrintableText.terminal`, so no file name or line can forge or colour a line.
public struct DiagnosticFormatter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let safe = PrintableText.terminal
        let severityWord = DiagnosticFormatter.Messages.severity(diagnostic.severity).text(language)
        var lines = [
            "\(safe(diagnostic.location.description)): \(severityWord): \(safe(diagnostic.message.text(language))) [\(diagnostic.rule)]"
        ]
        if let source = diagnostic.sourceLine {
            let (shown, column) = Self.window(source, column: max(diagnostic.location.column, 1))
            lines.append("    " + safe(shown))
            // The shown line has every tab as `␉`, one column wide, so the padding is spaces.
            lines.append("    " + String(repeating: " ", count: shown.prefix(column - 1).count) + "^")
        }
        if let fix = diagnostic.fix {
            lines.append("    " + Messages.fixLabel.text(language) + safe(fix.text(language)))
        }
        for note in diagnostic.notes {
            lines.append(safe(note.location.description) + ": " + Messages.noteLabel.text(language) + safe(note.message.text(language)))
        }
        return lines.joined(separator: "\n")
    }

    /// A pasted paragraph is one long line; only the part around the column is shown, so the
    /// caret stays on the screen. Returns the part and the column in it.
    static func window(_ line: String, column: Int, width: Int = 100) -> (String, Int) {
        guard line.utf8.count > width else { return (line, column) }
        let characters = Array(line)
        guard characters.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 3, characters.count - width))
        let end = min(characters.count, start + width)
        let head = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        return (head + String(characters[start..<end]) + tail, column - start + head.count)
    }

    /// A failure that stopped a command: the findings behind it, then the failure itself,
    /// located when it is one place (`path:line: error: …`), else as `jaarverslag: …`.
    public func format(_ failure: any CommandFailure) -> String {
        var lines = failure.diagnostics.map(format)
        let message = PrintableText.terminal(failure.message.text(language))
        if let location = failure.location {
            lines.append(PrintableText.terminal(location.description) + ": " + Messages.severity(.error).text(language) + ": " + message)
        } else {
            lines.append("jaarverslag: " + message)
        }
        return lines.joined(separator: "\n")
    }

    /// The one-line summary printed on stdout after a check.
    public func summary(_ diagnostics: [Diagnostic], fragmentCount: Int) -> String {
        Messages.summary(fragments: fragmentCount, errors: diagnostics.errorCount, warnings: diagnostics.warningCount).text(language)
    }
}

extension DiagnosticFormatter {
    enum Messages {
        static func severity(_ severity: Severity) -> Message {
            switch severity {
            case .error: return Message(nl: "fout", en: "error")
            case .warning: return Message(nl: "waarschuwing", en: "warning")
            }
        }
        static let fixLabel = Message(nl: "oplossing: ", en: "fix: ")
        static let noteLabel = Message(nl: "opmerking: ", en: "note: ")

        static func summary(fragments: Int, errors: Int, warnings: Int) -> Message {
            Message(
                nl: "\(fragments) \(fragments == 1 ? "fragment" : "fragmenten") gecontroleerd: "
                    + "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
                en: "\(fragments) \(fragments == 1 ? "fragment" : "fragments") checked: "
                    + "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        }
    }
}

/// Prints diagnostics the way compilers do, so editors can jump to them:
/// `path:line:column: error: message [rule-id]`, then the source line with a caret,
/// then the fix and any notes.
public struct DiagnosticFormatter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let severityWord: String
        switch (diagnostic.severity, language) {
        case (.error, .nl): severityWord = "fout"
        case (.warning, .nl): severityWord = "waarschuwing"
        case (.error, .en): severityWord = "error"
        case (.warning, .en): severityWord = "warning"
        }
        var lines = ["\(diagnostic.location): \(severityWord): \(diagnostic.message.text(language)) [\(diagnostic.rule)]"]
        if let source = diagnostic.sourceLine {
            lines.append("    " + source)
            let column = max(diagnostic.location.column, 1)
            let padding = String(source.prefix(column - 1).map { $0 == "\t" ? "\t" : " " })
            lines.append("    " + padding + "^")
        }
        if let fix = diagnostic.fix {
            lines.append("    " + (language == .nl ? "oplossing: " : "fix: ") + fix.text(language))
        }
        for note in diagnostic.notes {
            lines.append("\(note.location): " + (language == .nl ? "opmerking: " : "note: ") + note.message.text(language))
        }
        return lines.joined(separator: "\n")
    }

    /// The one-line summary printed on stdout after a check.
    public func summary(_ diagnostics: [Diagnostic], fragmentCount: Int) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        switch language {
        case .nl:
            return "\(fragmentCount) \(fragmentCount == 1 ? "fragment" : "fragmenten") gecontroleerd: "
                + "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
        case .en:
            return "\(fragmentCount) \(fragmentCount == 1 ? "fragment" : "fragments") checked: "
                + "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        }
    }
}

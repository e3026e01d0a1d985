import Foundation

/// Machine-readable forms of a list of diagnostics, for scripts and CI systems.
public enum DiagnosticReport {
    /// `check --format json`: a versioned, stable document.
    public static func json(_ diagnostics: [Diagnostic], year: Int, fragmentCount: Int, language: Language) -> String {
        let document = Document(
            schemaVersion: 1, year: year, fragments: fragmentCount, errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
            diagnostics: diagnostics.map { diagnostic in
                Entry(
                    path: diagnostic.location.path, line: diagnostic.location.line, column: diagnostic.location.column,
                    severity: diagnostic.severity.rawValue, rule: diagnostic.rule.id.rawValue, message: diagnostic.message.text(language),
                    fix: diagnostic.fix?.text(language), fixable: !diagnostic.edits.isEmpty,
                    notes: diagnostic.notes.map {
                        Note(
                            path: $0.location.path, line: $0.location.line, column: $0.location.column,
                            message: $0.message.text(language))
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return PrintableText.json(String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)) + "\n"
    }

    /// `check --format github`: workflow commands that GitHub Actions shows as annotations.
    public static func github(_ diagnostics: [Diagnostic], language: Language) -> String {
        diagnostics.map { diagnostic in
            var properties = ["file=\(escapeProperty(PrintableText.terminal(diagnostic.location.path)))"]
            if diagnostic.location.line > 0 { properties.append("line=\(diagnostic.location.line)") }
            if diagnostic.location.column > 0 { properties.append("col=\(diagnostic.location.column)") }
            properties.append("title=\(escapeProperty(diagnostic.rule.id.rawValue))")
            // The text is made safe first; the line break before the fix is ours, escaped below.
            var message = PrintableText.terminal(diagnostic.message.text(language))
            if let fix = diagnostic.fix {
                message += "\n" + DiagnosticFormatter.Messages.fixLabel.text(language) + PrintableText.terminal(fix.text(language))
            }
            return "::\(diagnostic.severity == .error ? "error" : "warning") \(properties.joined(separator: ","))::\(escapeData(message))"
        }.joined(separator: "\n") + (diagnostics.isEmpty ? "" : "\n")
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(
            of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    struct Document: Codable {
        var schemaVersion: Int
        var year: Int
        var fragments: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    struct Entry: Codable {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var rule: String
        var message: String
        var fix: String?
        var fixable: Bool
        var notes: [Note]
    }

    struct Note: Codable {
        var path: String
        var line: Int
        var column: Int
        var message: String
    }
}

import Foundation
import JaarverslagKit

/// The compiler's verdict on one fragment's text, as the page shows it: the diagnostics of
/// that fragment (the year checked with this text in its place) and the section rendered.
struct FragmentCheck: Sendable {
    var diagnostics: [DiagnosticPayload]
    var errors: Int { diagnostics.filter { $0.severity == "error" }.count }
    var warnings: Int { diagnostics.filter { $0.severity == "warning" }.count }
    /// The first line of the body, so the page can tell front matter from text.
    var bodyLine: Int?
    var preview: SectionPreview?

    static func run(_ ref: FragmentID, text: String, store: PortalStore, language: Language, preview wantsPreview: Bool) -> FragmentCheck {
        guard let result = store.check(ref, text: text) else {
            return FragmentCheck(diagnostics: [], bodyLine: nil, preview: nil)
        }
        let path = store.displayPath(ref)
        let own = result.diagnostics.filter { $0.location.path == path }
        let fragment = result.sources.fragments.first { $0.path == path }
        var check = FragmentCheck(
            diagnostics: own.map { DiagnosticPayload($0, language: language) }, bodyLine: fragment?.bodyLine, preview: nil)
        if wantsPreview {
            check.preview = SectionPreview.render(path: path, from: result)
        }
        return check
    }

    /// The text with one finding's certain fix applied (the one `check --fix` would make), or
    /// nil when the text no longer has that finding or its fix is not certain. The finding is
    /// named as the page shows it: rule, line and column.
    static func fixing(_ ref: FragmentID, text: String, rule: String, line: Int, column: Int, store: PortalStore) -> String? {
        guard let result = store.check(ref, text: text) else { return nil }
        let path = store.displayPath(ref)
        guard let fragment = result.sources.fragments.first(where: { $0.path == path }),
            let finding = result.diagnostics.first(where: {
                $0.location.path == path && $0.rule.id.rawValue == rule && $0.location.line == line && $0.location.column == column
                    && !$0.edits.isEmpty
            })
        else { return nil }
        return TextEdit.apply(finding.edits, to: fragment.text).text
    }
}

/// One diagnostic as JSON: where (line and column in the fragment's text), how bad, which
/// rule, and what to do, in the page's language.
struct DiagnosticPayload: Codable, Sendable, Hashable {
    var severity: String
    var rule: String
    var message: String
    var fix: String?
    var line: Int
    var column: Int
    /// What goes with the message: the importer lists each Word comment it left out here.
    var notes: [String]?
    /// The fix is certain, and the page may make it at a click (`POST /api/{year}/fix`).
    var fixable: Bool?

    init(_ diagnostic: Diagnostic, language: Language) {
        severity = diagnostic.severity == .error ? "error" : "warning"
        rule = diagnostic.rule.id.rawValue
        message = diagnostic.message.text(language)
        fix = diagnostic.fix?.text(language)
        line = diagnostic.location.line
        column = diagnostic.location.column
        notes = diagnostic.notes.isEmpty ? nil : diagnostic.notes.map { $0.message.text(language) }
        fixable = diagnostic.edits.isEmpty ? nil : true
    }
}

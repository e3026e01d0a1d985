import JaarverslagKit

/// What must hold for any input, checked by every target.
public enum Invariants {
    /// Every diagnostic prints as lines of its own, with nothing a terminal acts on.
    public static func printSafely(_ diagnostics: [Diagnostic]) {
        for language in Language.allCases {
            for diagnostic in diagnostics {
                let text = DiagnosticFormatter(language: language).format(diagnostic)
                precondition(
                    !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) },
                    "a diagnostic prints a control character: \(text.debugDescription)")
                let expected = 1 + (diagnostic.sourceLine == nil ? 0 : 2) + (diagnostic.fix == nil ? 0 : 1) + diagnostic.notes.count
                precondition(
                    text.split(separator: "\n", omittingEmptySubsequences: false).count == expected,
                    "a diagnostic prints extra lines: \(text)")
            }
        }
        _ = DiagnosticReport.json(diagnostics, year: 2099, fragmentCount: 1, language: .nl)
        _ = DiagnosticReport.github(diagnostics, language: .nl)
    }

    /// A report that passed every check renders, and its DocBook is valid.
    public static func renders(_ report: Report) {
        let outputs: [(name: String, contents: String)]
        do {
            outputs = try Pipeline.render(report)
        } catch {
            preconditionFailure("a checked report is refused by a renderer: \(error.message.en)")
        }
        let violations = schema.violations(in: outputs[0].contents)
        precondition(violations.isEmpty, "a checked report gives invalid DocBook: \(violations)")
    }

    /// Parsed once: validating is a few milliseconds, parsing the schema more.
    static let schema = try! DocBookSchema.subset()
}

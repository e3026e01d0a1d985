/// What the importer found while reading a document: everything it could not carry over, or
/// carried over differently, each with where it was. Turned into diagnostics at the end,
/// located in the .docx and phrased for a secretary.
struct ImportFindings {
    struct Finding {
        var rule: Rule
        var message: Message
        var fix: Message?
        var position: ImportPosition?
        var notes: [ImportPosition] = []
    }

    private(set) var findings: [Finding] = []

    mutating func add(_ rule: Rule, _ message: Message, fix: Message? = nil, at position: ImportPosition?) {
        findings.append(Finding(rule: rule, message: message, fix: fix, position: position))
    }

    mutating func add(_ finding: Finding) {
        findings.append(finding)
    }

    /// In the order of the document, as a secretary goes through it in Word (the stages that
    /// find them run one after the other); findings about the whole document come last.
    func diagnostics(path: String) -> [Diagnostic] {
        func place(_ index: Int) -> (Int, Int, Int) {
            guard let position = findings[index].position else { return (Int.max, 0, index) }
            return (position.paragraph, position.after ? 1 : 0, index)
        }
        return findings.indices.sorted { place($0) < place($1) }.map { findings[$0] }.map { finding in
            let message =
                finding.position.map { position in
                    Message(
                        nl: "\(position.description.nl): \(finding.message.nl)", en: "\(position.description.en): \(finding.message.en)")
                } ?? finding.message
            return Diagnostic(
                finding.rule, message, at: TextLocation(path: path), fix: finding.fix,
                notes: finding.notes.map { .init(message: $0.description, location: TextLocation(path: path)) })
        }
    }
}

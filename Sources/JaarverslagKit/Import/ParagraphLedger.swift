/// Where a reader is in a document, for the places of its findings: how many paragraphs with
/// text it has read and the first words of the last one. Findings met inside a paragraph
/// wait until the paragraph ends, when it is known whether it has text of its own.
struct ParagraphLedger {
    private(set) var findings = ImportFindings()
    private var pending: [ImportFindings.Finding] = []
    private var visibleParagraphs = 0
    private var lastText = ""

    /// A finding in the paragraph being read.
    mutating func pend(_ rule: Rule, _ message: Message, fix: Message? = nil) {
        pending.append(.init(rule: rule, message: message, fix: fix, position: nil))
    }

    /// A finding with a place of its own, or none.
    mutating func add(_ finding: ImportFindings.Finding) {
        findings.add(finding)
    }

    /// Ends a paragraph with these runs: counts it when it has text, and places the waiting
    /// findings in it, or after the last paragraph with text.
    mutating func close(_ runs: [ImportedRun]) -> (position: ImportPosition, hasText: Bool) {
        let text = runs.map(\.text).joined()
        let hasText = text.unicodeScalars.contains { !ImportedRun.isSpace($0) }
        if hasText {
            visibleParagraphs += 1
            lastText = text
        }
        let position = ImportPosition(paragraph: visibleParagraphs, text: lastText, after: !hasText)
        place(at: position)
        return (position, hasText)
    }

    /// Places the waiting findings after the last paragraph with text (a table, an image on a
    /// line of its own).
    mutating func closeBlock() {
        place(at: after)
    }

    var after: ImportPosition {
        ImportPosition(paragraph: visibleParagraphs, text: lastText, after: true)
    }

    private mutating func place(at position: ImportPosition) {
        for var finding in pending {
            finding.position = finding.position ?? position
            findings.add(finding)
        }
        pending = []
    }
}

/// A short bold line standing alone, as Word headings come out when pasted (`**Woningbouwimpuls**`):
/// the report prints it as a bold paragraph, not as a heading that opens a sub-section. Whether
/// a heading was meant is the secretary's call, so the fix is offered.
struct BoldLineRule: ValidationRule {
    let rules: [Rule] = [.boldLine]

    /// Longer than this, a bold line is a sentence that is stressed, not a heading.
    static let maxLength = 80

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment in
            fragment.body.indices.compactMap { index -> Diagnostic? in
                let block = fragment.body[index]
                guard let title = Self.boldLine(block) else { return nil }
                // Right under a `##` heading a bold line is the third level a section cannot
                // have (the importer writes it so): as a heading it would leave the one above
                // it without text.
                if index > 0, case .heading(let level, _) = fragment.body[index - 1].kind, level >= MarkdownParser.maxHeadingLevel {
                    return nil
                }
                return Diagnostic(
                    .boldLine, Messages.found(title), at: block.location, fix: Messages.fix(title),
                    sourceLine: fragment.line(block.location.line))
            }
        }
    }

    /// The text of a paragraph that is one bold run on one line, short, and not a sentence.
    static func boldLine(_ block: Block) -> String? {
        guard case .paragraph(let inlines) = block.kind else { return nil }
        let content = inlines.filter { if case .text(let text) = $0 { !text.isBlank } else { true } }
        guard content.count == 1, case .strong(let children) = content[0], !children.contains(.softBreak) else { return nil }
        let text = children.plainText.trimmingSpaces()
        guard !text.isEmpty, text.count <= maxLength, let last = text.last, !".!?;,".contains(last) else { return nil }
        return text
    }

    enum Messages {
        static func found(_ title: String) -> Message {
            Message(
                nl: "`\(title)` staat vet op een eigen regel; het verslag drukt dat af als vette alinea, niet als tussenkop",
                en: "`\(title)` stands bold on a line of its own; the report prints a bold paragraph, not a heading")
        }
        static func fix(_ title: String) -> Message {
            Message(
                nl: "is het een tussenkop, schrijf dan `# \(title)`; anders laat u het zo",
                en: "if it is a heading, write `# \(title)`; otherwise leave it")
        }
    }
}

extension Rule {
    static let boldLine = Rule(
        "bold-line", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "een tussenkop `# …`", en: "a heading `# …`")),
        summary: Message(
            nl: "een korte vette regel op zich, waar waarschijnlijk een tussenkop bedoeld was",
            en: "a short bold line on its own, where a heading was probably meant"))
}

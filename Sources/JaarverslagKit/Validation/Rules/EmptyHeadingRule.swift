/// A sub-heading must have text, and be followed by text: a section without a title or
/// without content is not valid DocBook and reads as a mistake in print.
struct EmptyHeadingRule: ValidationRule {
    let rules: [Rule] = [.emptyHeading]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            for (index, block) in fragment.body.enumerated() {
                guard case .heading(let level, let inlines) = block.kind else { continue }
                if InvisibleCharacters.isVisiblyEmpty(inlines.plainText) {
                    diagnostics.append(
                        Diagnostic(
                            .emptyHeading, Messages.noText, at: block.location, fix: Messages.noTextFix,
                            sourceLine: fragment.line(block.location.line)))
                    continue
                }
                var hasContent = false
                if index + 1 < fragment.body.count {
                    if case .heading(let nextLevel, _) = fragment.body[index + 1].kind {
                        hasContent = nextLevel > level
                    } else {
                        hasContent = true
                    }
                }
                if !hasContent {
                    diagnostics.append(
                        Diagnostic(
                            .emptyHeading, Messages.empty, at: block.location, fix: Messages.fix,
                            sourceLine: fragment.line(block.location.line)))
                }
            }
            return diagnostics
        }
    }

    enum Messages {
        static let empty = Message(nl: "onder deze tussenkop staat geen tekst", en: "this heading has no text below it")
        static let fix = Message(nl: "schrijf tekst onder de tussenkop of verwijder haar", en: "write text below the heading or remove it")
        static let noText = Message(nl: "deze tussenkop heeft geen tekst", en: "this heading has no text")
        static let noTextFix = Message(
            nl: "schrijf de tekst van de kop achter het `#`-teken, of verwijder de regel",
            en: "write the heading's text after the `#`, or remove the line")
    }
}

extension Rule {
    static let emptyHeading = Rule(
        "empty-heading", .error, stage: .fragment,
        summary: Message(
            nl: "een tussenkop zonder tekst, of zonder tekst eronder", en: "a sub-heading without text, or with no text under it"))
}

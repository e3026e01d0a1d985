/// A sub-heading must be followed by text: an empty section is not valid DocBook and reads
/// as a mistake in print.
struct EmptyHeadingRule: ValidationRule {
    let rules: [Rule] = [.emptyHeading]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.fragments.flatMap { fragment -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            for (index, block) in fragment.body.enumerated() {
                guard case .heading(let level, _) = block.kind else { continue }
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
    }
}

extension Rule {
    static let emptyHeading = Rule(
        "empty-heading", .error, stage: .fragment,
        summary: Message(nl: "een tussenkop zonder tekst eronder", en: "a sub-heading with no text under it"))
}

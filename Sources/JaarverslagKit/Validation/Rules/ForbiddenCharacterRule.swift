/// Control characters (pasted from Word or PDF: form feeds, NUL, vertical tabs) are not
/// allowed in XML 1.0; a file containing them would not open in any DocBook tool.
struct ForbiddenCharacterRule: ValidationRule {
    let rules: [Rule] = [.forbiddenCharacter]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            guard XMLCharacters.mayContainForbidden(fragment.text) else { return [] }
            var diagnostics: [Diagnostic] = []
            var line = 1
            var column = 1
            for scalar in fragment.text.unicodeScalars {
                if scalar == "\n" {
                    line += 1
                    column = 1
                    continue
                }
                if XMLCharacters.isForbidden(scalar) {
                    diagnostics.append(
                        Diagnostic(
                            .forbiddenCharacter, XMLCharacters.Messages.forbidden(scalar),
                            at: TextLocation(path: fragment.path, line: line, column: column),
                            fix: XMLCharacters.Messages.fix, sourceLine: fragment.line(line)))
                    if diagnostics.count >= 20 { return diagnostics }
                }
                column += 1
            }
            return diagnostics
        }
    }
}

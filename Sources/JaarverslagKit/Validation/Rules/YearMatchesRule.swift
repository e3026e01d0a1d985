/// A fragment copied from last year and not updated would end up in the wrong report.
struct YearMatchesRule: ValidationRule {
    let rules: [Rule] = [.yearMismatch]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.compactMap { fragment in
            guard let written = fragment.frontMatter.year, written.value != year.manifest.year else { return nil }
            return Diagnostic(
                .yearMismatch, Messages.mismatch(written.value, year.manifest.year), at: written.location,
                fix: Messages.fix(year.manifest.year), sourceLine: fragment.line(written.location.line))
        }
    }

    enum Messages {
        static func mismatch(_ written: Int, _ expected: Int) -> Message {
            Message(
                nl: "dit fragment is voor \(written), maar dit is het jaarverslag \(expected)",
                en: "this fragment is for \(written), but this is the \(expected) report")
        }
        static func fix(_ expected: Int) -> Message {
            Message(
                nl: "zet `year: \(expected)` als de tekst over \(expected) gaat",
                en: "set `year: \(expected)` if the text is about \(expected)")
        }
    }
}

extension Rule {
    static let yearMismatch = Rule(
        "year-mismatch", .error, stage: .fragment,
        summary: Message(nl: "`year` wijkt af van het manifest", en: "`year` differs from the manifest's"))
}

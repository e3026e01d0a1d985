/// `pillar` must name a chapter of this year's manifest (or `voorwoord`).
struct KnownChapterRule: ValidationRule {
    let rules: [Rule] = [.unknownChapter]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let valid = year.validPillars
        return year.checked.compactMap { fragment in
            guard let pillar = fragment.frontMatter.pillar, !valid.contains(pillar.value) else { return nil }
            let suggestion = Suggestion.closest(to: pillar.value, in: valid)
            return Diagnostic(
                .unknownChapter, Messages.unknown(pillar.value, suggestion: suggestion), at: pillar.location,
                fix: Messages.valid(valid), sourceLine: fragment.line(pillar.location.line))
        }
    }

    enum Messages {
        static func unknown(_ pillar: String, suggestion: String?) -> Message {
            let nl = "`\(pillar)` is geen hoofdstuk van dit jaarverslag" + (suggestion.map { "; bedoelt u `\($0)`?" } ?? "")
            let en = "`\(pillar)` is not a chapter of this report" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
            return Message(nl: nl, en: en)
        }
        static func valid(_ valid: [String]) -> Message {
            let list = valid.map { "`\($0)`" }.joined(separator: ", ")
            return Message(nl: "geldige hoofdstukken: \(list)", en: "valid chapters: \(list)")
        }
    }
}

extension Rule {
    static let unknownChapter = Rule(
        "unknown-chapter", .error, stage: .fragment,
        summary: Message(
            nl: "`pillar` is geen hoofdstuk van het manifest; de geldige worden genoemd",
            en: "`pillar` is not a chapter of the manifest; the valid ones are listed"))
}

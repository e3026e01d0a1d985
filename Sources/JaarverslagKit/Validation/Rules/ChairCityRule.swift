/// A chair's or trekker's city should be a member of the network that year.
struct ChairCityRule: ValidationRule {
    let rules: [Rule] = [.chairNotMember]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let members = year.manifest.members.cities.map(\.value)
        return year.fragments.flatMap { fragment in
            fragment.frontMatter.chairs.compactMap { chair -> Diagnostic? in
                guard !members.contains(chair.city), let location = chair.location else { return nil }
                let suggestion = Suggestion.closest(to: chair.city, in: members)
                return Diagnostic(
                    .chairNotMember, Messages.notMember(chair.city, year: year.manifest.year, suggestion: suggestion),
                    at: location, fix: Messages.fix, sourceLine: fragment.line(location.line))
            }
        }
    }

    enum Messages {
        static func notMember(_ city: String, year: Int, suggestion: String?) -> Message {
            Message(
                nl: "\(city) is in \(year) geen lid van het netwerk" + (suggestion.map { "; bedoelt u \($0)?" } ?? ""),
                en: "\(city) is not a member of the network in \(year)" + (suggestion.map { "; did you mean \($0)?" } ?? ""))
        }
        static let fix = Message(
            nl: "controleer de spelling, of vraag de coördinator de ledenlijst in report.yaml bij te werken",
            en: "check the spelling, or ask the coordinator to update the member list in report.yaml")
    }
}

extension Rule {
    static let chairNotMember = Rule(
        "chair-not-member", .warning, stage: .lint, ignorable: true,
        summary: Message(
            nl: "de gemeente van een voorzitter die dat jaar geen lid is (met de dichtstbijzijnde)",
            en: "a chair's city that is not a member that year (with the closest member)"))
}

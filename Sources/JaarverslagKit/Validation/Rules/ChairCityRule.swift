/// A chair's or trekker's city should be a member of the network that year.
///
/// The city is looked up in this year's member list first, with straight and curly
/// apostrophes and letter case the same (`'s-Hertogenbosch` is `’s-Hertogenbosch`). Only then
/// is the other direction considered: when the chair's spelling was a member last year and the
/// close name in this year's list was not, the member list is the likely typo, and the
/// secretary is not told to copy it.
struct ChairCityRule: ValidationRule {
    let rules: [Rule] = [.chairNotMember]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let members = year.manifest.members.cities.map(\.value)
        let memberKeys = CityName.keys(members)
        let earlier = year.manifest.earlierMembers
        let earlierKeys = CityName.keys(earlier?.cities ?? [])
        return year.checked.flatMap { fragment in
            fragment.frontMatter.chairs.compactMap { chair -> Diagnostic? in
                guard !memberKeys.contains(CityName.key(chair.city)), let location = chair.location else { return nil }
                let message: Message
                let fix: Message
                let close = CityName.closest(to: chair.city, in: members) ?? Suggestion.closest(to: chair.city, in: members)
                if let earlier, earlierKeys.contains(CityName.key(chair.city)) {
                    if let close, !earlierKeys.contains(CityName.key(close)) {
                        message = Messages.listTypo(chair.city, close, year: year.manifest.year, earlier: earlier.year)
                        fix = Messages.askCoordinator
                    } else {
                        message = Messages.noLonger(chair.city, year: year.manifest.year, earlier: earlier.year)
                        fix = Messages.fix
                    }
                } else {
                    message = Messages.notMember(chair.city, year: year.manifest.year, suggestion: close)
                    fix = Messages.fix
                }
                return Diagnostic(.chairNotMember, message, at: location, fix: fix, sourceLine: fragment.line(location.line))
            }
        }
    }

    enum Messages {
        static func notMember(_ city: String, year: Int, suggestion: String?) -> Message {
            Message(
                nl: "\(city) is in \(year) geen lid van het netwerk" + (suggestion.map { "; bedoelt u \($0)?" } ?? ""),
                en: "\(city) is not a member of the network in \(year)" + (suggestion.map { "; did you mean \($0)?" } ?? ""))
        }
        static func listTypo(_ city: String, _ listed: String, year: Int, earlier: Int) -> Message {
            Message(
                nl: "\(city) staat niet in de ledenlijst van \(year), maar \(listed) wel; \(city) was lid in \(earlier), "
                    + "dus de ledenlijst in report.yaml lijkt een tikfout te hebben",
                en: "\(city) is not in the member list of \(year), but \(listed) is; \(city) was a member in \(earlier), "
                    + "so the member list in report.yaml seems to have a typo")
        }
        static func noLonger(_ city: String, year: Int, earlier: Int) -> Message {
            Message(
                nl: "\(city) was lid in \(earlier), maar staat niet in de ledenlijst van \(year)",
                en: "\(city) was a member in \(earlier), but is not in the member list of \(year)")
        }
        static let fix = Message(
            nl: "controleer de spelling, of vraag de coördinator de ledenlijst in report.yaml bij te werken",
            en: "check the spelling, or ask the coordinator to update the member list in report.yaml")
        static let askCoordinator = Message(
            nl: "laat uw fragment zo; vraag de coördinator de ledenlijst in report.yaml na te kijken",
            en: "leave your fragment as it is; ask the coordinator to check the member list in report.yaml")
    }
}

extension Rule {
    static let chairNotMember = Rule(
        "chair-not-member", .warning, stage: .lint, ignorable: true,
        summary: Message(
            nl: "de gemeente van een voorzitter die dat jaar geen lid is (met de dichtstbijzijnde, of een tikfout in de ledenlijst)",
            en: "a chair's city that is not a member that year (with the closest member, or a typo in the member list)"))
}

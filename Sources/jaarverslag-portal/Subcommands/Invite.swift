import ArgumentParser
import Foundation
import JaarverslagKit
import JaarverslagPortal

/// `jaarverslag-portal invite <group> --year Y` and `invite --coordinator`: makes a personal
/// login link and prints it. The link is shown only now; only a hash of its token is kept.
struct Invite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: Message(
            nl: "Maak een persoonlijke inloglink voor een secretaris of de coördinator.",
            en: "Make a personal login link for a secretary or the coordinator."
        ).text(Text.language))

    @Argument(
        help: ArgumentHelp(
            Message(nl: "De groep, bijvoorbeeld woningmarkt.", en: "The group, for example woningmarkt.").text(Text.language)))
    var group: String?

    @Option(name: .long, help: ArgumentHelp(Message(nl: "Het jaar.", en: "The year.").text(Text.language)))
    var year: Int?

    @Flag(
        name: .long,
        help: ArgumentHelp(
            Message(nl: "Een link voor de coördinator (alle groepen).", en: "A link for the coordinator (all groups).").text(Text.language))
    )
    var coordinator = false

    @Option(name: .long, help: ArgumentHelp(Message(nl: "Naam van de persoon.", en: "The person's name.").text(Text.language)))
    var name: String?

    @Option(
        name: .long, help: ArgumentHelp(Message(nl: "E-mailadres van de persoon.", en: "The person's e-mail address.").text(Text.language)))
    var email: String?

    @Option(
        name: .customLong("valid-days"),
        help: ArgumentHelp(
            Message(nl: "Hoeveel dagen de link werkt.", en: "How many days the link works.").text(Text.language)
        ))
    var validDays = 90

    @Option(name: .customLong("base-url"), help: ArgumentHelp(Text.baseURLHelp.text(Text.language)))
    var baseURL: String?

    @OptionGroup var root: RootOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if coordinator {
            guard group == nil else { throw Text.invalid(Messages.coordinatorNoGroup) }
        } else {
            guard group != nil, year != nil else { throw Text.invalid(Messages.needGroupAndYear) }
        }
        guard (1...3650).contains(validDays) else { throw Text.invalid(Messages.validDays) }
    }

    static func parseBaseURL(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { throw Text.fail(Messages.badBaseURL(text)) }
        return url
    }

    func run() throws {
        let base = try baseURL.map(Self.parseBaseURL)
        let repository = try root.url()
        // Without --base-url, the address `serve` has without it.
        let configuration = PortalConfiguration(root: repository, baseURL: base)
        if let group, let year {
            let workspace = Workspace(root: repository)
            guard let manifest = ManifestLoader.load(year: year, from: workspace).0 else {
                throw Text.fail(Messages.noYear(year, known: workspace.years()))
            }
            let groups = manifest.expectedGroups.map(\.group.value)
            guard groups.contains(group) else {
                throw Text.fail(Messages.unknownGroup(group, year: year, suggestions: Suggestion.groups(meant: group, in: groups)))
            }
        }
        let database = try PortalDatabase(root: repository)
        let invitations = JaarverslagPortal.Invitations(database: database)
        let (invitation, token) = try invitations.invite(
            role: coordinator ? .coordinator : .secretary, year: coordinator ? nil : year, group: group, name: name, email: email,
            validFor: TimeInterval(validDays) * 24 * 3600)
        print(configuration.loginLink(token: token))
        var said = Messages.made(id: invitation.id ?? 0, who: invitation.displayName, days: validDays).text(Text.language) + "\n"
        // A link to the default address works only where the portal runs with it: say so.
        if base == nil { said += Messages.defaultAddress(configuration.baseURL.absoluteString).text(Text.language) + "\n" }
        FileHandle.standardError.write(Data(said.utf8))
    }

    enum Messages {
        static let coordinatorNoGroup = Message(
            nl: "--coordinator geldt voor alle groepen; noem dan geen groep", en: "--coordinator covers every group; name no group with it")
        static let needGroupAndYear = Message(
            nl: "noem een groep en --year, of gebruik --coordinator", en: "name a group and --year, or use --coordinator")
        static let validDays = Message(nl: "--valid-days ligt tussen 1 en 3650", en: "--valid-days is between 1 and 3650")
        static func badBaseURL(_ text: String) -> Message {
            Message(
                nl: "`\(text)` is geen volledig adres; schrijf bijvoorbeeld https://jaarverslag.g40.nl",
                en: "`\(text)` is not a complete address; write for example https://jaarverslag.g40.nl")
        }
        static func noYear(_ year: Int, known: [Int]) -> Message {
            let list = known.map(String.init).joined(separator: ", ")
            return Message(
                nl: "er is geen leesbaar manifest voor \(year) (reports/\(year)/report.yaml); bekende jaren: \(list)",
                en: "there is no readable manifest for \(year) (reports/\(year)/report.yaml); known years: \(list)")
        }
        static func unknownGroup(_ group: String, year: Int, suggestions: [String]) -> Message {
            Message(nl: "het manifest van \(year) kent geen groep `\(group)`", en: "the manifest of \(year) has no group `\(group)`")
                + (Suggestion.question(suggestions).map { Message.verbatim("; ") + $0 } ?? .verbatim(""))
        }
        static func made(id: Int64, who: String, days: Int) -> Message {
            Message(
                nl:
                    "uitnodiging \(id) voor \(who), \(days) \(days == 1 ? "dag" : "dagen") geldig. Stuur de link hierboven alleen aan deze persoon.",
                en: "invitation \(id) for \(who), valid for \(days) \(days == 1 ? "day" : "days"). Send the link above to this person only."
            )
        }
        static func defaultAddress(_ address: String) -> Message {
            Message(
                nl:
                    "de link gebruikt het standaardadres \(address); draait het portaal op een ander adres, maak de link dan opnieuw met --base-url en dat adres",
                en:
                    "the link uses the default address \(address); if the portal runs at another address, make the link again with --base-url and that address"
            )
        }
    }
}

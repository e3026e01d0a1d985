import ArgumentParser
import Foundation
import JaarverslagKit
import JaarverslagPortal

/// `jaarverslag-portal revoke <group> --year Y`, `revoke --coordinator`, `revoke --invitation N`:
/// the links stop working at once and their sessions end.
struct Revoke: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: Message(
            nl: "Trek inloglinks in; wie ermee is ingelogd, wordt meteen uitgelogd.",
            en: "Revoke login links; whoever is signed in with them is signed out at once."
        ).text(Text.language))

    @Argument(help: ArgumentHelp(Message(nl: "De groep.", en: "The group.").text(Text.language)))
    var group: String?

    @Option(name: .long, help: ArgumentHelp(Message(nl: "Het jaar.", en: "The year.").text(Text.language)))
    var year: Int?

    @Flag(
        name: .long,
        help: ArgumentHelp(Message(nl: "Alle links van de coördinator.", en: "All of the coordinator's links.").text(Text.language)))
    var coordinator = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            Message(
                nl: "Eén uitnodiging, met het nummer dat invite of invitations noemt.",
                en: "One invitation, by the number invite or invitations shows."
            ).text(Text.language)))
    var invitation: Int64?

    @OptionGroup var root: RootOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let target: JaarverslagPortal.Invitations.Target
        switch (group, year, coordinator, invitation) {
        case (let group?, let year?, false, nil): target = .group(group, year: year)
        case (nil, nil, true, nil): target = .coordinators
        case (nil, nil, false, let id?): target = .invitation(id)
        default:
            throw Text.fail(
                Message(
                    nl: "noem een groep met --year, of --coordinator, of --invitation N",
                    en: "name a group with --year, or --coordinator, or --invitation N"))
        }
        let database = try PortalDatabase(root: try root.url())
        let count = try JaarverslagPortal.Invitations(database: database).revoke(target)
        print(Message(nl: "\(count) uitnodiging(en) ingetrokken", en: "\(count) invitation(s) revoked").text(Text.language))
    }
}

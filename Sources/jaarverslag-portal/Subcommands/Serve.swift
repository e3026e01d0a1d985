import ArgumentParser
import Foundation
import JaarverslagKit
import JaarverslagPortal

/// `jaarverslag-portal serve`: runs the portal until SIGTERM or SIGINT, then finishes the
/// requests under way and stops.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Message(nl: "Start het portaal.", en: "Start the portal.").text(Text.language))

    @OptionGroup var root: RootOption

    @Option(
        name: .long, help: ArgumentHelp(Message(nl: "Het adres om op te luisteren.", en: "The address to listen on.").text(Text.language)))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp(Message(nl: "De poort.", en: "The port.").text(Text.language)))
    var port = 8080

    @Option(name: .customLong("base-url"), help: ArgumentHelp(Text.baseURLHelp.text(Text.language)))
    var baseURL: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            Message(
                nl: "Taal van de pagina's en van de meldingen: nl of en.",
                en: "Language of the pages and of the messages: nl or en."
            )
            .text(Text.language)))
    var lang: String = "nl"

    func run() async throws {
        guard let language = Language(rawValue: lang) else { throw Text.fail(Text.langValues) }
        let base = try baseURL.map(Invite.parseBaseURL)
        let configuration = PortalConfiguration(root: try root.url(), host: host, port: port, baseURL: base, language: language)
        let portal = try Portal(configuration: configuration)
        Portal.bootstrapLogging()
        try await portal.run()
    }
}

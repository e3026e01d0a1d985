import ArgumentParser
import CommandLineFrame
import Foundation
import JaarverslagKit

/// `jaarverslag-portal`: the web portal where secretaries write their sections.
@main
struct PortalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jaarverslag-portal",
        abstract: Text.abstract.text(Text.language),
        subcommands: [Serve.self, Invite.self, Revoke.self, Invitations.self]
    )

    /// As `jaarverslag` does: ArgumentParser's frame (`Fout:`, `Gebruik:`) in the language of
    /// the environment, and an error exits with 2, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(
                after: error, dutch: Text.language == .nl, commands: configuration.subcommands.compactMap { $0.configuration.commandName })
        }
    }
}

/// Options every subcommand takes.
struct RootOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Text.rootHelp.text(Text.language)))
    var root: String?

    /// The repository, found as `jaarverslag` finds it: `--root`, or the nearest folder at or
    /// above the current one with `fragments/` and `reports/`. A mistyped `--root` is refused
    /// before anything is made there: the portal keeps its database inside the repository.
    func url() throws -> URL {
        switch RepositoryLocator.locate(root: root) {
        case .success(let workspace): return workspace.root.standardizedFileURL
        case .failure(let failure): throw Text.fail(failure.message)
        }
    }
}

/// `--lang nl|en` for the commands that only print: the language of what they print, as
/// `jaarverslag --lang` (by default the environment's). `Text.language` reads it before the
/// arguments are parsed, for the help and the usage errors; declaring it here makes it an
/// option ArgumentParser accepts, and refuses with any other value.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Text.langHelp.text(Text.language)))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw Text.invalid(Text.langValues) }
    }
}

/// The command line's sentences, in the language `--lang` gives, else the environment's.
enum Text {
    static let language =
        LanguageArgument.value(in: CommandLine.arguments).flatMap(Language.init(rawValue:))
        ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)

    static let abstract = Message(
        nl: "Het webportaal waarin secretarissen hun sectie van het jaarverslag schrijven.",
        en: "The web portal where secretaries write their section of the annual report.")
    static let rootHelp = Message(
        nl: "Map van de repository met fragments/ en reports/.", en: "The repository folder with fragments/ and reports/.")
    static let langHelp = Message(
        nl: "Taal van de meldingen: nl of en (standaard uit LC_ALL/LANG).",
        en: "Language of the messages: nl or en (default from LC_ALL/LANG).")
    static let langValues = Message(nl: "--lang is nl of en", en: "--lang is nl or en")
    static let baseURLHelp = Message(
        nl: "Het adres waarop mensen het portaal bereiken, bijvoorbeeld https://jaarverslag.g40.nl.",
        en: "The address people reach the portal at, for example https://jaarverslag.g40.nl.")

    /// Arguments that do not go together, found in `validate()`: printed with the
    /// subcommand's usage line.
    static func invalid(_ message: Message) -> ValidationError {
        ValidationError(message.text(language))
    }

    /// A command that cannot do what it was asked, found in `run()`. Not ArgumentParser's
    /// `ValidationError`: thrown from `run()`, that one is printed with the top command's usage
    /// line (`jaarverslag-portal <opdracht>`), which says nothing about what went wrong.
    static func fail(_ message: Message) -> Failure {
        Failure(description: message.text(language))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}

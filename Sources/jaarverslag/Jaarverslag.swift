import ArgumentParser
import CommandLineFrame
import Foundation
import JaarverslagKit

/// `jaarverslag`: the annual-report compiler of the G40 Stedennetwerk.
///
/// Every command names itself in its configuration: otherwise ArgumentParser derives the
/// name with `String(describing:)`, whose protocol lookups in a statically linked binary
/// were a third of the time `jaarverslag --version` takes.
@main
struct Jaarverslag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jaarverslag",
        abstract: Messages.abstract.inHelpLanguage,
        discussion: Messages.exitCodes.inHelpLanguage,
        version: version,
        subcommands: [Check.self, Build.self, Diff.self, New.self, Import.self, Status.self]
    )

    /// The version `--version` prints.
    static let version = "1.1.0"

    /// The subcommands' names, for suggestions and for the message that one is missing.
    static var commandNames: [String] {
        [Check.configuration, Build.configuration, Diff.configuration, New.configuration, Import.configuration, Status.configuration]
            .compactMap(\.commandName)
    }

    /// ArgumentParser exits with 64 on a usage error; we promise 2, like diff(1) and grep(1).
    /// Its help and usage errors are in Dutch with `--lang nl` or a Dutch locale.
    static func main() {
        // Every command but help and --version works on both cores (Dispatch's pool). Its
        // first worker thread is started now, while the arguments are parsed: on a virtual
        // machine whose other core sleeps, one started when the work is handed out took up
        // to 2 ms to run (`import` of the 2023 text 11.2 → 10.7 ms, `--version` no slower).
        DispatchQueue.global().async {}
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = commandNames
        if let mistake = SubcommandSuggestion.failure(for: arguments, commands: commands) {
            FileHandle.standardError.write(Data(("jaarverslag: " + mistake.text(HelpLanguage.current) + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(withoutLanguageBeforeCommand(arguments, commands: commands))
            try command.run()
        } catch {
            exit(after: error, dutch: HelpLanguage.current == .nl, commands: commands)
        }
    }
}

/// `--lang` belongs to the subcommands, but people type it anywhere: `jaarverslag --lang nl
/// check 2023`, `jaarverslag help check --lang nl`. Before a subcommand it is moved after it;
/// where there is no subcommand to take it (help), it is dropped (help reads it itself).
func withoutLanguageBeforeCommand(_ arguments: [String], commands: [String]) -> [String] {
    var language: [String] = []
    var rest: [String] = []
    var index = 0
    while index < arguments.count {
        if arguments[index] == "--lang", index + 1 < arguments.count {
            language += arguments[index...(index + 1)]
            index += 2
        } else if arguments[index].hasPrefix("--lang=") {
            language.append(arguments[index])
            index += 1
        } else {
            rest.append(arguments[index])
            index += 1
        }
    }
    guard let first = rest.first, commands.contains(first) else { return rest }
    return rest + language
}

private enum Messages {
    static let abstract = Message(
        nl: "Stelt het jaarverslag van het G40 Stedennetwerk samen uit de fragmenten van de themagroepen.",
        en: "Compiles the annual report of the G40 Stedennetwerk from the theme groups' fragments.")
    static let exitCodes = Message(
        nl: "Afsluitcodes: 0 = in orde, 1 = fouten in de invoer (diff: verschillen), 2 = verkeerd gebruik.",
        en: "Exit codes: 0 = ok, 1 = errors in the input (diff: differences), 2 = usage error.")
}

import ArgumentParser
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
        subcommands: [Check.self, Build.self, Diff.self, New.self, Import.self, Status.self]
    )

    /// ArgumentParser exits with 64 on a usage error; we promise 2, like diff(1) and grep(1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

private enum Messages {
    static let abstract = Message(
        nl: "Stelt het jaarverslag van het G40 Stedennetwerk samen uit de fragmenten van de themagroepen.",
        en: "Compiles the annual report of the G40 Stedennetwerk from the theme groups' fragments.")
    static let exitCodes = Message(
        nl: "Afsluitcodes: 0 = in orde, 1 = fouten in de invoer (diff: verschillen), 2 = verkeerd gebruik.",
        en: "Exit codes: 0 = ok, 1 = errors in the input (diff: differences), 2 = usage error.")
}

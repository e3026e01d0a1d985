import ArgumentParser
import Foundation

/// The frame that swift-argument-parser puts around our own (already Dutch) help texts and
/// usage errors, in Dutch: `GEBRUIK`, `OPTIES`, `Fout: …`, `Toon deze hulp.` ArgumentParser has
/// no translations of its own, so its English sentences are recognised and translated here;
/// what is not recognised stays English rather than being lost. Both executables use it.
public enum DutchFrame {
    /// Patterns and their Dutch, tried in order on the whole text.
    static let translations: [(pattern: String, dutch: String)] = [
        (#"(?m)^OVERVIEW:"#, "OVERZICHT:"),
        (#"(?m)^USAGE:"#, "GEBRUIK:"),
        (#"(?m)^ARGUMENTS:"#, "ARGUMENTEN:"),
        (#"(?m)^OPTIONS:"#, "OPTIES:"),
        (#"(?m)^SUBCOMMANDS:"#, "OPDRACHTEN:"),
        (#"<subcommand>"#, "<opdracht>"),
        (#"Show help information\."#, "Toon deze hulp."),
        (#"Show the version\."#, "Toon de versie."),
        // Help texts are wrapped, so a line may end anywhere inside these.
        (#"\(values:(\s+)"#, "(waarden:$1"),
        (#";(\s+)default:(\s+)"#, ";$1standaard:$2"),
        (#"\(default:(\s+)"#, "(standaard:$1"),
        (#"See '([^']*)' for detailed help\."#, "Zie '$1' voor uitgebreide hulp."),
        (#"See '([^']*)' for more information\."#, "Zie '$1' voor meer uitleg."),
        (#"(?m)^Error: "#, "Fout: "),
        (#"(?m)^Usage: "#, "Gebruik: "),
        (#"(?m)^Help:  "#, "Hulp:  "),
        (#"Missing expected argument '(-[^']*)'"#, "de optie '$1' ontbreekt"),
        (#"Missing expected argument '([^']*)'"#, "het argument '$1' ontbreekt"),
        (#"Missing one of: (.*)"#, "er ontbreekt één van: $1"),
        (#"Missing value for '([^']*)'"#, "er ontbreekt een waarde bij '$1'"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "onbekende optie '$1'; bedoelt u '$2'?"),
        (#"Unknown option '([^']*)'"#, "onbekende optie '$1'"),
        (#"Invalid option: (.*)"#, "ongeldige optie: $1"),
        (#"(\d+) unexpected arguments: (.*)"#, "$1 onverwachte argumenten: $2"),
        (#"Unexpected argument '([^']*)'"#, "onverwacht argument '$1'"),
        (
            #"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#,
            "de optie '$1' neemt geen waarde, maar '$2' werd gegeven."
        ),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "de waarde '$1' is ongeldig voor '$2'"),
        (#"\. Please provide one of the following:"#, ". Kies één van:"),
        (#"\. Please provide one of (.*) or ('[^']*')\."#, ". Kies uit $1 of $2."),
        (#"\. Please provide one of (.*) and ('[^']*')\."#, ". Kies uit $1 of $2."),
    ]

    /// `text` with ArgumentParser's sentences in Dutch; `commands` are the program's
    /// subcommands, named when one is missing.
    public static func translate(_ text: String, commands: [String]) -> String {
        let listed = commands.count > 1 ? commands.dropLast().joined(separator: ", ") + " of " + commands.last! : commands.joined()
        let missing = (#"Missing required subcommand\."#, "er ontbreekt een opdracht (\(listed)).")
        return (translations + [missing]).reduce(text) { text, rule in
            text.replacingOccurrences(of: rule.pattern, with: rule.dutch, options: .regularExpression)
        }
    }
}

extension ParsableCommand {
    /// How both executables end on an error: help and the version to stdout (exit 0),
    /// anything else to stderr, with ArgumentParser's frame in Dutch when `dutch`. A usage error
    /// exits with 2, like diff(1) and grep(1), not ArgumentParser's 64; an `ExitCode` a command
    /// threw after saying why exits with its own code, silently.
    public static func exit(after error: any Error, dutch: Bool, commands: [String]) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        let text = fullMessage(for: error)
        let message = dutch ? DutchFrame.translate(text, commands: commands) : text
        if exitCode(for: error) == .success {
            print(message)
            Foundation.exit(0)
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(2)
    }
}

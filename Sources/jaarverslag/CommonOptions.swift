import ArgumentParser
import Foundation
import JaarverslagKit

/// Options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(L("Map van de repository met fragments/ en reports/.", "The repository folder with fragments/ and reports/.")))
    var root: String = "."

    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Taal van de meldingen: nl of en (standaard uit LC_ALL/LANG).",
                "Language of the messages: nl or en (default from LC_ALL/LANG).")))
    var lang: Language?

    var language: Language {
        lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    var workspace: Workspace {
        Workspace(root: URL(fileURLWithPath: root, isDirectory: true))
    }
}

extension Language: ExpressibleByArgument {}

/// Printing for every subcommand: diagnostics to stderr, results to stdout.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func print(_ diagnostics: [Diagnostic], language: Language) {
        let formatter = DiagnosticFormatter(language: language)
        for diagnostic in diagnostics { error(formatter.format(diagnostic)) }
    }

    /// Ends the process at once, once everything is written. A large year's model is
    /// hundreds of thousands of small objects; freeing them one by one on the way out took a
    /// tenth of a run, and the operating system takes the memory back anyway (compilers do
    /// the same: clang's -disable-free).
    static func finish(_ code: Int32) -> Never {
        Foundation.exit(code)
    }

    /// A year that cannot be looked at is a usage error: exit code 2.
    static func fail(_ failure: YearLoadFailure, language: Language) -> ExitCode {
        switch failure {
        case .noManifest(let year, let path, let known):
            let years = known.map(String.init).joined(separator: ", ")
            error(
                language == .nl
                    ? "jaarverslag: geen manifest voor \(year) (\(path) bestaat niet)" + (known.isEmpty ? "" : "; bekende jaren: \(years)")
                    : "jaarverslag: no manifest for \(year) (\(path) does not exist)" + (known.isEmpty ? "" : "; known years: \(years)"))
        case .badManifest(let diagnostics):
            print(diagnostics, language: language)
            error(language == .nl ? "jaarverslag: het manifest bevat fouten" : "jaarverslag: the manifest has errors")
        }
        return ExitCode(2)
    }
}

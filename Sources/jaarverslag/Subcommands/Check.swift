import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag check <year>`: validate every fragment of a year and print every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: Messages.abstract.inHelpLanguage)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @Argument(help: Messages.year.help)
    var year: Int

    @Option(name: .long, help: Messages.format.help)
    var format: Format = .text

    @Flag(name: .long, help: Messages.fix.help)
    var fix = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = options.language
        let result: Pipeline.CheckResult
        if fix {
            switch Fixer.fixAndCheck(year: year, in: options.workspace) {
            case .failure(let failure): throw Console.fail(failure, language: language)
            case .success(let fixed):
                for file in fixed.fixes { Console.out(Messages.fixed.text(language) + Fixer.summary(file)) }
                if fixed.fixes.isEmpty { Console.out(Messages.nothingToFix.text(language)) }
                result = fixed.check
            }
        } else {
            switch Pipeline.check(year: year, in: options.workspace) {
            case .failure(let failure): throw Console.fail(failure, language: language)
            case .success(let checked): result = checked
            }
        }
        switch format {
        case .text:
            Console.print(result.diagnostics, language: language)
            Console.out(DiagnosticFormatter(language: language).summary(result.diagnostics, fragmentCount: result.sources.fileCount))
        case .json:
            FileHandle.standardOutput.write(
                Data(
                    DiagnosticReport.json(result.diagnostics, year: year, fragmentCount: result.sources.fileCount, language: language).utf8)
            )
        case .github:
            FileHandle.standardOutput.write(Data(DiagnosticReport.github(result.diagnostics, language: language).utf8))
        }
        Console.finish(result.diagnostics.hasErrors ? 1 : 0)
    }
}

private enum Messages {
    static let abstract = Message(
        nl: "Controleer alle fragmenten van een jaar en toon alle problemen tegelijk.",
        en: "Check every fragment of a year and show every problem at once.")
    static let year = Message(nl: "Het jaar, bijvoorbeeld 2023.", en: "The year, for example 2023.")
    static let format = Message(
        nl: "text (standaard), json, of github (annotaties voor GitHub Actions).",
        en: "text (default), json, or github (GitHub Actions annotations).")
    static let fix = Message(
        nl: "Herstel wat veilig automatisch kan (SafeLinks, afgebroken woorden, spaties, …).",
        en: "Apply the safe automatic fixes (SafeLinks, broken words, spaces, …).")
    static let fixed = Message(nl: "hersteld: ", en: "fixed: ")
    static let nothingToFix = Message(nl: "niets te herstellen", en: "nothing to fix")
}

import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag check <year>`: validate every fragment of a year and print every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: L(
            "Controleer alle fragmenten van een jaar en toon alle problemen tegelijk.",
            "Check every fragment of a year and show every problem at once."))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @Argument(help: ArgumentHelp(L("Het jaar, bijvoorbeeld 2023.", "The year, for example 2023.")))
    var year: Int

    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "text (standaard), json, of github (annotaties voor GitHub Actions).",
                "text (default), json, or github (GitHub Actions annotations).")))
    var format: Format = .text

    @Flag(
        name: .long,
        help: ArgumentHelp(
            L(
                "Herstel wat veilig automatisch kan (SafeLinks, afgebroken woorden, spaties, …).",
                "Apply the safe automatic fixes (SafeLinks, broken words, spaces, …).")))
    var fix = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = options.language
        var result = try checked()
        if fix {
            let fixes: [Fixer.FileFix]
            do {
                fixes = try Fixer.fix(result, in: options.workspace)
            } catch {
                Console.error("jaarverslag: \(error)")
                throw ExitCode(2)
            }
            for file in fixes { Console.out(L("hersteld: ", "fixed: ") + Fixer.summary(file)) }
            if fixes.isEmpty { Console.out(L("niets te herstellen", "nothing to fix")) }
            result = try checked()
        }
        switch format {
        case .text:
            Console.print(result.diagnostics, language: language)
            Console.out(DiagnosticFormatter(language: language).summary(result.diagnostics, fragmentCount: result.sources.fileCount))
        case .json:
            FileHandle.standardOutput.write(
                Data(
                    DiagnosticReport.json(
                        result.diagnostics, year: year, fragmentCount: result.sources.fileCount, language: language
                    ).utf8))
        case .github:
            FileHandle.standardOutput.write(Data(DiagnosticReport.github(result.diagnostics, language: language).utf8))
        }
        Console.finish(result.diagnostics.hasErrors ? 1 : 0)
    }

    private func checked() throws -> Pipeline.CheckResult {
        switch Pipeline.check(year: year, in: options.workspace) {
        case .failure(let failure): throw Console.fail(failure, language: options.language)
        case .success(let result): return result
        }
    }
}

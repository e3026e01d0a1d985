import ArgumentParser
import JaarverslagKit

/// `jaarverslag check <year>`: validate every fragment of a year and print every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Controleer alle fragmenten van een jaar (check every fragment of a year).")

    @Argument(help: "Het jaar, bijvoorbeeld 2023 (the year).")
    var year: Int

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = options.language
        switch Pipeline.check(year: year, in: options.workspace) {
        case .failure(let failure):
            throw Console.fail(failure, language: language)
        case .success(let result):
            Console.print(result.diagnostics, language: language)
            Console.out(DiagnosticFormatter(language: language).summary(result.diagnostics, fragmentCount: result.sources.fileCount))
            if result.diagnostics.hasErrors { throw ExitCode(1) }
        }
    }
}

import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag status <year>`: who has handed in, who is in draft, who is missing.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: L(
            "Toon per hoofdstuk welke groepen ontbreken, in concept of definitief zijn.",
            "Show per chapter which groups are missing, in draft or final."))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp(L("Het jaar, bijvoorbeeld 2023.", "The year, for example 2023.")))
    var year: Int

    @Flag(
        name: .long,
        help: ArgumentHelp(
            L(
                "Afsluitcode 1 zolang er iets ontbreekt, in concept is of fouten heeft.",
                "Exit with 1 while anything is missing, in draft or in error.")))
    var final = false

    @Option(name: .long, help: ArgumentHelp(L("text (standaard) of json.", "text (default) or json.")))
    var format: Format = .text

    @OptionGroup var options: CommonOptions

    func run() throws {
        let result: Pipeline.CheckResult
        switch Pipeline.check(year: year, in: options.workspace) {
        case .failure(let failure): throw Console.fail(failure, language: options.language)
        case .success(let checked): result = checked
        }
        let report = StatusReport(result)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write((try? encoder.encode(report)) ?? Data())
            Console.out("")
        case .text:
            Console.out(StatusFormatter(language: options.language).format(report))
        }
        if final && !report.isFinal { throw ExitCode(1) }
    }
}

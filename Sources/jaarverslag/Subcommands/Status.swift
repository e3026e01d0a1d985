import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag status <year>`: who has handed in, who is in draft, who is missing.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: Messages.abstract.inHelpLanguage)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: Messages.year.help(value: ValueName.year))
    var year: String

    @Flag(name: .long, help: Messages.final.help)
    var final = false

    @Option(name: .long, help: Messages.format.help(value: ValueName.format))
    var format: Format = .text

    @Option(name: .long, help: CommonOptions.rootHelp)
    var root: String?

    @Option(name: .long, help: CommonOptions.langHelp)
    var lang: Language?

    var options: CommonOptions { CommonOptions(root: root, lang: lang) }

    func run() throws {
        let year = try options.year(self.year)
        let workspace = try options.workspace()
        let report: StatusReport
        switch StatusReport.load(year: year, in: workspace) {
        case .failure(let failure): throw Console.fail(failure, language: options.language)
        case .success(let loaded): report = loaded
        }
        switch format {
        case .json: Console.out(report.json())
        case .text: Console.out(StatusFormatter(language: options.language).format(report))
        }
        if final && !report.isFinal { throw ExitCode(1) }
    }
}

private enum Messages {
    static let abstract = Message(
        nl: "Toon per hoofdstuk welke groepen ontbreken, fouten hebben, in concept of definitief zijn.",
        en: "Show per chapter which groups are missing, in error, in draft or final.")
    static let year = Message(nl: "Het jaar, bijvoorbeeld 2023.", en: "The year, for example 2023.")
    static let final = Message(
        nl: "Afsluitcode 1 zolang er iets ontbreekt, in concept is of fouten heeft.",
        en: "Exit with 1 while anything is missing, in draft or in error.")
    static let format = Message(nl: "text (standaard) of json.", en: "text (default) or json.")
}

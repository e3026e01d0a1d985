import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag check <year>`: validate every fragment of a year and print every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: Messages.abstract.inHelpLanguage)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @Argument(help: Messages.year.help(value: ValueName.year))
    var year: String

    @Argument(help: Messages.groups.help(value: ValueName.groups))
    var groups: [String] = []

    @Option(name: .long, help: Messages.format.help(value: ValueName.format))
    var format: Format = .text

    @Flag(name: .long, help: Messages.fix.help)
    var fix = false

    @Flag(name: .long, help: Messages.dryRun.help)
    var dryRun = false

    @Option(name: .long, help: CommonOptions.rootHelp)
    var root: String?

    @Option(name: .long, help: CommonOptions.langHelp)
    var lang: Language?

    var options: CommonOptions { CommonOptions(root: root, lang: lang) }

    func run() throws {
        let language = options.language
        let year = try options.year(self.year)
        let workspace = try options.workspace()
        let result: Pipeline.CheckResult
        if fix || dryRun {
            switch Fixer.fixAndCheck(year: year, in: workspace, groups: groups, dryRun: dryRun) {
            case .failure(let failure): throw Console.fail(failure, language: language)
            case .success(let fixed):
                // With json or github, standard output is for the program reading it: what was
                // changed goes to the person, on standard error.
                let toPerson = format == .text
                func say(_ line: String) { if toPerson { Console.out(line) } else { Console.error(line) } }
                let formatter = ChangeFormatter(language: language, dryRun: dryRun)
                for change in fixed.changes { say(formatter.format(change)) }
                say(formatter.summary(changes: fixed.changes.count, files: fixed.fileCount))
                if !dryRun, fixed.stillFixable > 0 {
                    say(Messages.again(year: year, groups: groups).text(language))
                }
                result = fixed.check
            }
        } else {
            switch CheckScope.check(year: year, in: workspace, groups: groups, standIn: true) {
            case .failure(let failure): throw Console.fail(failure, language: language)
            case .success(let checked): result = checked
            }
        }
        switch format {
        case .text:
            Console.print(result.diagnostics, language: language)
            Console.out(DiagnosticFormatter(language: language).summary(result.diagnostics, fragmentCount: result.fragmentCount))
        case .json:
            FileHandle.standardOutput.write(
                Data(
                    DiagnosticReport.json(result.diagnostics, year: year, fragmentCount: result.fragmentCount, language: language).utf8)
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
    static let groups = Message(
        nl: "Alleen de fragmenten van deze groepen, bijvoorbeeld woningmarkt.",
        en: "Only the fragments of these groups, for example woningmarkt.")
    static let format = Message(
        nl: "text (standaard), json, of github (annotaties voor GitHub Actions).",
        en: "text (default), json, or github (GitHub Actions annotations).")
    static let fix = Message(
        nl: "Herstel wat zeker automatisch kan (SafeLinks, afgebroken woorden, spaties, …) en toon elke wijziging.",
        en: "Apply the certain automatic fixes (SafeLinks, broken words, spaces, …) and show every change.")
    static func again(year: Int, groups: [String]) -> Message {
        let command = (["jaarverslag check \(year)"] + groups + ["--fix"]).joined(separator: " ")
        return Message(
            nl: "er is nog meer zeker te herstellen (per keer herstelt --fix elke soort melding tot \(Fixer.fixesPerKind) keer per "
                + "fragment); voer `\(command)` nogmaals uit",
            en: "there is more that can be fixed with certainty (each run, --fix fixes each kind of finding up to "
                + "\(Fixer.fixesPerKind) times per fragment); run `\(command)` again")
    }
    static let dryRun = Message(
        nl: "Toon wat --fix zou veranderen, zonder iets te schrijven.", en: "Show what --fix would change, without writing anything.")
}

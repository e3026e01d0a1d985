import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag diff <old> <new>`: what changed between two reports.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: L(
            "Vergelijk twee jaarverslagen: jaren of DocBook-bestanden van `build`.",
            "Compare two reports: years or DocBook files written by `build`."),
        discussion: L(
            "Afsluitcodes zoals diff(1): 0 = gelijk, 1 = verschillend, 2 = fout.",
            "Exit codes as diff(1): 0 = same, 1 = different, 2 = error."))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, docbook
    }

    @Argument(
        help: ArgumentHelp(L("Het oude jaar of DocBook-bestand, bijvoorbeeld 2014.", "The old year or DocBook file, for example 2014.")))
    var old: String

    @Argument(
        help: ArgumentHelp(L("Het nieuwe jaar of DocBook-bestand, bijvoorbeeld 2023.", "The new year or DocBook file, for example 2023.")))
    var new: String

    @Option(name: .long, help: ArgumentHelp(L("text (standaard), json of docbook.", "text (default), json or docbook.")))
    var format: Format = .text

    @Flag(name: .long, help: ArgumentHelp(L("Alleen een korte samenvatting.", "A short summary only.")))
    var stat = false

    @Option(
        name: .long, help: ArgumentHelp(L("Schrijf naar dit bestand in plaats van naar stdout.", "Write to this file instead of stdout.")))
    var output: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = options.language
        let workspace = options.workspace
        let sides = [DiffSide(argument: old), DiffSide(argument: new)]
        var reports: [Report] = []
        for (side, loaded) in zip(sides, DiffSide.load(sides, in: workspace)) {
            switch loaded {
            case .success(let report): reports.append(report)
            case .failure(let error): throw Self.fail(error, side: side, language: language)
            }
        }
        let diff = Differ.diff(reports[0], reports[1], oldSource: sides[0].label, newSource: sides[1].label)
        let text: String
        if stat {
            text = DiffTextFormatter(language: language, color: false).stat(diff)
        } else {
            switch format {
            case .json: text = diff.json()
            case .docbook: text = DocBookRenderer().render(RevisionMarker.mark(reports[1], against: reports[0], diff: diff))
            case .text:
                let environment = ProcessInfo.processInfo.environment
                let color = output == nil && environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
                text = DiffTextFormatter(language: language, color: color).format(diff)
            }
        }
        if let output {
            do {
                try AtomicWriter.write([(URL(fileURLWithPath: output), Data(text.utf8))])
            } catch {
                Console.error("jaarverslag: \(error)")
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        Console.finish(diff.isEmpty ? 0 : 1)
    }

    static func fail(_ error: DiffSide.LoadError, side: DiffSide, language: Language) -> ExitCode {
        switch error {
        case .year(let failure):
            return Console.fail(failure, language: language)
        case .invalidYear(let year, let diagnostics):
            Console.print(diagnostics, language: language)
            Console.error(
                language == .nl
                    ? "jaarverslag: \(year) heeft fouten; los ze eerst op (jaarverslag check \(year))"
                    : "jaarverslag: \(year) has errors; fix them first (jaarverslag check \(year))")
        case .docbook(let failure):
            let location = TextLocation(path: failure.path, line: failure.line)
            Console.error("\(location): " + (language == .nl ? "fout: " : "error: ") + failure.message.text(language))
        }
        return ExitCode(2)
    }
}

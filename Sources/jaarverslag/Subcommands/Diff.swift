import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag diff <old> <new>`: what changed between two reports.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vergelijk twee jaarverslagen (compare two reports): jaren of DocBook-bestanden (years or DocBook files).",
        discussion: "Exit codes: 0 = gelijk (same), 1 = verschillend (different), 2 = fout (error), as diff(1).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, docbook
    }

    @Argument(help: "Het oude jaar of DocBook-bestand (old year or file), bijvoorbeeld 2014.")
    var old: String

    @Argument(help: "Het nieuwe jaar of DocBook-bestand (new year or file), bijvoorbeeld 2023.")
    var new: String

    @Option(name: .long, help: "text (standaard), json of docbook.")
    var format: Format = .text

    @Flag(name: .long, help: "Alleen een korte samenvatting (short summary only).")
    var stat = false

    @Option(name: .long, help: "Schrijf naar dit bestand in plaats van stdout (write to this file).")
    var output: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = options.language
        let workspace = options.workspace
        let sides = [DiffSide(argument: old), DiffSide(argument: new)]
        var reports: [Report] = []
        for side in sides {
            switch side.load(in: workspace) {
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
            case .docbook: text = RevisionRenderer(old: reports[0], diff: diff).render(reports[1])
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
        if !diff.isEmpty { throw ExitCode(1) }
    }

    static func fail(_ error: DiffSide.LoadError, side: DiffSide, language: Language) -> ExitCode {
        switch error {
        case .year(let failure):
            return Console.fail(failure, language: language)
        case .invalidYear(let year, let diagnostics):
            Console.print(diagnostics, language: language)
            Console.error(language == .nl
                ? "jaarverslag: \(year) heeft fouten; los ze eerst op (jaarverslag check \(year))"
                : "jaarverslag: \(year) has errors; fix them first (jaarverslag check \(year))")
        case .docbook(let failure):
            let location = TextLocation(path: failure.path, line: failure.line)
            Console.error("\(location): " + (language == .nl ? "fout: " : "error: ") + failure.message.text(language))
        }
        return ExitCode(2)
    }
}

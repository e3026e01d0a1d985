import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag diff <old> <new>`: what changed between two reports.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: Messages.abstract.inHelpLanguage, discussion: Messages.exitCodes.inHelpLanguage)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, docbook, html
    }

    @Argument(help: Messages.old.help(value: ValueName.old))
    var old: String

    @Argument(help: Messages.new.help(value: ValueName.new))
    var new: String

    @Option(name: .long, help: Messages.format.help(value: ValueName.format))
    var format: Format = .text

    @Flag(name: .long, help: Messages.stat.help)
    var stat = false

    @Option(name: .long, help: Messages.output.help(value: ValueName.file))
    var output: String?

    @Option(name: .long, help: CommonOptions.rootHelp)
    var root: String?

    @Option(name: .long, help: CommonOptions.langHelp)
    var lang: Language?

    var options: CommonOptions { CommonOptions(root: root, lang: lang) }

    func run() throws {
        let language = options.language
        let sides = try [old, new].map { argument in
            switch DiffSide.parse(argument) {
            case .success(let side): return side
            case .failure(let failure): throw Console.fail(failure, language: language)
            }
        }
        // Two DocBook files need no repository; a year does.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let workspace = sides.contains(where: \.isYear) || options.root != nil ? try options.workspace() : Workspace(root: here)
        let comparison: Comparison
        switch Comparison.compare(sides[0], sides[1], in: workspace) {
        case .failure(let failure): throw Console.fail(failure, language: language)
        case .success(let compared): comparison = compared
        }
        let text: String
        if stat {
            text = DiffTextFormatter(language: language, color: false).stat(comparison.diff)
        } else {
            switch format {
            case .json: text = comparison.diff.json()
            case .docbook:
                switch comparison.markedDocBook() {
                case .success(let xml): text = xml
                case .failure(let failure): throw Console.fail(failure, language: language)
                }
            case .html:
                do throws(RenderRefusal) {
                    text = try DiffPage(comparison, language: language).render()
                } catch {
                    throw Console.fail(error, language: language)
                }
            case .text:
                let color = output == nil && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
                text = DiffTextFormatter(language: language, color: color).format(comparison.diff)
            }
        }
        if let output {
            do throws(AtomicWriter.WriteError) {
                try AtomicWriter.write([(URL(fileURLWithPath: output), Data(text.utf8))])
            } catch {
                throw Console.fail(error, language: language)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        Console.finish(comparison.diff.isEmpty ? 0 : 1)
    }
}

private enum Messages {
    static let abstract = Message(
        nl: "Vergelijk twee jaarverslagen: jaren of DocBook-bestanden van `build`.",
        en: "Compare two reports: years or DocBook files written by `build`.")
    static let exitCodes = Message(
        nl: "Afsluitcodes zoals diff(1): 0 = gelijk, 1 = verschillend, 2 = fout.",
        en: "Exit codes as diff(1): 0 = same, 1 = different, 2 = error.")
    static let old = Message(
        nl: "Het oude jaar of DocBook-bestand, bijvoorbeeld 2014.", en: "The old year or DocBook file, for example 2014.")
    static let new = Message(
        nl: "Het nieuwe jaar of DocBook-bestand, bijvoorbeeld 2023.", en: "The new year or DocBook file, for example 2023.")
    static let format = Message(nl: "text (standaard), json, docbook of html.", en: "text (default), json, docbook or html.")
    static let stat = Message(nl: "Alleen een korte samenvatting.", en: "A short summary only.")
    static let output = Message(nl: "Schrijf naar dit bestand in plaats van naar stdout.", en: "Write to this file instead of stdout.")
}

import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag build <year>`: check, then write the DocBook and plain-text report.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: L("Bouw het jaarverslag als DocBook-XML en platte tekst.", "Build the report as DocBook XML and plain text."))

    @Argument(help: ArgumentHelp(L("Het jaar, bijvoorbeeld 2023.", "The year, for example 2023.")))
    var year: Int

    @Option(name: .long, help: ArgumentHelp(L("Map voor de uitvoer; standaard reports/<jaar>/.", "Output folder; default reports/<year>/.")))
    var outputDir: String?

    @Flag(name: .long, help: ArgumentHelp(L("Sla de controle tegen het DocBook 5.0-schema over.", "Skip validation against the DocBook 5.0 schema.")))
    var noValidate = false

    @Option(name: .long, help: ArgumentHelp(L("Het DocBook 5.0 RELAX NG-schema.", "The DocBook 5.0 RELAX NG schema.")))
    var schema: String = DocBookSchema.defaultPath

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = options.language
        var docbook: DocBookSchema?
        if !noValidate {
            do {
                docbook = try DocBookSchema(path: schema)
            } catch {
                Console.error(language == .nl
                    ? "jaarverslag: het DocBook-schema \(schema) ontbreekt of is onleesbaar; installeer het Debian-pakket docbook5-xml of gebruik --no-validate"
                    : "jaarverslag: the DocBook schema \(schema) is missing or unreadable; install the Debian package docbook5-xml or use --no-validate")
                throw ExitCode(2)
            }
        }
        let output = outputDir.map { URL(fileURLWithPath: $0, isDirectory: true) }
        switch Pipeline.build(year: year, in: options.workspace, outputDirectory: output, schema: docbook) {
        case .failure(let failure):
            throw Console.fail(failure, language: language)
        case .success(let result):
            Console.print(result.diagnostics, language: language)
            guard result.succeeded else {
                Console.out(DiagnosticFormatter(language: language).summary(result.diagnostics, fragmentCount: result.check.sources.fileCount)
                    + (language == .nl ? "; niets geschreven" : "; nothing written"))
                Console.finish(1)
            }
            let names = { (urls: [URL]) in urls.map { options.workspace.displayPath($0) }.joined(separator: ", ") }
            if !result.written.isEmpty {
                Console.out(language == .nl ? "geschreven: \(names(result.written))" : "written: \(names(result.written))")
            }
            if !result.unchanged.isEmpty {
                Console.out(language == .nl ? "ongewijzigd: \(names(result.unchanged))" : "unchanged: \(names(result.unchanged))")
            }
            Console.finish(0)
        }
    }
}

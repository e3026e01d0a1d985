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

    @Option(
        name: .long, help: ArgumentHelp(L("Map voor de uitvoer; standaard reports/<jaar>/.", "Output folder; default reports/<year>/.")))
    var outputDir: String?

    @Flag(
        name: .long,
        help: ArgumentHelp(L("Sla de controle tegen het DocBook 5.0-schema over.", "Skip validation against the DocBook 5.0 schema.")))
    var noValidate = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Valideer tegen dit RELAX NG-schema, bijvoorbeeld \(DocBookSchema.defaultPath). Standaard: het ingebouwde deel van DocBook 5.0 dat jaarverslag schrijft.",
                "Validate against this RELAX NG schema, for example \(DocBookSchema.defaultPath). Default: the built-in part of DocBook 5.0 that jaarverslag writes."
            )))
    var schema: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = options.language
        var docbook: DocBookSchema?
        if !noValidate {
            do {
                docbook = try schema.map { try DocBookSchema(path: $0) } ?? DocBookSchema.subset()
            } catch {
                Console.error(
                    language == .nl
                        ? "jaarverslag: het schema \(schema ?? "(ingebouwd)") ontbreekt of is onleesbaar; geef een ander --schema, installeer het Debian-pakket docbook5-xml, of gebruik --no-validate"
                        : "jaarverslag: the schema \(schema ?? "(built in)") is missing or unreadable; give another --schema, install the Debian package docbook5-xml, or use --no-validate"
                )
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
                Console.out(
                    DiagnosticFormatter(language: language).summary(result.diagnostics, fragmentCount: result.check.sources.fileCount)
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

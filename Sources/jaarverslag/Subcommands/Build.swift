import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag build <year>`: check, then write the DocBook and plain-text report.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bouw het jaarverslag als DocBook-XML en platte tekst (build the report as DocBook XML and plain text).")

    @Argument(help: "Het jaar, bijvoorbeeld 2023 (the year).")
    var year: Int

    @Option(name: .long, help: "Map voor de uitvoer; standaard reports/<jaar>/ (output folder).")
    var outputDir: String?

    @Flag(name: .long, help: "Sla de controle tegen het DocBook 5.0-schema over (skip schema validation).")
    var noValidate = false

    @Option(name: .long, help: "Het DocBook 5.0 RELAX NG-schema (the schema file).")
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
                throw ExitCode(1)
            }
            let names = result.written.map { options.workspace.displayPath($0) }.joined(separator: ", ")
            Console.out(language == .nl ? "geschreven: \(names)" : "written: \(names)")
        }
    }
}

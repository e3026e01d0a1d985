import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag build <year>`: check, then write the DocBook, plain-text and HTML report, and
/// with `--pdf` the PDF.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: Messages.abstract.inHelpLanguage)

    @Argument(help: Messages.year.help(value: ValueName.year))
    var year: String

    @Option(name: .long, help: Messages.outputDir.help(value: ValueName.folder))
    var outputDir: String?

    @Flag(name: .long, help: Messages.noValidate.help)
    var noValidate = false

    @Option(name: .long, help: Messages.schema.help(value: ValueName.file))
    var schema: String?

    @Flag(name: .long, help: Messages.pdf.help)
    var pdf = false

    @Option(name: .long, help: CommonOptions.rootHelp)
    var root: String?

    @Option(name: .long, help: CommonOptions.langHelp)
    var lang: Language?

    var options: CommonOptions { CommonOptions(root: root, lang: lang) }

    func run() throws {
        let language = options.language
        let year = try options.year(self.year)
        let workspace = try options.workspace()
        let validation: DocBookSchema.Choice = noValidate ? .none : schema.map { .file($0) } ?? .builtIn
        let output = outputDir.map { URL(fileURLWithPath: $0, isDirectory: true) }
        switch Pipeline.build(year: year, in: workspace, outputDirectory: output, validation: validation, pdf: pdf) {
        case .failure(let failure):
            throw Console.fail(failure, language: language)
        case .success(let result):
            Console.print(result.diagnostics, language: language)
            guard result.succeeded else {
                let summary = DiagnosticFormatter(language: language).summary(
                    result.diagnostics, fragmentCount: result.check.sources.fileCount)
                Console.out(summary + Messages.nothingWritten.text(language))
                // A disk or folder that cannot be written is no error of the fragments: exit 2.
                if let failure = result.writeFailure { throw Console.fail(failure, language: language) }
                Console.finish(1)
            }
            let names = { (urls: [URL]) in urls.map { workspace.displayPath($0) }.joined(separator: ", ") }
            if !result.written.isEmpty { Console.out(Messages.written(names(result.written)).text(language)) }
            if !result.unchanged.isEmpty { Console.out(Messages.unchanged(names(result.unchanged)).text(language)) }
            Console.finish(0)
        }
    }
}

private enum Messages {
    static let abstract = Message(
        nl: "Bouw het jaarverslag als DocBook-XML, platte tekst en HTML, en met --pdf ook als PDF.",
        en: "Build the report as DocBook XML, plain text and HTML, and with --pdf as PDF too.")
    static let year = Message(nl: "Het jaar, bijvoorbeeld 2023.", en: "The year, for example 2023.")
    static let outputDir = Message(nl: "Map voor de uitvoer; standaard reports/<jaar>/.", en: "Output folder; default reports/<year>/.")
    static let noValidate = Message(
        nl: "Sla de controle tegen het DocBook 5.0-schema over.", en: "Skip validation against the DocBook 5.0 schema.")
    static let schema = Message(
        nl:
            "Valideer tegen dit RELAX NG-schema, bijvoorbeeld \(DocBookSchema.defaultPath). Standaard: het ingebouwde deel van DocBook 5.0 dat jaarverslag schrijft.",
        en:
            "Validate against this RELAX NG schema, for example \(DocBookSchema.defaultPath). Default: the built-in part of DocBook 5.0 that jaarverslag writes."
    )
    static let pdf = Message(
        nl: "Maak ook jaarverslag-<jaar>.pdf, met WeasyPrint (Debian-pakket weasyprint).",
        en: "Also make jaarverslag-<year>.pdf, with WeasyPrint (Debian package weasyprint).")
    static let nothingWritten = Message(nl: "; niets geschreven", en: "; nothing written")
    static func written(_ names: String) -> Message { Message(nl: "geschreven: \(names)", en: "written: \(names)") }
    static func unchanged(_ names: String) -> Message { Message(nl: "ongewijzigd: \(names)", en: "unchanged: \(names)") }
}

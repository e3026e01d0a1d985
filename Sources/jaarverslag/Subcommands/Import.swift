import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag import <file.docx> --group <id>`: a Word document becomes a group's fragment.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Messages.abstract.inHelpLanguage)

    @Argument(help: Messages.file.help(value: ValueName.file))
    var file: String

    @Option(name: .long, help: Messages.group.help(value: ValueName.group))
    var group: String

    @Option(name: .long, help: Messages.year.help(value: ValueName.year))
    var year: String?

    @Flag(name: .long, help: Messages.dryRun.help)
    var dryRun = false

    @Flag(name: .long, help: Messages.replace.help)
    var replace = false

    @Flag(name: .long, help: CommonOptions.newGroupHelp)
    var newGroup = false

    @Option(name: .long, help: CommonOptions.rootHelp)
    var root: String?

    @Option(name: .long, help: CommonOptions.langHelp)
    var lang: Language?

    var options: CommonOptions { CommonOptions(root: root, lang: lang) }

    func run() throws {
        let language = options.language
        let year = try self.year.map(options.year)
        let workspace = try options.workspace()
        let document: Data
        switch FragmentImport.readDocument(atPath: file, displayPath: file) {
        case .failure(let failure): throw Console.fail(failure, language: language)
        case .success(let data): document = data
        }
        let request = FragmentImport.Request(
            document: document, displayPath: file, group: group, year: year, replace: replace, dryRun: dryRun,
            newGroup: newGroup)
        switch FragmentImport.run(request, in: workspace) {
        case .failure(.exists(let path)):
            // As for `new`: refusing to overwrite is the safe outcome of a valid request.
            Console.error("jaarverslag: " + FragmentImport.Failure.exists(path).message.text(language))
            throw ExitCode(1)
        case .failure(let failure):
            throw Console.fail(failure, language: language)
        case .success(let imported):
            if dryRun {
                FileHandle.standardOutput.write(Data(imported.text.utf8))
            } else {
                Console.out(Messages.written(imported.path, replaced: imported.replaced, basedOn: imported.basedOn).text(language))
            }
            Console.print(imported.diagnostics, language: language)
            let summary = DiagnosticFormatter(language: language).summary(imported.diagnostics, fragmentCount: 1)
            if dryRun { Console.error(summary) } else { Console.out(summary) }
            Console.finish(imported.diagnostics.hasErrors ? 1 : 0)
        }
    }
}

private enum Messages {
    static let abstract = Message(
        nl: "Maak van een Word-document (.docx) het fragment van een groep, en controleer het.",
        en: "Turn a Word document (.docx) into a group's fragment, and check it.")
    static let file = Message(nl: "Het Word-document (.docx).", en: "The Word document (.docx).")
    static let group = Message(nl: "Het id van de groep, bijvoorbeeld woningmarkt.", en: "The group id, for example woningmarkt.")
    static let year = Message(
        nl: "Het jaar (standaard het nieuwste jaar met een manifest).", en: "The year (default: the newest year with a manifest).")
    static let dryRun = Message(nl: "Schrijf niets; toon het fragment.", en: "Write nothing; print the fragment.")
    static let replace = Message(nl: "Vervang een bestaand fragment.", en: "Replace an existing fragment.")
    static func written(_ path: String, replaced: Bool, basedOn: String?) -> Message {
        let nl = (replaced ? "vervangen: " : "geschreven: ") + path + (basedOn.map { " (kopgegevens uit \($0))" } ?? "")
        let en = (replaced ? "replaced: " : "written: ") + path + (basedOn.map { " (front matter from \($0))" } ?? "")
        return Message(nl: nl, en: en)
    }
}

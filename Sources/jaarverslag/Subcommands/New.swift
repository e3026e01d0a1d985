import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag new <group> --year <year>`: start a group's fragment from last year's.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: Messages.abstract.inHelpLanguage)

    @Argument(help: Messages.group.help(value: ValueName.group))
    var group: String

    @Option(name: .long, help: Messages.year.help(value: ValueName.year))
    var year: String

    @Flag(name: .long, help: CommonOptions.newGroupHelp)
    var newGroup = false

    @Flag(name: .long, help: Messages.copyText.help)
    var copyText = false

    @Option(name: .long, help: CommonOptions.rootHelp)
    var root: String?

    @Option(name: .long, help: CommonOptions.langHelp)
    var lang: Language?

    var options: CommonOptions { CommonOptions(root: root, lang: lang) }

    func run() throws {
        let language = options.language
        let year = try options.year(self.year)
        let workspace = try options.workspace()
        switch FragmentTemplate.create(group: group, year: year, copyText: copyText, newGroup: newGroup, in: workspace) {
        case .failure(.exists(let path)):
            // Refusing to overwrite is the safe outcome of a valid request, not a usage error.
            Console.error("jaarverslag: " + FragmentTemplate.Failure.exists(path).message.text(language))
            throw ExitCode(1)
        case .failure(let failure):
            throw Console.fail(failure, language: language)
        case .success(let created):
            let path = created.path
            if let basedOn = created.basedOn {
                Console.out(Messages.writtenFrom(path, basedOn).text(language))
            } else {
                Console.out(Messages.writtenNew(path).text(language))
            }
            for note in created.notes { Console.error(Messages.note.text(language) + note.text(language)) }
        }
    }
}

private enum Messages {
    static let abstract = Message(
        nl: "Maak het fragment van een groep voor een nieuw jaar, op basis van het vorige.",
        en: "Create a group's fragment for a new year, based on the previous one.")
    static let group = Message(nl: "Het id van de groep, bijvoorbeeld woningmarkt.", en: "The group id, for example woningmarkt.")
    static let year = Message(nl: "Het jaar van het nieuwe fragment.", en: "The year of the new fragment.")
    static let copyText = Message(nl: "Neem ook de tekst van vorig jaar over.", en: "Copy last year's text as well.")
    static func writtenFrom(_ path: String, _ basedOn: String) -> Message {
        Message(nl: "geschreven: \(path) (op basis van \(basedOn))", en: "written: \(path) (based on \(basedOn))")
    }
    static func writtenNew(_ path: String) -> Message {
        Message(
            nl: "geschreven: \(path) (nieuwe groep; vul de kopgegevens aan)", en: "written: \(path) (new group; complete the front matter)")
    }
    static let note = Message(nl: "let op: ", en: "note: ")
}

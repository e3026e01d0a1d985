import ArgumentParser
import Foundation
import JaarverslagKit

/// `jaarverslag new <group> --year <year>`: start a group's fragment from last year's.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: L(
            "Maak het fragment van een groep voor een nieuw jaar, op basis van het vorige.",
            "Create a group's fragment for a new year, based on the previous one."))

    @Argument(help: ArgumentHelp(L("Het id van de groep, bijvoorbeeld woningmarkt.", "The group id, for example woningmarkt.")))
    var group: String

    @Option(name: .long, help: ArgumentHelp(L("Het jaar van het nieuwe fragment.", "The year of the new fragment.")))
    var year: Int

    @Flag(name: .long, help: ArgumentHelp(L("Neem ook de tekst van vorig jaar over.", "Copy last year's text as well.")))
    var copyText = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        switch FragmentTemplate.create(group: group, year: year, copyText: copyText, in: options.workspace) {
        case .failure(.invalidGroup(let group)):
            Console.error(
                L(
                    "jaarverslag: `\(group)` is geen geldig groeps-id; gebruik kleine letters, cijfers en streepjes",
                    "jaarverslag: `\(group)` is not a valid group id; use lowercase letters, digits and hyphens"))
            throw ExitCode(2)
        case .failure(.exists(let path)):
            Console.error(
                L(
                    "jaarverslag: \(path) bestaat al; er is niets overschreven",
                    "jaarverslag: \(path) already exists; nothing was overwritten"))
            throw ExitCode(1)
        case .failure(.write(let path)):
            Console.error(L("jaarverslag: kan \(path) niet schrijven", "jaarverslag: cannot write \(path)"))
            throw ExitCode(2)
        case .success(let created):
            let path = options.workspace.displayPath(created.url)
            if let basedOn = created.basedOn {
                Console.out(L("geschreven: \(path) (op basis van \(basedOn))", "written: \(path) (based on \(basedOn))"))
            } else {
                Console.out(
                    L(
                        "geschreven: \(path) (nieuwe groep; vul pillar en title in)",
                        "written: \(path) (new group; fill in pillar and title)"))
                if let suggestion = created.suggestion {
                    Console.error(
                        L(
                            "let op: geen eerder fragment van `\(group)` gevonden; bedoelt u `\(suggestion)`?",
                            "note: no earlier fragment of `\(group)` found; did you mean `\(suggestion)`?"))
                }
            }
        }
    }
}

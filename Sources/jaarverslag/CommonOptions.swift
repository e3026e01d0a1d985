import ArgumentParser
import Foundation
import JaarverslagKit

/// Options every subcommand takes: `--root` and `--lang`. Each subcommand declares the two
/// last among its own (`@Option(name: .long, help: CommonOptions.rootHelp) var root`, and
/// `langHelp`), and reads them through its `options`. Not an `@OptionGroup`: ArgumentParser
/// builds the argument set of a command several times a run, each time reflecting every group
/// with `Mirror` as well, which cost more than the import of a document's paragraphs.
struct CommonOptions {
    var root: String?
    var lang: Language?

    static var rootHelp: ArgumentHelp { Messages.root.help(value: ValueName.folder) }
    static var langHelp: ArgumentHelp { Messages.lang.help(value: ValueName.language) }
    /// `new` and `import` both refuse a group nobody knows (a typo, most likely) without it.
    static var newGroupHelp: ArgumentHelp { Messages.newGroup.help }

    var language: Language {
        lang ?? Language.ofLocale
    }

    /// The repository: `--root`, or the nearest folder at or above the current one that holds
    /// `fragments/` and `reports/`. Outside a repository the command fails and writes nothing.
    func workspace() throws -> Workspace {
        switch RepositoryLocator.locate(root: root) {
        case .success(let workspace): return workspace
        case .failure(let failure): throw Console.fail(failure, language: language)
        }
    }

    /// A year argument, read the same way by every command.
    func year(_ argument: String) throws -> Int {
        switch YearArgument.parse(argument) {
        case .success(let year): return year
        case .failure(let failure): throw Console.fail(failure, language: language)
        }
    }
}

/// The values written out: ArgumentParser's generic defaults give the same (`nl`, `en`, no
/// descriptions) through conditional conformances that the runtime looks up on every start.
extension Language: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
}

/// Printing for every subcommand: diagnostics to stderr, results to stdout.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func print(_ diagnostics: [Diagnostic], language: Language) {
        let formatter = DiagnosticFormatter(language: language)
        for diagnostic in diagnostics { error(formatter.format(diagnostic)) }
    }

    /// Ends the process at once, once everything is written. A large year's model is
    /// hundreds of thousands of small objects; freeing them one by one on the way out took a
    /// tenth of a run, and the operating system takes the memory back anyway (compilers do
    /// the same: clang's -disable-free).
    static func finish(_ code: Int32) -> Never {
        Foundation.exit(code)
    }

    /// A command that cannot do its work is a usage error: exit code 2. The findings behind
    /// the failure come first, then the failure itself, located when it is one place.
    static func fail(_ failure: any CommandFailure, language: Language) -> ExitCode {
        error(DiagnosticFormatter(language: language).format(failure))
        return ExitCode(2)
    }
}

private enum Messages {
    static let root = Message(
        nl: "Map van de repository met fragments/ en reports/ (standaard: de huidige map of een map erboven).",
        en: "The repository folder with fragments/ and reports/ (default: the current folder or one above it).")
    static let lang = Message(
        nl: "Taal van de meldingen: nl of en (standaard uit LC_ALL/LANG).",
        en: "Language of the messages: nl or en (default from LC_ALL/LANG).")
    static let newGroup = Message(
        nl: "De groep is nieuw: maak het fragment ook als het manifest en eerdere jaren haar niet kennen.",
        en: "The group is new: make the fragment even when the manifest and earlier years do not know it.")
}

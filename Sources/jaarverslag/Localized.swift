import ArgumentParser
import CommandLineFrame
import Foundation
import JaarverslagKit

/// The language of help texts, decided before the arguments are parsed: `--lang` if given,
/// else LC_ALL / LC_MESSAGES / LANG.
enum HelpLanguage {
    static let current: Language = LanguageArgument.value(in: CommandLine.arguments).flatMap(Language.init(rawValue:)) ?? .ofLocale
}

extension Language {
    /// The language the locale variables ask for. `Language.fromEnvironment` reads only these
    /// three, so they are fetched with getenv: `ProcessInfo.environment` copies the whole
    /// environment into a dictionary, at every start.
    static var ofLocale: Language {
        var variables: [String: String] = [:]
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return fromEnvironment(variables)
    }
}

extension Message {
    /// The text in the language of help and usage texts.
    var inHelpLanguage: String { text(HelpLanguage.current) }

    /// Help for an option or argument, in the language of help texts.
    var help: ArgumentHelp { ArgumentHelp(inHelpLanguage) }

    /// Help with the name of the value (`<jaar>`, `<year>`) in the language of help texts.
    func help(value: Message) -> ArgumentHelp { ArgumentHelp(inHelpLanguage, valueName: value.inHelpLanguage) }
}

/// The names of values in usage lines: `jaarverslag check <jaar>`.
enum ValueName {
    static let year = Message(nl: "jaar", en: "year")
    static let groups = Message(nl: "groepen", en: "groups")
    static let group = Message(nl: "groep", en: "group")
    static let folder = Message(nl: "map", en: "folder")
    static let file = Message(nl: "bestand", en: "file")
    static let format = Message(nl: "formaat", en: "format")
    static let language = Message(nl: "taal", en: "language")
    static let old = Message(nl: "oud", en: "old")
    static let new = Message(nl: "nieuw", en: "new")
}

/// A first argument that is no subcommand (`jaarverslag chek 2023`) gets the closest one.
enum SubcommandSuggestion {
    static func failure(for arguments: [String], commands: [String]) -> Message? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else { return nil }
        let list = commands.map { "`\($0)`" }.joined(separator: ", ")
        if let suggestion = Suggestion.closest(to: first, in: commands) {
            return Message(
                nl: "`\(first)` is geen opdracht van jaarverslag; bedoelt u `\(suggestion)`? De opdrachten zijn \(list).",
                en: "`\(first)` is not a jaarverslag command; did you mean `\(suggestion)`? The commands are \(list).")
        }
        return Message(
            nl: "`\(first)` is geen opdracht van jaarverslag; de opdrachten zijn \(list).",
            en: "`\(first)` is not a jaarverslag command; the commands are \(list).")
    }
}

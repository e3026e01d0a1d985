/// The language of everything the tool says to a person.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl
    case en

    /// Dutch when `LC_ALL`, `LC_MESSAGES` or `LANG` (first one set) starts with `nl`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("nl") ? .nl : .en
            }
        }
        return .en
    }
}

/// A user-facing sentence in both languages. Every rule writes its messages this way,
/// so switching `--lang` never leaves a message untranslated.
public struct Message: Hashable, Sendable, Codable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }
}

extension Message {
    /// `1 fout`, `2 fouten`: a number with its noun in the right form in each language.
    public static func count(_ number: Int, nl: (one: String, many: String), en: (one: String, many: String)) -> Message {
        Message(nl: "\(number) \(number == 1 ? nl.one : nl.many)", en: "\(number) \(number == 1 ? en.one : en.many)")
    }

    /// Both languages joined.
    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
    }

    /// The same text in both languages: a name, a path, a number.
    public static func verbatim(_ text: String) -> Message {
        Message(nl: text, en: text)
    }

    /// The messages joined with `separator` in each language.
    public static func joined(_ messages: [Message], separator: String) -> Message {
        Message(nl: messages.map(\.nl).joined(separator: separator), en: messages.map(\.en).joined(separator: separator))
    }
}

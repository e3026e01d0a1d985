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
public struct Message: Hashable, Sendable {
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

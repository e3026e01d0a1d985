/// One finding about the input: what is wrong, where, and how to fix it.
///
/// Diagnostics are collected, not thrown, so that a secretary sees every problem of a
/// fragment in one run instead of fixing them one at a time.
public struct Diagnostic: Hashable, Sendable {
    /// What kind of finding this is; its severity and id come from the rule's declaration.
    public var rule: Rule
    public var severity: Severity { rule.severity }
    public var message: Message
    public var location: TextLocation
    /// Further places that belong to the finding, such as the other file of a duplicate.
    public var notes: [Note]
    /// What to do about it, when that is known.
    public var fix: Message?
    /// The offending source line, shown with a caret under `location.column`.
    public var sourceLine: String?
    /// The automatic fix, when one is safe (`check --fix`).
    public var edits: [TextEdit] = []

    public struct Note: Hashable, Sendable {
        public var message: Message
        public var location: TextLocation
        public init(message: Message, location: TextLocation) {
            self.message = message
            self.location = location
        }
    }

    public init(
        _ rule: Rule, _ message: Message, at location: TextLocation,
        fix: Message? = nil, notes: [Note] = [], sourceLine: String? = nil
    ) {
        self.rule = rule
        self.message = message
        self.location = location
        self.fix = fix
        self.notes = notes
        self.sourceLine = sourceLine
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// Sorted by file, then position, then rule: the order in which they are printed.
    public func sortedForOutput() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            if a.element.rule != b.element.rule { return a.element.rule.id < b.element.rule.id }
            return a.offset < b.offset
        }.map(\.element)
    }
}
extension Diagnostic: Error {}

/// A kind of finding, declared once, in the file that finds it: its stable id, how bad it is,
/// whether a fragment may silence it with `ignore:`, and whether it can be fixed for the user.
///
/// Every list of rules derives from these declarations: the rules a fragment may ignore, the
/// README's rule tables and the checks of the hostile-input corpus (`RuleCatalog`).
public struct Rule: Hashable, Sendable, CustomStringConvertible {
    /// The part of the tool that reports the rule; the README groups its tables by it.
    public enum Stage: String, Hashable, Sendable, CaseIterable {
        /// Reading the files: encodings, front matter, YAML, the fragments folder, limits.
        case loading
        /// Checking the fragments against each other and the manifest.
        case fragment
        /// Lints for damage done by pasting from Word, PDF and e-mail.
        case lint
        /// Checking the coordinator's manifest itself.
        case manifest
        /// Writing the outputs.
        case output
        /// Turning a Word document into a fragment (`jaarverslag import`).
        case importing
    }

    /// What the tool can do about a finding.
    public enum Fix: Hashable, Sendable {
        case none
        /// Applied by `check --fix`: only where the change is certain to keep the meaning.
        case automatic(Message)
        /// Suggested in the message, never applied automatically.
        case offered(Message)
    }

    /// Stable: scripts, `ignore:` lists and the corpus match on it, so it is never renamed.
    public let id: RuleID
    public let severity: Severity
    public let stage: Stage
    /// Whether a fragment may silence it with `ignore: [id]`; only warnings can be ignored.
    public let ignorable: Bool
    public let fix: Fix
    /// What the rule catches, in one line (the README's rule tables).
    public let summary: Message

    init(_ id: String, _ severity: Severity, stage: Stage, ignorable: Bool = false, fix: Fix = .none, summary: Message) {
        precondition(!ignorable || severity == .warning, "only warnings can be ignored: \(id)")
        self.id = RuleID(rawValue: id)
        self.severity = severity
        self.stage = stage
        self.ignorable = ignorable
        self.fix = fix
        self.summary = summary
    }

    public var description: String { id.rawValue }

    /// Rules are the same when their ids are: an id is declared once.
    public static func == (lhs: Rule, rhs: Rule) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

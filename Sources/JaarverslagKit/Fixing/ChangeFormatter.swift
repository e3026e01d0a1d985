/// Prints what `check --fix` changed, one line per change, so a secretary can see every word
/// the tool touched: `fragments/2024/wonen.md:10:5: `gemeen-⏎telijke` → `gemeentelijke` [broken-word]`.
/// The file name goes through `PrintableText`, and the texts through `shown`: neither can
/// start a line of its own or act on the terminal.
public struct ChangeFormatter: Sendable {
    public var language: Language
    /// True for `--dry-run`: the changes are what would be made.
    public var dryRun: Bool

    public init(language: Language, dryRun: Bool) {
        self.language = language
        self.dryRun = dryRun
    }

    public func format(_ change: Fixer.Change) -> String {
        let label = (dryRun ? Messages.wouldFix : Messages.fixed).text(language)
        let before = Self.shown(change.before.hasSuffix("\n") ? String(change.before.dropLast()) : change.before)
        let what =
            change.after.isEmpty || change.after == "\n"
            ? Messages.removed(before) : Messages.changed(before, Self.shown(change.after))
        return "\(label)\(PrintableText.terminal(change.location.description)): \(what.text(language)) [\(change.rule)]"
    }

    /// `3 wijzigingen in 1 bestand`, and with `--dry-run` that nothing was written.
    public func summary(changes: Int, files: Int) -> String {
        guard changes > 0 else { return Messages.nothing.text(language) }
        let counts = Message.count(changes, nl: ("wijziging", "wijzigingen"), en: ("change", "changes"))
        let summary = counts + .verbatim(" ") + Messages.inFiles + Message.count(files, nl: ("bestand", "bestanden"), en: ("file", "files"))
        return (dryRun ? summary + Messages.nothingWritten : summary).text(language)
    }

    /// Line ends, tabs and invisible characters made visible; a long text shortened in the middle.
    static func shown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "⏎"
            case "\t": result += "⇥"
            case " ": result += " "
            default:
                let category = scalar.properties.generalCategory
                // Word's symbol-font bullets are private-use characters a terminal shows as nothing.
                if category == .format || category == .control || category == .spaceSeparator || category == .lineSeparator
                    || category == .paragraphSeparator || category == .privateUse
                {
                    result += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        guard result.count > 160 else { return result }
        return String(result.prefix(100)) + "…" + String(result.suffix(50))
    }
}

extension ChangeFormatter {
    enum Messages {
        static let fixed = Message(nl: "hersteld: ", en: "fixed: ")
        static let wouldFix = Message(nl: "zou herstellen: ", en: "would fix: ")
        static func changed(_ before: String, _ after: String) -> Message {
            .verbatim("`\(before)` → `\(after)`")
        }
        static func removed(_ before: String) -> Message {
            Message(nl: "`\(before)` verwijderd", en: "`\(before)` removed")
        }
        static let inFiles = Message(nl: "in ", en: "in ")
        static let nothing = Message(nl: "niets te herstellen", en: "nothing to fix")
        static let nothingWritten = Message(nl: "; niets geschreven (--dry-run)", en: "; nothing written (--dry-run)")
    }
}

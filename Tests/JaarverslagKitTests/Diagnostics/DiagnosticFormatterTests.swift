import Testing
@testable import JaarverslagKit

@Suite struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic(
        .unknownField, Message(nl: "onbekend veld `pilar`", en: "unknown field `pilar`"),
        at: TextLocation(path: "fragments/2023/a.md", line: 3, column: 1),
        fix: Message(nl: "gebruik `pillar`", en: "use `pillar`"), sourceLine: "pilar: sociaal")

    @Test func printsLocationSeverityMessageAndRule() {
        let text = DiagnosticFormatter(language: .en).format(diagnostic)
        #expect(
            text == """
                fragments/2023/a.md:3:1: error: unknown field `pilar` [unknown-field]
                    pilar: sociaal
                    ^
                    fix: use `pillar`
                """)
    }

    /// A pasted paragraph is one long line: the part around the column is shown, with the caret.
    @Test func aLongLineIsShownAroundTheColumn() {
        let line = (1...60).map { "woord\($0)" }.joined(separator: " ")
        let column = line.distance(from: line.startIndex, to: line.range(of: "woord40")!.lowerBound) + 1
        var long = diagnostic
        long.location.column = column
        long.sourceLine = line
        let lines = DiagnosticFormatter(language: .nl).format(long).split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("    …") && lines[1].hasSuffix("…"))
        #expect(lines[1].count <= 4 + 102)
        let caret = lines[2].count - 1
        #expect(lines[1].dropFirst(caret).hasPrefix("woord40"))
        #expect(DiagnosticFormatter.window("kort", column: 2) == ("kort", 2))
    }

    @Test func speaksDutch() {
        let text = DiagnosticFormatter(language: .nl).format(diagnostic)
        #expect(text.hasPrefix("fragments/2023/a.md:3:1: fout: onbekend veld `pilar` [unknown-field]"))
        #expect(text.contains("oplossing: gebruik `pillar`"))
    }

    /// A tab is shown as `␉`, one column, so the caret is padded with spaces only.
    @Test func caretFollowsTheColumn() {
        var moved = diagnostic
        moved.location.column = 8
        for (source, shown) in [("group: Woning markt", "group: Woning markt"), ("title:\t&a Titel", "title:␉&a Titel")] {
            moved.sourceLine = source
            let lines = DiagnosticFormatter(language: .en).format(moved).split(separator: "\n")
            #expect(lines[1] == "    " + shown)
            #expect(lines[2] == "           ^")
        }
    }

    @Test func summaryCountsErrorsAndWarnings() {
        var warning = diagnostic
        warning.rule = .doubleSpace
        let summary = DiagnosticFormatter(language: .nl).summary([diagnostic, warning, warning], fragmentCount: 22)
        #expect(summary == "22 fragmenten gecontroleerd: 1 fout, 2 waarschuwingen")
    }

    @Test func languageComesFromTheEnvironment() {
        #expect(Language.fromEnvironment(["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}

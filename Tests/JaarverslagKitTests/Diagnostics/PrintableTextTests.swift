import Foundation
import Testing
@testable import JaarverslagKit

/// Text from the input never acts on a terminal, a log or a JSON reader.
@Suite struct PrintableTextTests {
    @Test func terminalShowsEveryUnsafeCharacterAsOne() {
        #expect(PrintableText.terminal("a\nb\u{1B}[31mc\td\u{7F}") == "a␊b␛[31mc␉d␡")
        #expect(PrintableText.terminal("x\u{202E}y\u{2028}z\u{9B}") == "x\u{FFFD}y\u{FFFD}z\u{FFFD}")
        #expect(PrintableText.terminal("Súdwest-Fryslân ’s-Hertogenbosch") == "Súdwest-Fryslân ’s-Hertogenbosch")
    }

    @Test func jsonEscapesWhatItsEncoderLeaves() throws {
        let encoded = String(decoding: try JSONEncoder().encode(["a\u{202E}b\u{2028}c\u{85}\n"]), as: UTF8.self)
        let safe = PrintableText.json(encoded)
        #expect(!safe.unicodeScalars.contains { PrintableText.isUnsafe($0) && $0.value >= 0x20 })
        #expect(try JSONDecoder().decode([String].self, from: Data(safe.utf8)) == ["a\u{202E}b\u{2028}c\u{85}\n"])
    }

    @Test func fileNamesThatAreNotUTF8() {
        #expect(PrintableText.fileName(Array("caf".utf8) + [0xE9] + Array(".md".utf8)) == "caf\\xE9.md")
        #expect(PrintableText.fileName([0xFF, 0x0A] + Array("x".utf8)) == "\\xFF␊x")
    }

    /// A file name or a line with a line break or escape sequence prints as one line, with the
    /// caret still under its column.
    @Test func aDiagnosticCannotBeForged() {
        let path = "fragments/2099/a\nfragments/2099/b.md:1:1: error: vervalst [x]\u{1B}[2J.md"
        let diagnostic = Diagnostic(
            .invalidURL, Message(nl: "x", en: "bad `\u{1B}]8;;https://example.com\u{7}`"), at: TextLocation(path: path, line: 2, column: 4),
            sourceLine: "\u{1B}[31mrood")
        let lines = DiagnosticFormatter(language: .en).format(diagnostic).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("fragments/2099/a␊fragments/2099/b.md:1:1: error: vervalst [x]␛[2J.md:2:4: error: bad `␛]8;;https"))
        #expect(lines[1] == "    ␛[31mrood")
        #expect(lines[2] == "       ^")
        #expect(!DiagnosticReport.github([diagnostic], language: .en).dropLast().contains("\n"))
        #expect(!DiagnosticReport.github([diagnostic], language: .en).contains("\u{1B}"))
        #expect(!DiagnosticReport.json([diagnostic], year: 2099, fragmentCount: 1, language: .en).contains("\u{1B}"))
    }

    /// A long line is shown as the part around the column, with the caret under it.
    @Test func aLongLineIsShownAroundItsColumn() {
        let line = String(repeating: "woord ", count: 1_000) + "FOUT" + String(repeating: " woord", count: 1_000)
        let diagnostic = Diagnostic(
            .invalidURL, Message(nl: "x", en: "x"), at: TextLocation(path: "f.md", line: 1, column: 6_001), sourceLine: line)
        let lines = DiagnosticFormatter(language: .en).format(diagnostic).split(separator: "\n")
        #expect(lines[1].count < 130 && lines[1].hasPrefix("    …") && lines[1].hasSuffix("…"))
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret...].starts(with: "FOUT"))
    }
}

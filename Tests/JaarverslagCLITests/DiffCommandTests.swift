import Foundation
import Testing

@Suite struct DiffCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(["diff"] + arguments + ["--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test func from2014To2023() throws {
        let result = try CLI.run(["diff", "2014", "2023"])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}["), "no colour when the output is not a terminal")
        #expect(result.stdout.contains("Network renamed: G32 Stedennetwerk → G40 Stedennetwerk"))
        let diff = try json(["2014", "2023"])
        let members = try #require(diff["members"] as? [String: Any])
        #expect(members["joined"] as? [String] == ["Amstelveen", "Assen", "Hilversum", "Hoorn"])
        #expect(members["left"] as? [String] == [])
        #expect(diff["schemaVersion"] as? Int == 1)
        #expect((diff["network"] as? [String: String]) == ["from": "G32 Stedennetwerk", "to": "G40 Stedennetwerk"])
    }

    @Test func aYearAgainstItsOwnDocBookIsTheSame() throws {
        for year in ["2014", "2023"] {
            let result = try CLI.run(["diff", year, "reports/\(year)/jaarverslag-\(year).xml"])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            #expect(try CLI.run(["diff", year, year]).status == 0)
        }
    }

    @Test func yearsAndTheirDocBookFilesGiveTheSameDiff() throws {
        let fromYears = try CLI.run(["diff", "2014", "2023", "--format", "json"]).stdout
        let fromFiles = try CLI.run(["diff", "reports/2014/jaarverslag-2014.xml", "reports/2023/jaarverslag-2023.xml", "--format", "json"])
            .stdout
        func withoutSources(_ text: String) -> String {
            text.split(separator: "\n").filter { !$0.contains("\"source\"") }.joined(separator: "\n")
        }
        #expect(withoutSources(fromYears) == withoutSources(fromFiles))
    }

    @Test func statIsShort() throws {
        let result = try CLI.run(["diff", "2014", "2023", "--stat", "--lang", "nl"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("leden: +4 -0"))
        #expect(result.stdout.split(separator: "\n").count <= 8)
    }

    @Test func docbookOutputWithRevisionFlags() throws {
        let output = CLI.temporaryDirectory().appendingPathComponent("wijzigingen.xml")
        let result = try CLI.run(["diff", "2014", "2023", "--format", "docbook", "--output", output.path])
        #expect(result.status == 1)
        let xml = try String(contentsOf: output, encoding: .utf8)
        #expect(xml.contains("revisionflag=\"added\""))
        #expect(xml.contains("revisionflag=\"changed\""))
        #expect(xml.contains("revisionflag=\"deleted\""))
    }

    @Test func htmlPageWithTheSameLook() throws {
        let folder = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("wijzigingen.html")
        let result = try CLI.run(["diff", "2014", "2023", "--format", "html", "--lang", "nl", "--output", output.path])
        #expect(result.status == 1)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("<h1>Wat is er veranderd?</h1>"))
        #expect(html.contains("<dd><del>G32 Stedennetwerk</del> → <ins>G40 Stedennetwerk</ins></dd>"))
        #expect(html.contains("<summary>Oud en nieuw naast elkaar</summary>"))
        #expect(!html.contains("<script"))
    }

    /// pandoc ignores `revisionflag`, but still shows which words went and which came.
    @Test(.enabled(if: Tool.path("pandoc") != nil, "pandoc is not installed"))
    func pandocShowsRemovedAndAddedWords() throws {
        let folder = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("wijzigingen.xml")
        let root = CLI.packageRoot.appendingPathComponent("Tests/JaarverslagKitTests/Fixtures/diff").path
        #expect(try CLI.run(["diff", "2098", "2099", "--root", root, "--format", "docbook", "--output", output.path]).status == 1)
        let markdown = try Tool.run("pandoc", ["-f", "docbook", "-t", "markdown", "--wrap=none", output.path])
        #expect(markdown.stderr.isEmpty)
        #expect(
            markdown.stdout.contains(
                "De themagroep kwam [~~vier~~]{.deleted} [*vijf*]{.added} keer bijeen in [~~Delft~~]{.deleted} [*Ede*]{.added}"))
        let html = try Tool.run("pandoc", ["-f", "docbook", "-t", "html", "--wrap=none", output.path]).stdout
        #expect(html.contains("<span class=\"deleted\"><del>vier</del></span> <span class=\"added\"><em>vijf</em></span>"))
    }

    @Test(arguments: [
        (
            "doctype.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE book [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<book xmlns=\"http://docbook.org/ns/docbook\"><info><title>&x;</title></info></book>",
            "DOCTYPE"
        ),
        (
            // The parser stops at the DOCTYPE, before the entities in it are even declared.
            "laughs.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><b>&c;</b>",
            "DOCTYPE"
        ),
        ("html.xml", "<html><body>geen DocBook</body></html>", "not a DocBook 5 book"),
    ])
    func hostileInputsExitTwo(name: String, content: String, expected: String) throws {
        let file = CLI.temporaryDirectory().appendingPathComponent(name)
        try content.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", "2023", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingFileExitsTwo() throws {
        let result = try CLI.run(["diff", "2023", "/nonexistent/jaarverslag.xml", "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "/nonexistent/jaarverslag.xml: error: this file does not exist; give the path of a DocBook file written by `jaarverslag build`, or a year of four digits"
            ), "\(result.stderr)")
        let dutch = try CLI.run(["diff", "2023", "/nonexistent/jaarverslag.xml", "--lang", "nl"])
        #expect(dutch.stderr.contains("/nonexistent/jaarverslag.xml: fout: dit bestand bestaat niet; geef het pad van een DocBook-bestand"))
    }
}

/// Colour only on a terminal, and never with NO_COLOR: run under `script`, which gives the
/// command a pseudo-terminal.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux `script` is not installed"))
struct DiffColourTests {
    func onTerminal(_ environment: [String: String]) throws -> String {
        let command = "\(CLI.executable.path) diff 2014 2023 --root \(CLI.packageRoot.path)"
        return try CLI.run(["-qc", command, "/dev/null"], environment: environment, executable: URL(fileURLWithPath: "/usr/bin/script"))
            .stdout
    }

    @Test func colourOnATerminal() throws {
        #expect(try onTerminal([:]).contains("\u{1B}[31m"))
    }

    @Test func noColourWithNoColor() throws {
        #expect(!(try onTerminal(["NO_COLOR": "1"]).contains("\u{1B}[")))
    }
}

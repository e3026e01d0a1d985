import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheThreeFilesIntoTheOutputDirectory() throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["build", "2023", "--output-dir", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["jaarverslag-2023.html", "jaarverslag-2023.txt", "jaarverslag-2023.xml"])
        #expect(result.stdout.hasPrefix("written: "))
        // Built again from the same fragments, nothing is touched.
        let again = try CLI.run(["build", "2023", "--output-dir", output.path])
        #expect(again.status == 0)
        #expect(
            again.stdout
                == "unchanged: \(output.path)/jaarverslag-2023.xml, \(output.path)/jaarverslag-2023.txt, \(output.path)/jaarverslag-2023.html\n"
        )
    }

    @Test func aFailingCheckWritesNothing() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede"),
                "wonen.md": CLI.fragment(group: "wonen", body: "![beeld](x.png)"),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let reports = root.appendingPathComponent("reports/2099")
        let before = try FileManager.default.contentsOfDirectory(atPath: reports.path)
        let result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("nothing written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == before)
    }

    @Test func aFailingBuildKeepsThePreviousOutputs() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede"), "wonen.md": CLI.fragment(group: "wonen"),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["build", "2099", "--root", root.path]).status == 0)
        let text = root.appendingPathComponent("reports/2099/jaarverslag-2099.txt")
        let good = try Data(contentsOf: text)
        try CLI.fragment(group: "wonen", body: "<div>kapot</div>")
            .write(to: root.appendingPathComponent("fragments/2099/wonen.md"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["build", "2099", "--root", root.path]).status == 1)
        #expect(try Data(contentsOf: text) == good)
    }

    @Test func sameBytesInAnyTimeZoneAndLocale() throws {
        let first = CLI.temporaryDirectory()
        let second = CLI.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(
            try CLI.run(["build", "2023", "--output-dir", first.path], environment: ["TZ": "Pacific/Kiritimati", "LANG": "nl_NL.UTF-8"])
                .status == 0)
        #expect(
            try CLI.run(
                ["build", "2023", "--output-dir", second.path],
                environment: ["TZ": "America/Anchorage", "LANG": "C", "LC_ALL": "tr_TR.UTF-8"]
            ).status == 0)
        for name in ["jaarverslag-2023.xml", "jaarverslag-2023.txt"] {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)))
        }
    }

    @Test func aMissingSchemaIsAUsageError() throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["build", "2023", "--output-dir", output.path, "--schema", "/nonexistent.rng"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("docbook5-xml"))
        #expect(try CLI.run(["build", "2023", "--output-dir", output.path, "--schema", "/nonexistent.rng", "--no-validate"]).status == 0)
    }

    /// By default the built-in part of DocBook is used; `--schema` takes the whole schema.
    @Test func theWholeDocBookSchemaCanBeChosen() throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run([
            "build", "2014", "--output-dir", output.path, "--schema", "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("written: "))
    }

    /// A schema that is there but does not parse is a usage error too, and nothing is written.
    @Test func aSchemaThatDoesNotParseIsAUsageError() throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let schema = output.appendingPathComponent("kapot.rng")
        try Data("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start>".utf8).write(to: schema)
        let result = try CLI.run(["build", "2023", "--output-dir", output.path, "--schema", schema.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("docbook5-xml"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("jaarverslag-2023.xml").path))
    }
}

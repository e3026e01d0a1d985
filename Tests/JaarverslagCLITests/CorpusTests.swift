import Foundation
import Testing

/// Every case of the corpus of bad input (`Tests/Corpus/`): the build names the file and the
/// place of the expected error, and creates or changes no output file. A broken fragment
/// makes it exit 1; a broken manifest (`manifests/…`) is a usage error, exit 2.
@Suite struct CorpusTests {
    static let corpus = CLI.packageRoot.appendingPathComponent("Tests/Corpus")

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var rule: String
        var place: String
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let text = (try? String(contentsOf: corpus.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return Case(name: fields[0], rule: fields[1], place: fields[2])
        }
    }()

    static let manifest = CLI.manifest(groups: ["geval"], cities: ["Delft"])

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.cases.count >= 100)
    }

    @Test(arguments: cases)
    func badInputIsReportedAndNothingIsWritten(_ entry: Case) throws {
        let isManifest = entry.name.hasPrefix("manifests/")
        let root = try CLI.scratchRepository(
            manifest: Self.manifest, fragments: isManifest ? ["geval.md": CLI.fragment(group: "geval")] : [:])
        defer { try? FileManager.default.removeItem(at: root) }
        let target = isManifest ? "reports/2099/report.yaml" : "fragments/2099/geval.md"
        if isManifest { try FileManager.default.removeItem(at: root.appendingPathComponent(target)) }
        try FileManager.default.copyItem(
            at: Self.corpus.appendingPathComponent(isManifest ? entry.name + ".yaml" : "fragments/\(entry.name).md"),
            to: root.appendingPathComponent(target))
        let result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == (isManifest ? 2 : 1), "\(result.stderr)")
        let place = entry.place == "-" ? "" : ":" + entry.place
        #expect(result.stderr.contains("\(target)\(place): error: "), "\(result.stderr.prefix(2000))")
        #expect(result.stderr.contains("[\(entry.rule)]"), "\(result.stderr.prefix(2000))")
        #expect(!result.stderr.contains("bug in jaarverslag"), "\(result.stderr.prefix(2000))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("reports/2099").path) == ["report.yaml"])
    }

    /// Inputs too large to commit, made on the spot.
    struct LargeCase: CustomTestStringConvertible, Sendable {
        var name: String
        var rule: String
        var body: @Sendable () -> String
        var testDescription: String { name }
    }

    static let largeCases: [LargeCase] = [
        LargeCase(name: "a 60 MB fragment", rule: "fragment-too-large") { String(repeating: "Tekst. ", count: 9_000_000) },
        LargeCase(name: "a line of 1 MB", rule: "line-too-long") { String(repeating: "woord ", count: 175_000) },
        LargeCase(name: "100,000 nested lists", rule: "markdown-too-deep") { String(repeating: "- ", count: 100_000) + "diep" },
        LargeCase(name: "100,000 nested quotes", rule: "markdown-too-deep") { String(repeating: "> ", count: 100_000) + "diep" },
    ]

    @Test(arguments: largeCases)
    func largeInputsAreRefused(_ entry: LargeCase) throws {
        let (name, rule) = (entry.name, entry.rule)
        let root = try CLI.scratchRepository(manifest: Self.manifest, fragments: [:])
        defer { try? FileManager.default.removeItem(at: root) }
        let text = "---\nyear: 2099\npillar: sociaal\ngroup: geval\ntitle: Geval\n---\n" + entry.body() + "\n"
        try Data(text.utf8).write(to: root.appendingPathComponent("fragments/2099/geval.md"))
        let start = ContinuousClock.now
        let result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == 1, "\(name): \(result.stderr.prefix(500))")
        #expect(result.stderr.contains("fragments/2099/geval.md"))
        #expect(result.stderr.contains("[\(rule)]"), "\(name): \(result.stderr.prefix(500))")
        #expect(ContinuousClock.now - start < .seconds(30), "\(name) must be refused quickly")
    }

    @Test func directoryTricksAreRefused() throws {
        let root = try CLI.scratchRepository(
            manifest: Self.manifest,
            fragments: [
                "geval.md": CLI.fragment(group: "geval"), "Geval.md": CLI.fragment(group: "geval-twee"), "notities.txt": "los",
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = root.appendingPathComponent("geheim.md")
        try CLI.fragment(group: "geheim").write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("fragments/2099/link.md"), withDestinationURL: outside)
        // A named pipe would block a read for ever; it is not a fragment.
        #expect(mkfifo(root.appendingPathComponent("fragments/2099/pijp.md").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("fragments/2099/naar-pijp.md").path, withDestinationPath: "pijp.md")
        let result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("fragments/2099/link.md: error: ") && result.stderr.contains("[link-outside]"))
        #expect(result.stderr.contains("[file-name-case]"))
        #expect(result.stderr.contains("fragments/2099/notities.txt: error: ") && result.stderr.contains("[unknown-file]"))
        #expect(result.stderr.contains("fragments/2099/pijp.md: error: "))
        #expect(result.stderr.contains("fragments/2099/naar-pijp.md: error: ") && result.stderr.contains("not a regular file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("reports/2099").path) == ["report.yaml"])
    }

    @Test(
        arguments: [
            ("missing", nil, "no manifest for 2099"),
            ("malformed", "year: [2099\n", "[yaml-syntax]"),
            (
                "a chapter twice",
                CorpusTests.manifest.replacingOccurrences(of: "members:", with: "  - id: sociaal\n    title: Nog eens\nmembers:"),
                "[manifest-duplicate-chapter]"
            ),
        ] as [(String, String?, String)])
    func brokenManifestsAreUsageErrors(name: String, manifest: String?, expected: String) throws {
        let root = try CLI.scratchRepository(manifest: manifest ?? "", fragments: ["geval.md": CLI.fragment(group: "geval")])
        defer { try? FileManager.default.removeItem(at: root) }
        if manifest == nil { try FileManager.default.removeItem(at: root.appendingPathComponent("reports/2099/report.yaml")) }
        let result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == 2, "\(name)")
        #expect(result.stderr.contains(expected), "\(name): \(result.stderr)")
    }
}

import Foundation
import Testing

/// `jaarverslag import` end to end: a Word document becomes a fragment with the front matter
/// `new` would make, is checked, and is never written over an existing fragment unasked.
@Suite struct ImportCommandTests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/JaarverslagKitTests/Fixtures/docx")
    static let corpus = CLI.packageRoot.appendingPathComponent("Tests/Corpus/docx")

    /// A repository with 2098's fragment of `wonen` and 2099's manifest that plans it under `fysiek`.
    static func repository() throws -> URL {
        let manifest = """
            year: 2099
            title: Jaarverslag 2099
            network: {name: G40 Stedennetwerk, short: G40}
            chapters:
              - id: fysiek
                title: Pijler Fysiek
                groups: [wonen]
            members:
              title: Leden
              cities: [Assen, Delft]
            """
        let root = try CLI.scratchRepository(manifest: manifest, fragments: [:])
        let earlier = root.appendingPathComponent("fragments/2098")
        try FileManager.default.createDirectory(at: earlier, withIntermediateDirectories: true)
        try """
        ---
        year: 2098
        pillar: sociaal
        group: wonen
        title: Themagroep Woningmarkt
        status: final
        chairs:
          - name: Jan Hamming
            city: Delft
        ---
        Vorig jaar.
        """.write(to: earlier.appendingPathComponent("wonen.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func aSecretarysDocumentBecomesADraftFragment() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let document = Self.fixtures.appendingPathComponent("woningmarkt-secretaris.docx").path
        let result = try CLI.run(["import", document, "--group", "wonen", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("geschreven: fragments/2099/wonen.md (kopgegevens uit fragments/2098/wonen.md)\n"))
        #expect(result.stdout.hasSuffix("1 fragment gecontroleerd: 0 fouten, 4 waarschuwingen\n"))
        #expect(
            result.stderr.contains(
                "\(document): waarschuwing: na alinea 14 („Lees ook de reactie van de…”): een tabel van 3 rijen en 2 kolommen"))
        let text = try String(contentsOf: root.appendingPathComponent("fragments/2099/wonen.md"), encoding: .utf8)
        #expect(
            text.hasPrefix(
                """
                ---
                year: 2099
                pillar: fysiek
                group: wonen
                title: Themagroep Woningmarkt
                status: draft
                chairs:
                - name: Jan Hamming
                  city: Delft
                  role: voorzitter
                ---
                In 2023 kwam de themagroep vier keer bijeen.
                """), "\(text)")
        #expect(text.contains("a) afspraken over **sociale huur**;\n\nb) een reactie op de internetconsultatie van december;"))
        #expect(text.contains("[de reactie van de G40](https://www.g40stedennetwerk.nl/nieuws/g40-reageert-op-woondeal)"))
        #expect(try CLI.run(["check", "2099", "--root", root.path]).status == 0)
    }

    @Test func anExistingFragmentIsReplacedOnlyWhenAsked() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("fragments/2099/wonen.md")
        try CLI.fragment(group: "wonen", pillar: "fysiek", body: "Eigen tekst.").write(to: target, atomically: true, encoding: .utf8)
        let document = Self.fixtures.appendingPathComponent("armoede-zonder-stijlen.docx").path

        let refused = try CLI.run(["import", document, "--group", "wonen", "--year", "2099", "--root", root.path, "--lang", "nl"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("fragments/2099/wonen.md bestaat al; er is niets overschreven (gebruik --replace"))
        #expect(try String(contentsOf: target, encoding: .utf8).contains("Eigen tekst."))

        let dryRun = try CLI.run(["import", document, "--group", "wonen", "--year", "2099", "--root", root.path, "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(dryRun.stdout.contains("# Wat deden we\n\n- een manifest: ‘Geen pleisters meer!’\n- een brief aan de Tweede Kamer\n"))
        #expect(dryRun.stderr.contains("[import-bold-heading]"))
        #expect(try String(contentsOf: target, encoding: .utf8).contains("Eigen tekst."))

        let replaced = try CLI.run(["import", document, "--group", "wonen", "--year", "2099", "--root", root.path, "--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.hasPrefix("replaced: fragments/2099/wonen.md (front matter from fragments/2099/wonen.md)"))
        let text = try String(contentsOf: target, encoding: .utf8)
        #expect(text.contains("title: Titel van wonen\nstatus: draft\n---\n# Armoede en schulden\n"))
    }

    @Test func theCheckOnTheResultSetsTheExitCode() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let markdown = root.appendingPathComponent("in.md")
        try "Zie [de site](www.g40.nl) voor meer.\n".write(to: markdown, atomically: true, encoding: .utf8)
        let document = root.appendingPathComponent("verslag.docx")
        let pandoc = try CLI.run(
            ["pandoc", "-f", "commonmark", "-t", "docx", "-o", document.path, markdown.path],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(pandoc.status == 0, "pandoc is needed: \(pandoc.stderr)")
        let result = try CLI.run(["import", "verslag.docx", "--group", "wonen", "--root", root.path], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("fragments/2099/wonen.md:12:15: error: `www.g40.nl` is not a complete web address [invalid-url]"),
            "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("fragments/2099/wonen.md").path))
    }

    @Test func usageErrors() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let document = Self.fixtures.appendingPathComponent("armoede-zonder-stijlen.docx").path
        #expect(try CLI.run(["import", document, "--group", "Wonen!", "--root", root.path]).status == 2)
        #expect(try CLI.run(["import", document, "--group", "wonen", "--year", "2050", "--root", root.path]).status == 2)
        let missing = try CLI.run(["import", "bestaat-niet.docx", "--group", "wonen", "--root", root.path, "--lang", "nl"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("bestaat-niet.docx: fout: het bestand kan niet gelezen worden"))
    }

    /// A mistyped group would otherwise become a fragment nobody asked for, with an empty
    /// chapter and title: refused as `new` refuses it, with the group meant and the way out.
    @Test func anUnknownGroupIsRefusedAsNewRefusesIt() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let document = Self.fixtures.appendingPathComponent("armoede-zonder-stijlen.docx").path
        let typo = try CLI.run(["import", document, "--group", "wone", "--root", root.path, "--lang", "nl"])
        #expect(typo.status == 2)
        #expect(typo.stdout.isEmpty)
        #expect(
            typo.stderr
                == "jaarverslag: `wone` is geen bekende groep: het manifest van 2099 noemt haar niet en geen eerder jaar heeft een fragment van haar. Bedoelt u `wonen`? Is het echt een nieuwe groep, geef dan --new-group mee. Er is niets geschreven.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("fragments/2099/wone.md").path))
        // Said to be new, it is imported; the check then asks for its chapter and title.
        let new = try CLI.run(["import", document, "--group", "armoede", "--new-group", "--root", root.path, "--lang", "en"])
        #expect(new.status == 1, "\(new.stderr)")
        #expect(new.stdout.hasPrefix("written: fragments/2099/armoede.md\n"))
        // A group of an earlier year, or one the manifest plans, needs no option.
        #expect(try CLI.run(["import", document, "--group", "wonen", "--dry-run", "--root", root.path]).status == 0)
    }

    // MARK: The hostile corpus

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var rule: String
        var words: String
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let text = (try? String(contentsOf: corpus.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return Case(name: fields[0], rule: fields[1], words: fields[2])
        }
    }()

    @Test func theCorpusCoversTheIssue() {
        #expect(Self.cases.count >= 17)
    }

    @Test(arguments: cases)
    func hostileAndWrongFilesAreRefusedAndNothingIsWritten(_ entry: Case) throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(
            at: Self.corpus.appendingPathComponent("\(entry.name).docx"), to: root.appendingPathComponent("verslag.docx"))
        try Self.expectRefused(root: root, rule: entry.rule, words: entry.words)
    }

    /// Inputs too large to commit, made by Python's zipfile (fast, and independent of the reader).
    @Test(arguments: [
        ("3,000 entries", "import-too-many-entries", "meer dan 2000 onderdelen", "many"),
        ("a part past 32 MB that packs only 1.7 times", "import-too-large", "pakt uit tot meer dan 32 MB", "large"),
        ("a file past 64 MB", "import-too-large", "groter dan 64 MB", "file"),
    ])
    func largeInputsAreRefused(_ name: String, _ rule: String, _ words: String, _ kind: String) throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let script = """
            import io, random, sys, zipfile
            kind, path = sys.argv[1], sys.argv[2]
            if kind == "file":
                open(path, "wb").write(b"PK" + bytes(65 * 1024 * 1024))
                sys.exit(0)
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                if kind == "many":
                    for i in range(3000):
                        z.writestr("word/media/image%d.png" % i, b"\\0")
                else:
                    table = bytes((97 + i % 27) if i % 27 < 26 else 32 for i in range(256))
                    letters = random.Random(1).randbytes(33 * 1024 * 1024).translate(table)
                    z.writestr("word/document.xml", b"<w:document>" + letters + b"</w:document>")
            """
        let made = try CLI.run(
            ["python3", "-c", script, kind, root.appendingPathComponent("verslag.docx").path],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(made.status == 0, "\(made.stderr)")
        try Self.expectRefused(root: root, rule: rule, words: words)
    }

    static func expectRefused(root: URL, rule: String, words: String) throws {
        let start = ContinuousClock.now
        let result = try CLI.run(["import", "verslag.docx", "--group", "wonen", "--root", root.path, "--lang", "nl"], in: root)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(result.status == 2)
        #expect(result.stderr.contains("verslag.docx: fout: "), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stderr.contains("[\(rule)]"), "\(result.stderr)")
        #expect(result.stderr.contains("    oplossing: "))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("fragments/2099/wonen.md").path))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("fragments/2099").path)) ?? []).isEmpty)
    }
}

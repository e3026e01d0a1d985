import Foundation
import Testing

/// Hostile inputs that need more than one file: names in the fragments folder, links out of the
/// repository, runs side by side, and DocBook for `diff`.
@Suite struct HostileInputTests {
    static let manifest = CLI.manifest(groups: ["geval"], cities: ["Delft"])

    func repository(_ fragments: [String: String] = ["geval.md": CLI.fragment(group: "geval")]) throws -> URL {
        try CLI.scratchRepository(manifest: Self.manifest, fragments: fragments)
    }

    /// A file name holding a line break and an escape sequence prints as one line; a name that
    /// is not UTF-8 is named with its bytes escaped; two names that differ only in Unicode form
    /// are reported as that.
    @Test func fileNamesCannotForgeOrHide() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("fragments/2099").path
        let forged = "x\ngeval.md:1:1: error: vervalst [fake]\u{1B}[2J.md"
        try Data(CLI.fragment(group: "geval").utf8).write(to: URL(fileURLWithPath: folder + "/" + forged))
        #expect(FileManager.default.createFile(atPath: folder + "/caf\u{E9}.md", contents: Data(CLI.fragment(group: "cafe").utf8)))
        let nfd = folder + "/cafe\u{301}.md"
        try Data(CLI.fragment(group: "cafe").utf8).write(to: URL(fileURLWithPath: nfd))
        let latin1 = Array((folder + "/caf").utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)] + Array(".md".utf8CString)
        let descriptor = latin1.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        let result = try CLI.run(["check", "2099", "--root", root.path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("geval.md:1:1: error: vervalst") })
        #expect(result.stderr.contains("fragments/2099/x␊geval.md:1:1: error: vervalst [fake]␛[2J.md"))
        #expect(result.stderr.contains("fragments/2099/caf\\xE9.md: error: ") && result.stderr.contains("[file-name-encoding]"))
        #expect(result.stderr.contains("[file-name-normalization]") && !result.stderr.contains("[file-name-case]"))
        for format in ["github", "json"] {
            let machine = try CLI.run(["check", "2099", "--root", root.path, "--format", format])
            #expect(!machine.stdout.contains("\u{1B}"))
            #expect(!machine.stdout.split(separator: "\n").contains { $0.hasPrefix("geval.md:1:1") })
        }
    }

    /// Every other printer is as safe: the first error under a group in `status`, the fragments
    /// `diff` skipped and the groups still in draft, and the changes `check --fix` makes.
    @Test func noPrinterPassesAForgedNameOn() throws {
        let broken = "x\ngeval.md:1:1: error: vervalst [fake]\u{1B}[2J.md"
        let fixable = "y\ngeval.md:1:1: error: vervalst [fake]\u{1B}[2J.md"
        let draft = "---\nyear: 2099\npillar: sociaal\ngroup: geval\ntitle: \"Ti\\u202Etel\"\nstatus: draft\n---\nTekst.\n"
        let root = try repository([
            "geval.md": draft, broken: "---\nyear: 2099\n  kapot: [\n---\nTekst.\n",
            fixable: CLI.fragment(group: "andere", body: "Een  tekst."),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["fragments/2098", "reports/2098"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try CLI.fragment(group: "geval").replacingOccurrences(of: "2099", with: "2098")
            .write(to: root.appendingPathComponent("fragments/2098/geval.md"), atomically: true, encoding: .utf8)
        try Self.manifest.replacingOccurrences(of: "2099", with: "2098")
            .write(to: root.appendingPathComponent("reports/2098/report.yaml"), atomically: true, encoding: .utf8)
        for command in [["status", "2099"], ["diff", "2098", "2099"], ["check", "2099", "--fix", "--dry-run"]] {
            let result = try CLI.run(command + ["--root", root.path])
            let printed = result.stdout + result.stderr
            #expect(printed.contains("geval.md:1:1: error: vervalst [fake]␛[2J.md"), "\(command): \(printed)")
            #expect(!printed.contains("\u{1B}") && !printed.contains("\u{202E}"), "\(command): \(printed)")
            #expect(!printed.split(separator: "\n").contains { $0.hasPrefix("geval.md:1:1") }, "\(command): \(printed)")
        }
    }

    /// A manifest that links out of the repository is not read, and a file in its place that is
    /// not a manifest has none of its lines shown.
    @Test func theManifestIsProtectedLikeAFragment() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = CLI.temporaryDirectory("geheim").appendingPathComponent("report.yaml")
        defer { try? FileManager.default.removeItem(at: outside.deletingLastPathComponent()) }
        try "year: 2099\ntitle: GEHEIM-1\n".write(to: outside, atomically: true, encoding: .utf8)
        let manifest = root.appendingPathComponent("reports/2099/report.yaml")
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createSymbolicLink(at: manifest, withDestinationURL: outside)
        var result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("reports/2099/report.yaml: error: ") && result.stderr.contains("[link-outside]"))
        #expect(!result.stderr.contains("GEHEIM"))
        try FileManager.default.removeItem(at: manifest)
        try "AWS_SECRET_ACCESS_KEY: GEHEIM-2\nDB_PASSWORD: \"GEHEIM-3\n".write(to: manifest, atomically: true, encoding: .utf8)
        result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[manifest-unrecognized]"))
        #expect(!result.stderr.contains("GEHEIM") && !result.stderr.contains("AWS"))
    }

    /// Whatever the flags, no XML that is not well-formed is written.
    @Test func nothingIsWrittenWithoutValidationEither() throws {
        let root = try repository(["geval.md": CLI.fragment(group: "geval", body: "Tekst &#x1B;[31m.")])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "2099", "--root", root.path, "--no-validate"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("fragments/2099/geval.md:7:7: error: ") && result.stderr.contains("[forbidden-character]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("reports/2099").path) == ["report.yaml"])
    }

    /// One output that cannot be written (a folder in its place): the other is not replaced.
    @Test func allOrNothing() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let reports = root.appendingPathComponent("reports/2099")
        try "oud".write(to: reports.appendingPathComponent("jaarverslag-2099.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: reports.appendingPathComponent("jaarverslag-2099.xml"), withIntermediateDirectories: true)
        let result = try CLI.run(["build", "2099", "--root", root.path])
        // A write failure is the system's, not a fragment's: exit 2, with the place and the reason.
        #expect(result.status == 2)
        #expect(result.stderr.contains("jaarverslag-2099.xml") && result.stderr.contains("folder"))
        #expect(try String(contentsOf: reports.appendingPathComponent("jaarverslag-2099.txt"), encoding: .utf8) == "oud")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted() == [
                "jaarverslag-2099.txt", "jaarverslag-2099.xml", "report.yaml",
            ])
    }

    /// Two builds, and two `check --fix` runs, of one year at the same time never make each
    /// other fail, and leave no temporary files.
    @Test func runsSideBySide() throws {
        var fragments: [String: String] = [:]
        var groups: [String] = []
        for index in 0..<200 {
            groups.append("g\(index)")
            fragments["g\(index).md"] = CLI.fragment(group: "g\(index)", body: "Tekst  met  dubbele  spaties.\n\n- een\n- twee")
        }
        let root = try CLI.scratchRepository(manifest: CLI.manifest(groups: groups, cities: ["Delft"]), fragments: fragments)
        defer { try? FileManager.default.removeItem(at: root) }
        for arguments in [["build", "2099"], ["check", "2099", "--fix"], ["build", "2099", "--no-validate"]] {
            for _ in 0..<3 {
                let processes = try (0..<3).map { _ -> Process in
                    let process = Process()
                    process.executableURL = CLI.executable
                    process.arguments = arguments + ["--root", root.path]
                    process.standardOutput = FileHandle.nullDevice
                    process.standardError = FileHandle.nullDevice
                    try process.run()
                    return process
                }
                for process in processes {
                    process.waitUntilExit()
                    #expect(process.terminationStatus == 0, "\(arguments)")
                }
            }
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("reports/2099").path).sorted() == [
                "jaarverslag-2099.html", "jaarverslag-2099.txt", "jaarverslag-2099.xml", "report.yaml",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("fragments/2099").path).count == 200)
    }

    /// `new` writes front matter that reads back as it was: a title `~` stays a title.
    @Test func newRoundTrips() throws {
        let root = try CLI.scratchRepository(
            year: 2098, manifest: Self.manifest.replacingOccurrences(of: "2099", with: "2098"), fragments: [:])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("reports/2099"), withIntermediateDirectories: true)
        try Self.manifest.write(to: root.appendingPathComponent("reports/2099/report.yaml"), atomically: true, encoding: .utf8)
        for (group, title) in [("geval", "\"~\""), ("nul", "'null'"), ("ja", "\"yes\""), ("getal", "\"1.0\"")] {
            try "---\nyear: 2098\npillar: sociaal\ngroup: \(group)\ntitle: \(title)\n---\nTekst.\n".write(
                to: root.appendingPathComponent("fragments/2098/\(group).md"), atomically: true, encoding: .utf8)
            #expect(try CLI.run(["new", group, "--year", "2099", "--root", root.path, "--copy-text"]).status == 0)
        }
        let status = try CLI.run(["status", "2099", "--root", root.path, "--format", "json"])
        #expect(!status.stdout.isEmpty)
        let check = try CLI.run(["check", "2099", "--root", root.path, "--format", "json"])
        #expect(!check.stdout.contains("missing-field") && !check.stdout.contains("wrong-type"), "\(check.stdout)")
    }
}

/// `diff` reads only what it can afford and what `build` could have written, and writes valid
/// DocBook or nothing.
@Suite struct HostileDiffTests {
    func file(_ name: String, _ content: String) throws -> URL {
        let url = CLI.temporaryDirectory().appendingPathComponent(name)
        try content.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The 2023 report with one change made to its text.
    func changed2023(_ edit: (String) -> String) throws -> URL {
        let xml = try String(contentsOf: CLI.packageRoot.appendingPathComponent("reports/2023/jaarverslag-2023.xml"), encoding: .utf8)
        return try file("jaarverslag-2023.xml", edit(xml))
    }

    @Test(arguments: [
        ("xml:id=\"hoofdstuk.sociaal\"", "xml:id=\"hoofdstuk.werk-en-economie\"", "occurs twice"),
        ("xml:id=\"hoofdstuk.sociaal\"", "xml:id=\"Sociaal_1\"", "is not as"),
        ("xlink:href=\"https://", "xlink:href=\"javascript:alert(1)//", "would not write"),
    ])
    func docbookThatBuildCouldNotWriteIsRefused(search: String, replacement: String, expected: String) throws {
        let input = try changed2023 { $0.replacingOccurrences(of: search, with: replacement) }
        let output = input.deletingLastPathComponent().appendingPathComponent("wijzigingen.xml")
        let result = try CLI.run(["diff", "2014", input.path, "--format", "docbook", "--output", output.path])
        #expect(result.status == 2, "\(replacement)")
        #expect(result.stderr.contains(expected), "\(replacement): \(result.stderr)")
        // Only our own message: libxml2 prints nothing of its own (its `validity error` for an
        // id written twice quoted the input's line as it stands).
        #expect(result.stderr.split(separator: "\n").count == 1, "\(replacement): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// libxml2's own messages never name a file that does not exist.
    @Test func noMadeUpFileNames() throws {
        let broken = try file("kapot.xml", "<book xmlns=\"http://docbook.org/ns/docbook\"><info><title>x</title></info></chapter>")
        let result = try CLI.run(["diff", "2023", broken.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(broken.path))
        #expect(!result.stderr.contains("input.xml") && !result.stderr.contains("jaarverslag.xml"))
    }

    /// The size is checked before a byte is read; a pipe is not waited on.
    @Test func sizeAndKindAreCheckedFirst() throws {
        let large = CLI.temporaryDirectory().appendingPathComponent("groot.xml")
        #expect(FileManager.default.createFile(atPath: large.path, contents: nil))
        let handle = try FileHandle(forWritingTo: large)
        try handle.truncate(atOffset: 1_200 * 1024 * 1024)
        try handle.close()
        let start = ContinuousClock.now
        var result = try CLI.run(["diff", "2023", large.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("larger than 64 MB"))
        #expect(ContinuousClock.now - start < .seconds(10))
        let pipe = large.deletingLastPathComponent().appendingPathComponent("pijp.xml")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        result = try CLI.run(["diff", "2023", pipe.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a regular file"))
    }
}

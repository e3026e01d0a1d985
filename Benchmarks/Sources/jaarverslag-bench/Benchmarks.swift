import Foundation
import JaarverslagKit

/// `swift run -c release --package-path Benchmarks jaarverslag-bench`
///
/// Builds the release `jaarverslag` if needed, then measures it next to pandoc and cmark and
/// writes the table to stdout and to `Benchmarks/results.md`.
///
/// `swift run -c release --package-path Benchmarks jaarverslag-bench load [SECONDS SECRETARIES]`
/// runs the portal's load test instead (`PortalLoad`: 60 s, 20 secretaries unless told) and
/// writes `Benchmarks/results-portal.md`.
///
/// `swift run -c release --package-path Benchmarks jaarverslag-bench generate DIR` only writes
/// the synthetic years (3100–3103) under DIR, to profile the tool on the same data.
@main
struct Benchmarks {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "load" {
            // The portal under load: its own table, Benchmarks/results-portal.md.
            var load = PortalLoad()
            if arguments.count == 3, let seconds = Double(arguments[arguments.startIndex + 1]),
                let secretaries = Int(arguments[arguments.startIndex + 2])
            {
                load.seconds = seconds
                load.secretaries = secretaries
            }
            let results = Results()
            let portal = try releaseTool(in: repository, product: "jaarverslag-portal")
            try await load.run(portal: portal, repository: repository, results: results)
            // The worst case next to it: every secretary previews (and saves) in the same
            // millisecond, again and again.
            load.inStep = true
            try await load.run(portal: portal, repository: repository, results: results)
            let stamp = ISO8601DateFormatter().string(from: Date())
            let table = "Measured \(stamp) on \(ProcessInfo.processInfo.activeProcessorCount) cores.\n\n" + results.table
            print(table)
            try table.write(to: repository.appendingPathComponent("Benchmarks/results-portal.md"), atomically: true, encoding: .utf8)
            return
        }
        if arguments.first == "generate", arguments.count == 2 {
            let root = URL(fileURLWithPath: arguments.last!)
            try writeSyntheticYears(into: root, SyntheticYear(realYear: 2023, in: Workspace(root: repository)))
            print("years 3100 (100), 3101 (1,000), 3102 and 3103 (10,000, edited) written under \(root.path)")
            return
        }
        guard arguments.isEmpty else { throw BenchmarkError("usage: jaarverslag-bench [generate DIR | load [SECONDS SECRETARIES]]") }
        let results = Results()
        let tool = try releaseTool(in: repository)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jaarverslag-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let output = scratch.appendingPathComponent("out").path

        // The real 2023 report, against pandoc and cmark on the same Markdown. The commands take
        // turns, run after run, so that a machine that speeds up or slows down during the
        // measurement affects them alike; differences and sums are taken per round.
        let markdown = scratch.appendingPathComponent("2023.md").path
        try concatenatedBodies(year: 2023, in: repository).write(toFile: markdown, atomically: true, encoding: .utf8)
        // Built again and again into the same folder, the outputs are unchanged and are left as
        // they are; the fourth command builds into a new folder each round, writing all three
        // files (DocBook, text and HTML).
        let build = ["build", "2023", "--root", repository.path]
        var commands: [(String, (Int) -> [String])] = [
            (tool, { _ in build + ["--output-dir", output, "--no-validate"] }),
            (tool, { _ in build + ["--output-dir", output] }),
            (tool, { _ in build + ["--output-dir", output, "--schema", DocBookSchema.defaultPath] }),
            (tool, { round in build + ["--output-dir", scratch.appendingPathComponent("fresh-\(round)").path, "--no-validate"] }),
        ]
        let pandoc = Processes.which("pandoc")
        let cmark = Processes.which("cmark")
        if let pandoc {
            commands += [
                (pandoc, { _ in ["-f", "commonmark", "-t", "docbook5", markdown] }),
                (pandoc, { _ in ["-f", "commonmark", "-t", "plain", markdown] }),
            ]
        }
        if let cmark { commands.append((cmark, { _ in [markdown] })) }
        let rounds = Processes.interleaved(rounds: 21, commands)
        let withoutSchema = Measure.median(rounds.map { $0[0] })
        results.record("build 2023, all three outputs, --no-validate", String(format: "%.1f ms", withoutSchema * 1000))
        results.record(
            "build 2023, all three outputs, with schema validation (built-in part of DocBook)",
            String(format: "%.1f ms", Measure.median(rounds.map { $0[1] }) * 1000),
            String(format: "validation costs %.1f ms", Measure.median(rounds.map { $0[1] - $0[0] }) * 1000))
        results.record(
            "build 2023, all three outputs, validated against the whole docbook.rng",
            String(format: "%.1f ms", Measure.median(rounds.map { $0[2] }) * 1000),
            String(format: "validation costs %.1f ms", Measure.median(rounds.map { $0[2] - $0[0] }) * 1000))
        results.record(
            "build 2023 into a new folder, --no-validate", String(format: "%.1f ms", Measure.median(rounds.map { $0[3] }) * 1000),
            String(format: "creating and flushing the three files costs %.1f ms", Measure.median(rounds.map { $0[3] - $0[0] }) * 1000))
        if pandoc != nil {
            let total = Measure.median(rounds.map { $0[4] + $0[5] })
            results.record(
                "pandoc -t docbook5 + pandoc -t plain, same Markdown", String(format: "%.1f ms", total * 1000),
                String(
                    format: "jaarverslag is %.1f× faster (%.1f× into a new folder)",
                    Measure.median(rounds.map { ($0[4] + $0[5]) / $0[0] }), Measure.median(rounds.map { ($0[4] + $0[5]) / $0[3] })))
        } else {
            results.record("pandoc", "not installed", "apt-get install pandoc")
        }
        if cmark != nil {
            results.record(
                "cmark (the parse floor)", String(format: "%.1f ms", Measure.median(rounds.map { $0[commands.count - 1] }) * 1000))
        }

        try measurePDF(tool: tool, scratch: scratch, results: results)

        // Word in: the whole 2023 text as one .docx (written by pandoc), imported by
        // `jaarverslag import` (which then checks the fragment as part of 2023) and converted by
        // pandoc, taking turns.
        if let pandoc {
            try measureImport(tool: tool, pandoc: pandoc, markdown: markdown, scratch: scratch, results: results)
        } else {
            results.record("import 2023 as one .docx", "not measured", "pandoc writes the .docx; apt-get install pandoc")
        }

        // Synthetic years.
        try writeSyntheticYears(into: scratch, SyntheticYear(realYear: 2023, in: Workspace(root: repository)))
        var buildTimes: [Int: Double] = [:]
        for (year, count) in syntheticYears {
            let runs = count >= 10_000 ? 3 : 5
            // Each run builds into a folder of its own, so that every run writes both files.
            let build = Processes.measure(runs: runs, tool) { run in
                [
                    "build", String(year), "--root", scratch.path, "--output-dir",
                    scratch.appendingPathComponent("out-\(year)-\(run)").path, "--no-validate",
                ]
            }
            let check = Processes.measure(runs: runs, tool, ["check", String(year), "--root", scratch.path])
            buildTimes[count] = build.seconds
            results.record(
                "build \(count) fragments, --no-validate", String(format: "%.3f s", build.seconds),
                String(format: "peak %.0f MB", build.peakMegabytes))
            results.record(
                "check \(count) fragments", String(format: "%.3f s", check.seconds), String(format: "peak %.0f MB", check.peakMegabytes))
        }
        if let small = buildTimes[1_000], let large = buildTimes[10_000] {
            results.record("build time 10,000 / 1,000 fragments", String(format: "%.1f×", large / small), "target ≤ 12×")
        }
        let yearDiff = Processes.measure(runs: 3, tool, ["diff", "3102", "3103", "--root", scratch.path])
        results.record(
            "diff of two 10,000-fragment years, 1,000 sections edited", String(format: "%.3f s", yearDiff.seconds),
            String(format: "peak %.0f MB", yearDiff.peakMegabytes))

        // One long section, in-process.
        let vocabulary = ["gemeente", "stad", "regio", "netwerk", "beleid", "wonen", "werk", "zorg", "de", "het", "en", "van"]
        let long = (0..<50_000).map { vocabulary[($0 * 7 + $0 / 13) % vocabulary.count] + String($0 % 97) }
        var edited = long
        for index in stride(from: 500, to: 50_000, by: 1_000) { edited[index] = "gewijzigd" }
        results.record("diff of one 50,000-word section, 50 scattered edits", ms(Measure.median { _ = WordDiff(old: long, new: edited) }))

        let header =
            "Measured \(ISO8601DateFormatter().string(from: Date())) on \(ProcessInfo.processInfo.activeProcessorCount) cores; medians of repeated runs.\n\n"
        print(header + results.table, terminator: "")
        try (header + results.table).write(
            to: repository.appendingPathComponent("Benchmarks/results.md"), atomically: true, encoding: .utf8)
    }

    /// The PDF of 2023 (`build --pdf`, through WeasyPrint), and in the same rounds the standard
    /// DocBook route to a PDF of the same DocBook: DocBook XSL's FO stylesheet with xsltproc,
    /// then Apache FOP (Debian `fop`, installed for this comparison only). Target: our PDF
    /// takes at most twice as long as that route.
    static func measurePDF(tool: String, scratch: URL, results: Results) throws {
        guard let xsltproc = Processes.which("xsltproc"), let fop = Processes.which("fop"), Processes.which("weasyprint") != nil else {
            results.record("PDF of 2023", "not measured", "needs weasyprint, xsltproc, docbook-xsl-ns and fop")
            return
        }
        let docbook = repository.appendingPathComponent("reports/2023/jaarverslag-2023.xml").path
        let stylesheet = "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/fo/docbook.xsl"
        let fo = scratch.appendingPathComponent("2023.fo").path
        let build = ["build", "2023", "--root", repository.path, "--pdf"]
        let rounds = Processes.interleaved(
            rounds: 5,
            [
                (tool, { round in build + ["--output-dir", scratch.appendingPathComponent("pdf-\(round)").path] }),
                (xsltproc, { _ in ["--nonet", "-o", fo, stylesheet, docbook] }),
                (fop, { round in [fo, scratch.appendingPathComponent("fop-\(round).pdf").path] }),
            ])
        for made in [scratch.appendingPathComponent("pdf-1/jaarverslag-2023.pdf"), scratch.appendingPathComponent("fop-1.pdf")] {
            guard FileManager.default.fileExists(atPath: made.path) else { throw BenchmarkError("no PDF was made: \(made.path)") }
        }
        let ours = Measure.median(rounds.map { $0[0] })
        results.record(
            "PDF of 2023: build 2023 --pdf (all four outputs, WeasyPrint)", String(format: "%.2f s", ours),
            String(format: "%.1f× the time of DocBook XSL + FOP; target ≤ 2×", Measure.median(rounds.map { $0[0] / ($0[1] + $0[2]) })))
        results.record(
            "DocBook XSL + FOP, PDF of the same DocBook", String(format: "%.2f s", Measure.median(rounds.map { $0[1] + $0[2] })),
            String(
                format: "xsltproc fo/docbook.xsl %.2f s, fop %.2f s", Measure.median(rounds.map { $0[1] }),
                Measure.median(rounds.map { $0[2] })))
    }

    static let syntheticYears = [(3100, 100), (3101, 1_000), (3102, 10_000)]

    /// `import` of the 2023 text as one .docx next to `pandoc -f docx -t commonmark`; the
    /// library alone, in-process; and two hostile files refused (time and peak memory).
    static func measureImport(tool: String, pandoc: String, markdown: String, scratch: URL, results: Results) throws {
        let docx = scratch.appendingPathComponent("2023.docx").path
        let made = Processes.run(pandoc, ["-f", "commonmark", "-t", "docx", "-o", docx, markdown])
        guard made.status == 0 else { throw BenchmarkError("pandoc could not write \(docx)") }
        let importing = ["import", docx, "--group", "woningmarkt", "--year", "2023", "--root", repository.path, "--dry-run"]
        let rounds = Processes.interleaved(
            rounds: 21, [(tool, { _ in importing }), (pandoc, { _ in ["-f", "docx", "-t", "commonmark", docx] })])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: docx))
        results.record(
            "import 2023 as one .docx (\(bytes.count / 1024) KB), then check",
            String(format: "%.1f ms", Measure.median(rounds.map { $0[0] }) * 1000))
        results.record(
            "pandoc -f docx -t commonmark, same file", String(format: "%.1f ms", Measure.median(rounds.map { $0[1] }) * 1000),
            String(format: "jaarverslag import is %.1f× faster", Measure.median(rounds.map { $0[1] / $0[0] })))
        results.record(
            "WordImport.convert of the same file, in-process",
            ms(Measure.median { _ = WordImport.convert(bytes, options: .init(displayPath: "2023.docx")) }))

        // A zip bomb (16 MB of spaces packed into 17 KB) and a part of 33 MB of letters.
        let bomb = repository.appendingPathComponent("Tests/Corpus/docx/zip-bomb-ratio.docx").path
        let large = scratch.appendingPathComponent("large.docx").path
        let script = """
            import random, sys, zipfile
            table = bytes((97 + i % 27) if i % 27 < 26 else 32 for i in range(256))
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                z.writestr("word/document.xml", b"<w:document>" + random.Random(1).randbytes(33 * 1024 * 1024).translate(table) + b"</w:document>")
            """
        guard let python = Processes.which("python3"), Processes.run(python, ["-c", script, large]).status == 0 else {
            throw BenchmarkError("python3 could not write \(large)")
        }
        for (name, file) in [("a zip bomb (16 MB in 17 KB)", bomb), ("a 33 MB part", large)] {
            let refused = Processes.measure(
                runs: 5, tool, ["import", file, "--group", "woningmarkt", "--year", "2023", "--root", repository.path, "--dry-run"])
            results.record(
                "import refuses \(name)", String(format: "%.1f ms", refused.seconds * 1000),
                String(format: "peak %.0f MB, exit %d", refused.peakMegabytes, refused.status))
        }
    }

    /// The synthetic years, and 3103: 3102 with every tenth fragment edited, for the diff.
    static func writeSyntheticYears(into root: URL, _ synthetic: SyntheticYear) throws {
        for (year, count) in syntheticYears {
            try synthetic.write(year: year, fragments: count, into: root)
        }
        try synthetic.write(year: 3103, fragments: 10_000, into: root, edits: 10)
    }

    /// The release program, built from the project itself (not through this package's path
    /// dependency, which does not notice source files added since it was resolved). The
    /// `jaarverslag` command-line tool as `Scripts/build-release.sh` builds it for release: one
    /// statically linked program, which starts without the dynamic loader. The portal (a server,
    /// started once) with the Swift libraries linked in (`--static-swift-stdlib`).
    static func releaseTool(in repository: URL, product: String = "jaarverslag") throws -> String {
        let scratch = repository.appendingPathComponent(product == "jaarverslag" ? "Benchmarks/.build-release" : "Benchmarks/.build-static")
        let build = Process()
        if product == "jaarverslag" {
            build.executableURL = repository.appendingPathComponent("Scripts/build-release.sh")
            build.arguments = [scratch.path]
        } else {
            build.executableURL = URL(fileURLWithPath: Processes.which("swift") ?? "/usr/bin/swift")
            build.arguments = [
                "build", "-c", "release", "--product", product, "--static-swift-stdlib",
                "--package-path", repository.path, "--scratch-path", scratch.path,
            ]
        }
        build.standardOutput = FileHandle.nullDevice
        try build.run()
        build.waitUntilExit()
        let tool = scratch.appendingPathComponent("release/\(product)").path
        guard build.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: tool) else {
            throw BenchmarkError("could not build the release \(product) into \(scratch.path)")
        }
        return tool
    }

    /// The Markdown bodies of a year's fragments, one after another: what pandoc converts.
    static func concatenatedBodies(year: Int, in repository: URL) throws -> String {
        let sources = try YearLoader.load(year: year, from: Workspace(root: repository)).get()
        return sources.fragments.map { fragment in
            let lines = fragment.text.split(separator: "\n", omittingEmptySubsequences: false)
            return "# \(fragment.title ?? "")\n\n" + lines.dropFirst(fragment.bodyLine - 1).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

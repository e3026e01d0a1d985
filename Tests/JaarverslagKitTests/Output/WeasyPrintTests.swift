import Foundation
import Testing
@testable import JaarverslagKit

/// WeasyPrint is another program: it can be missing, fail or hang, and the build must stay
/// atomic whatever it does. These tests stand in for it with small shell scripts.
@Suite struct WeasyPrintTests {
    static func script(_ body: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weasyprint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("weasyprint")
        // Opened close-on-exec: a process that another test starts at this moment must not
        // inherit the open file, or running the script fails with "text file busy".
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        return url
    }

    /// An executable file `name` in `folder` with exactly `contents`, written close-on-exec.
    static func executable(_ name: String, in folder: URL, _ contents: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        return url
    }

    static let report = TestSupport.fixtureReport

    /// A WeasyPrint whose Python has no Dutch patterns is not run: the PDF would have no word
    /// hyphenated, and differ from one made elsewhere. The stand-in Python answers the probe
    /// (`-c …`) with "no patterns" and leaves a mark when it is run for anything else.
    @Test func withoutDutchPatternsNoPDFIsMade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weasyprint-nl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let mark = folder.appendingPathComponent("ran")
        let python = try Self.executable("python3", in: folder, "#!/bin/sh\n[ \"$1\" = -c ] && exit 3\ntouch \(mark.path)\n")
        let weasyprint = try Self.executable("weasyprint", in: folder, "#!\(python.path)\n")
        let result = WeasyPrint(executable: weasyprint).pdf(of: "<p>x</p>", report: Self.report)
        guard case .failure(let failure) = result else {
            Issue.record("a PDF was made without Dutch hyphenation")
            return
        }
        #expect(failure.message.nl.hasPrefix("WeasyPrint vindt geen Nederlandse afbreekpatronen"))
        #expect(failure.message.nl.contains("apt-get install hyphen-nl"))
        #expect(!FileManager.default.fileExists(atPath: mark.path), "WeasyPrint was run")
    }

    /// The WeasyPrint of this machine finds the Dutch patterns (hyphen-nl), as `.ci/run` and
    /// the README's setup install them.
    @Test func theInstalledWeasyPrintHyphenatesDutch() throws {
        let weasyPrint = try #require(WeasyPrint.locate(), "apt-get install weasyprint hyphen-nl")
        #expect(weasyPrint.hyphenatesDutch() == true)
    }

    /// The Python is the one the script's first line names, also through env; a script in
    /// another language, or an unreadable one, is not probed.
    @Test func thePythonIsReadFromTheScriptsFirstLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weasyprint-py-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = try Self.executable("python3", in: folder, "#!/bin/sh\nexit 0\n")
        let direct = try Self.executable("direct", in: folder, "#!/usr/bin/python3 -s\nimport weasyprint\n")
        let viaEnv = try Self.executable("via-env", in: folder, "#!/usr/bin/env python3\nimport weasyprint\n")
        let shell = try Self.executable("shell", in: folder, "#!/bin/sh\nexit 0\n")
        let binary = try Self.executable("binary", in: folder, "\u{7F}ELF")
        let found = WeasyPrint.pythonInterpreter(of: direct)
        #expect(found?.program.path == "/usr/bin/python3")
        #expect(found?.arguments == ["-s"])
        #expect(WeasyPrint.pythonInterpreter(of: viaEnv, environment: ["PATH": folder.path])?.program == python)
        #expect(WeasyPrint.pythonInterpreter(of: viaEnv, environment: ["PATH": "/nonexistent"]) == nil)
        #expect(WeasyPrint.pythonInterpreter(of: shell) == nil)
        #expect(WeasyPrint.pythonInterpreter(of: binary) == nil)
        #expect(WeasyPrint.pythonInterpreter(of: folder.appendingPathComponent("missing")) == nil)
        // A Python that answers anything but "yes" or "no" cannot tell: the run goes ahead.
        let odd = try Self.executable("python3", in: folder.appendingPathComponent("odd"), "#!/bin/sh\nexit 1\n")
        let oddScript = try Self.executable("weasyprint", in: folder.appendingPathComponent("odd"), "#!\(odd.path)\n")
        #expect(WeasyPrint(executable: oddScript).hyphenatesDutch() == nil)
    }

    @Test func aRunThatOverrunsIsStopped() throws {
        let sleeper = try Self.script("sleep 30")
        defer { try? FileManager.default.removeItem(at: sleeper.deletingLastPathComponent()) }
        let started = ContinuousClock.now
        let result = WeasyPrint(executable: sleeper, timeLimit: .milliseconds(300)).pdf(of: "<p>x</p>", report: Self.report)
        #expect(ContinuousClock.now - started < .seconds(10))
        guard case .failure(let failure) = result else {
            Issue.record("a run that overran gave a PDF")
            return
        }
        #expect(failure.message.en.hasSuffix("and was stopped"))
    }

    @Test func whatItSaysOnFailureIsPassedOn() throws {
        let failing = try Self.script("echo 'Fontconfig error: no fonts' >&2; exit 3")
        defer { try? FileManager.default.removeItem(at: failing.deletingLastPathComponent()) }
        let result = WeasyPrint(executable: failing).pdf(of: "<p>x</p>", report: Self.report)
        guard case .failure(let failure) = result else {
            Issue.record("a failed run gave a PDF")
            return
        }
        #expect(failure.message.nl == "WeasyPrint kon de PDF niet maken: Fontconfig error: no fonts")
    }

    /// A program that exits 0 but writes no PDF is a failure too.
    @Test func anOutputThatIsNoPDFIsRefused() throws {
        let liar = try Self.script("for last; do :; done; echo 'niet echt' > \"$last\"")
        defer { try? FileManager.default.removeItem(at: liar.deletingLastPathComponent()) }
        guard case .failure = WeasyPrint(executable: liar).pdf(of: "<p>x</p>", report: Self.report) else {
            Issue.record("a file that is not a PDF was accepted")
            return
        }
    }

    /// It gets the report's date, never the clock's, and the report's identifier.
    @Test func itRunsWithTheReportsDateAndIdentifier() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weasyprint-args-\(UUID().uuidString)")
        // The output is the last argument.
        let recorder = try Self.script(
            "echo \"$SOURCE_DATE_EPOCH $PYTHONHASHSEED $1 $2 $3 $4\" > \(folder.path); for last; do :; done; printf '%%PDF-1.7' > \"$last\""
        )
        defer {
            try? FileManager.default.removeItem(at: recorder.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: folder)
        }
        let result = WeasyPrint(executable: recorder).pdf(of: "<p>x</p>", report: Self.report)
        #expect((try? result.get()) == Data("%PDF-1.7".utf8))
        #expect(
            try String(contentsOf: folder, encoding: .utf8) == "4070908800 0 --pdf-variant pdf/ua-1 --pdf-identifier jaarverslag-2099\n")
    }

    @Test func theDateIsTheFirstOfJanuaryOfTheYear() {
        var report = Self.report
        for (year, epoch) in [(1970, 0), (2000, 946_684_800), (2014, 1_388_534_400), (2023, 1_672_531_200), (2100, 4_102_444_800)] {
            report.year = year
            #expect(report.sourceDateEpoch == epoch, "\(year)")
        }
    }

    /// The PDF is made before anything is written: when it fails, no output is replaced.
    @Test func aFailedPDFWritesNothing() throws {
        let failing = try Self.script("exit 1")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-out-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: failing.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: output)
        }
        let result = try Pipeline.build(
            year: 2099, in: TestSupport.everythingWorkspace, outputDirectory: output, schema: nil, pdf: WeasyPrint(executable: failing)
        ).get()
        #expect(result.buildDiagnostics.map(\.rule.id.rawValue) == ["pdf-failed"])
        #expect(result.buildDiagnostics.first?.location.path == output.appendingPathComponent("jaarverslag-2099.pdf").path)
        #expect(result.written.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

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

    static let report = TestSupport.fixtureReport

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

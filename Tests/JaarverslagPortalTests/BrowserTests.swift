import Foundation
import Logging
import ServiceLifecycle
import TemporaryFolders
import Testing

@testable import JaarverslagPortal

/// The page in a real browser: Debian's chromium and chromium-driver, driven by Selenium
/// (`Browser/editor_test.py`, `Browser/workflow_test.py`) against the portal started here,
/// in-process, on loopback.
///
/// Set `JAARVERSLAG_SCREENSHOTS=DIR` to keep the screenshots (the README's come from here).
@Suite("Browser", .serialized)
struct BrowserTests {
    static let browser = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser")

    @Test(
        "a secretary opens the link, types a mistake, sees the finding and preview change, fixes it, fixes a pasted soft hyphen at a click, saves, reloads, adds a trekker, views and restores a version; the coordinator sees the new state; a group with no text yet saves its first version"
    )
    func secretaryAndCoordinator() async throws {
        let (harness, result) = try await Self.run("editor_test.py", timeout: 240) { harness, base in
            // Europa has no text yet: its secretary starts from the outline.
            try FileManager.default.removeItem(at: harness.root.appendingPathComponent("fragments/2023/europa.md"))
            return ["\(base)/login?token=\(harness.otherSecretary)"]
        }
        #expect(result.status == 0, "the browser test failed:\n\(result.output)")
        #expect(result.output.contains("browser test: every step passed"))
        #expect(harness.fileText("woningmarkt")?.contains("[de site](https://www.g40stedennetwerk.nl).") == true)
        #expect(harness.fileText("woningmarkt")?.contains("status: draft") == true)
        #expect(harness.fileText("europa")?.contains("group: europa") == true)
    }

    @Test(
        "a secretary puts in a Word file and hands in; the coordinator sends it back with a comment; the secretary pastes from Word and hands in again; the coordinator approves, builds with the PDF, downloads it and starts the next year"
    )
    func yearlyWorkflow() async throws {
        let docx = PortalHarness.packageRoot.appendingPathComponent(
            "Tests/JaarverslagKitTests/Fixtures/docx/woningmarkt-secretaris.docx")
        let (harness, result) = try await Self.run("workflow_test.py", timeout: 400) { harness, _ in
            #expect(harness.portal.configuration.weasyPrint != nil, "WeasyPrint is needed for the PDF (apt-get install weasyprint)")
            let downloads = harness.root.appendingPathComponent("downloads")
            try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
            return [docx.path, downloads.path]
        }
        #expect(result.status == 0, "the browser test failed:\n\(result.output)")
        #expect(result.output.contains("browser test: every step passed"))
        let text = harness.fileText("woningmarkt") ?? ""
        #expect(text.contains("status: final"))
        #expect(text.contains("**woondeals**"))
        #expect(text.contains("In 2024 volgen de **woondeals** van de [tweede ronde](https://www.g40stedennetwerk.nl/nieuws)."))
        let pdf = try Data(contentsOf: harness.root.appendingPathComponent("downloads/jaarverslag-2023.pdf"))
        let built = try Data(contentsOf: harness.root.appendingPathComponent("reports/2023/jaarverslag-2023.pdf"))
        #expect(pdf == built, "the downloaded PDF is the one the build wrote")
        #expect(try harness.transitions().map(\.action) == [.submit, .return, .submit, .approve, .approve])
        #expect(harness.portal.store.years() == [2014, 2023, 2024])
    }

    /// Serves a fresh harness on a free loopback port and runs a browser script against it:
    /// `script BASE SECRETARY_LINK COORDINATOR_LINK SCREENSHOTS EXTRA…`.
    static func run(
        _ script: String, timeout: TimeInterval, extra: (PortalHarness, String) throws -> [String]
    ) async throws -> (PortalHarness, (status: Int32, output: String)) {
        let port = ServerProcess.freePort()
        let base = "http://127.0.0.1:\(port)"
        let harness = try PortalHarness(baseURL: base, port: port)
        let shots =
            ProcessInfo.processInfo.environment["JAARVERSLAG_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? harness.root.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let arguments =
            [
                browser.appendingPathComponent(script).path, base, "\(base)/login?token=\(harness.secretary)",
                "\(base)/login?token=\(harness.coordinator)", shots.path,
            ] + (try extra(harness, base))

        let application = harness.application()
        let services = ServiceGroup(
            configuration: .init(services: [application], logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })))
        let server = Task { try await services.run() }
        defer { server.cancel() }
        for _ in 0..<200 where !ServerProcess.accepts(port: port) { try await Task.sleep(for: .milliseconds(25)) }
        let result = try await runPython(arguments, timeout: timeout)
        await services.triggerGracefulShutdown()
        try await server.value
        return (harness, result)
    }

    /// Runs python3 with a time limit; its output (both streams) comes back whole.
    static func runPython(_ arguments: [String], timeout: TimeInterval) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = TemporaryFolders.make("browser").appendingPathComponent("output.log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (process.isRunning ? -1 : process.terminationStatus, text)
    }
}

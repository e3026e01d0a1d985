import Foundation
import Logging
import ServiceLifecycle
import Testing

@testable import JaarverslagPortal

/// The page in a real browser: Debian's chromium and chromium-driver, driven by Selenium
/// (`Browser/editor_test.py`) against the portal started here, in-process, on loopback.
///
/// Set `JAARVERSLAG_SCREENSHOTS=DIR` to keep the screenshots (the README's come from here).
@Suite("Browser", .serialized)
struct BrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/editor_test.py")

    @Test(
        "a secretary opens the link, types a mistake, sees the finding and preview change, fixes it, saves, reloads, adds a trekker, views and restores a version; the coordinator sees the new state"
    )
    func secretaryAndCoordinator() async throws {
        let port = ServerProcess.freePort()
        let base = "http://127.0.0.1:\(port)"
        let harness = try PortalHarness(baseURL: base, port: port)
        let shots =
            ProcessInfo.processInfo.environment["JAARVERSLAG_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? harness.root.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)

        let application = harness.application()
        let services = ServiceGroup(
            configuration: .init(services: [application], logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })))
        let server = Task { try await services.run() }
        defer { server.cancel() }
        for _ in 0..<200 where !ServerProcess.accepts(port: port) { try await Task.sleep(for: .milliseconds(25)) }

        let result = try await Self.runPython(
            [Self.script.path, base, "\(base)/login?token=\(harness.secretary)", "\(base)/login?token=\(harness.coordinator)", shots.path],
            timeout: 240)
        await services.triggerGracefulShutdown()
        try await server.value

        #expect(result.status == 0, "the browser test failed:\n\(result.output)")
        #expect(result.output.contains("browser test: every step passed"))
        #expect(harness.fileText("woningmarkt")?.contains("[de site](https://www.g40stedennetwerk.nl).") == true)
        #expect(harness.fileText("woningmarkt")?.contains("status: draft") == true)
    }

    @Test(
        "a secretary puts in a Word file and hands in; the coordinator sends it back with a comment; the secretary fixes it and hands in again; the coordinator approves, builds with the PDF and downloads it"
    )
    func yearlyWorkflow() async throws {
        let port = ServerProcess.freePort()
        let base = "http://127.0.0.1:\(port)"
        let harness = try PortalHarness(baseURL: base, port: port)
        let shots =
            ProcessInfo.processInfo.environment["JAARVERSLAG_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? harness.root.appendingPathComponent("screenshots")
        let downloads = harness.root.appendingPathComponent("downloads")
        for folder in [shots, downloads] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let docx = PortalHarness.packageRoot.appendingPathComponent(
            "Tests/JaarverslagKitTests/Fixtures/docx/woningmarkt-secretaris.docx")
        #expect(harness.portal.configuration.weasyPrint != nil, "WeasyPrint is needed for the PDF (apt-get install weasyprint)")

        let application = harness.application()
        let services = ServiceGroup(
            configuration: .init(services: [application], logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })))
        let server = Task { try await services.run() }
        defer { server.cancel() }
        for _ in 0..<200 where !ServerProcess.accepts(port: port) { try await Task.sleep(for: .milliseconds(25)) }

        let result = try await Self.runPython(
            [
                Self.workflowScript.path, base, "\(base)/login?token=\(harness.secretary)", "\(base)/login?token=\(harness.coordinator)",
                docx.path, shots.path, downloads.path,
            ],
            timeout: 400)
        await services.triggerGracefulShutdown()
        try await server.value

        #expect(result.status == 0, "the browser test failed:\n\(result.output)")
        #expect(result.output.contains("browser test: every step passed"))
        let text = harness.fileText("woningmarkt") ?? ""
        #expect(text.contains("status: final"))
        #expect(text.contains("**woondeals**"))
        #expect(text.contains("In 2024 volgen de woondeals van de tweede ronde."))
        let pdf = try Data(contentsOf: downloads.appendingPathComponent("jaarverslag-2023.pdf"))
        let built = try Data(contentsOf: harness.root.appendingPathComponent("reports/2023/jaarverslag-2023.pdf"))
        #expect(pdf == built, "the downloaded PDF is the one the build wrote")
        #expect(try harness.transitions().map(\.action) == [.submit, .return, .submit, .approve, .approve])
    }

    static let workflowScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Browser/workflow_test.py")

    /// Runs python3 with a time limit; its output (both streams) comes back whole.
    static func runPython(_ arguments: [String], timeout: TimeInterval) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString).log")
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

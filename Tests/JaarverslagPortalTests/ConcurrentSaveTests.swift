import Foundation
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Saves of one fragment happen one at a time, saves of different fragments side by side:
/// many saves at once from one version give exactly one save, and nothing is lost either way.
@Suite("Concurrent saves")
struct ConcurrentSaveTests {
    @Test("sixteen saves at once from one version: one is saved, fifteen are conflicts, and the file is the winner's")
    func oneFragment() async throws {
        let harness = try PortalHarness()
        let editor = harness.portal.editor
        let ref = FragmentID(year: 2023, group: "woningmarkt")
        let original = try #require(harness.fileText("woningmarkt"))
        let base = ContentVersion.of(Data(original.utf8))
        let outcomes = try await withThrowingTaskGroup(of: (Int, FragmentEditor.SaveOutcome).self) { group in
            for tab in 0..<16 {
                group.addTask {
                    let text = original + "\nTab \(tab).\n"
                    return (tab, try editor.save(ref, text: text, baseVersion: base, author: "Jan", isCoordinator: false))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let saved = outcomes.compactMap { tab, outcome -> Int? in
            if case .saved(_, let changed) = outcome, changed { return tab }
            return nil
        }
        #expect(saved.count == 1)
        #expect(harness.fileText("woningmarkt") == original + "\nTab \(saved[0]).\n")
        // The file as found, then the one save.
        #expect(try editor.history(ref).count == 2)
    }

    @Test("twenty groups saved at once: every save is on disk and in the history")
    func manyFragments() async throws {
        let harness = try PortalHarness()
        let editor = harness.portal.editor
        let groups = try FileManager.default.contentsOfDirectory(atPath: harness.root.appendingPathComponent("fragments/2023").path)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted().prefix(20)
        #expect(groups.count == 20)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for name in groups {
                group.addTask {
                    let ref = FragmentID(year: 2023, group: name)
                    let loaded = try editor.load(ref)
                    let text = try #require(loaded.text) + "\nNieuw.\n"
                    guard
                        case .saved(let version, true) = try editor.save(
                            ref, text: text, baseVersion: loaded.version, author: "Jan", isCoordinator: true)
                    else { throw CancellationError() }
                    #expect(try editor.history(ref).first?.version == version)
                }
            }
            try await group.waitForAll()
        }
        for name in groups { #expect(harness.fileText(name)?.hasSuffix("\nNieuw.\n") == true) }
    }
}

import Foundation
import Testing
@testable import JaarverslagKit

/// The fixture year uses every feature; its outputs are snapshots next to it.
/// Re-record them with `JAARVERSLAG_RECORD=1 swift test --filter FixtureYearTests` after an
/// intended change (the recording run fails; the next one must pass).
@Suite struct FixtureYearTests {
    let workspace = TestSupport.everythingWorkspace

    @Test func checksWithOnlyTheExpectedWarnings() throws {
        let result = try Pipeline.check(year: 2099, in: workspace).get()
        #expect(result.diagnostics.map(\.rule.id.rawValue) == ["unlisted-group", "unlisted-group"])
        #expect(result.sources.fileCount == 8)
    }

    @Test func outputsMatchTheSnapshots() throws {
        let sources = try YearLoader.load(year: 2099, from: workspace).get()
        for output in try Pipeline.render(Pipeline.assemble(sources)) {
            try Snapshot.expect(
                output.contents, matches: "Tests/JaarverslagKitTests/Fixtures/everything/expected/\(output.name)",
                rerun: "swift test --filter FixtureYearTests")
        }
    }

    @Test func everyFeatureIsPresent() throws {
        let sources = try YearLoader.load(year: 2099, from: workspace).get()
        let report = Pipeline.assemble(sources)
        let blocks = report.chapters.flatMap { chapter in
            chapter.intro.blocks + chapter.sections.flatMap { $0.content.blocks + $0.content.subsections.flatMap(\.content.blocks) }
                + chapter.intro.subsections.flatMap(\.content.blocks)
        }
        func has(_ test: (Block.Kind) -> Bool) -> Bool { blocks.contains { test($0.kind) } }
        #expect(has { if case .bulletList = $0 { true } else { false } })
        #expect(has { if case .orderedList = $0 { true } else { false } })
        #expect(has { if case .letteredList = $0 { true } else { false } })
        #expect(has { if case .blockQuote = $0 { true } else { false } })
        #expect(has { if case .memberList = $0 { true } else { false } })
        #expect(report.foreword?.signature != nil)
        #expect(report.numberedChapters)
        #expect(report.chapters.contains { $0.introGroup != nil })
        #expect(report.chapters.contains { $0.kind == .appendix })
    }
}

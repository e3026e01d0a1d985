import Foundation
import Testing
@testable import JaarverslagKit

/// Starting a new year: last year's plan proposed for the next, written as YAML that loads
/// back to the same plan, through the store, never over an existing manifest.
@Suite struct ManifestTemplateTests {
    static func realManifest(_ year: Int) throws -> Manifest {
        try #require(ManifestLoader.load(year: year, from: Workspace(root: Snapshot.packageRoot)).0)
    }

    /// The parts of a plan that matter, without the places they were read from.
    static func plan(_ manifest: Manifest) -> [String] {
        [
            "\(manifest.year)", manifest.title, manifest.network.name, manifest.network.shortName, "\(manifest.numberedChapters)",
            manifest.foreword?.value ?? "-", "\(manifest.members.placement)",
        ] + manifest.chapters.map { "\($0.id)|\($0.title)|\($0.intro?.value ?? "-")|\($0.groups.map(\.value))" }
            + manifest.members.cities.map(\.value)
    }

    @Test func nextYearKeepsThePlanWithTheYearMovedOn() throws {
        let last = try Self.realManifest(2023)
        let next = ManifestTemplate.next(after: last)
        #expect(next.year == 2024)
        #expect(next.title == "Jaarverslag 2024")
        #expect(next.network == last.network)
        #expect(next.chapters.map(\.id) == last.chapters.map(\.id))
        #expect(next.expectedGroups.map(\.group.value) == last.expectedGroups.map(\.group.value))
        #expect(next.members.cities.map(\.value) == last.members.cities.map(\.value))
    }

    @Test func aTitleWithoutTheYearGetsTheUsualOne() throws {
        var last = try Self.realManifest(2023)
        last.title = "Verslag van het netwerk"
        #expect(ManifestTemplate.next(after: last).title == "Jaarverslag 2024")
    }

    /// Both real years, one with its member list closing a chapter, one as an appendix, and
    /// numbered chapters: what is written loads back to the same plan.
    @Test(arguments: [2014, 2023])
    func theYAMLLoadsBackToTheSamePlan(year: Int) throws {
        let manifest = try Self.realManifest(year)
        let yaml = ManifestTemplate.yaml(manifest)
        let (loaded, diagnostics) = ManifestLoader.load(text: yaml, path: "reports/\(year)/report.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(Self.plan(try #require(loaded)) == Self.plan(manifest))
        #expect(yaml.hasPrefix("year: \(year)\ntitle: Jaarverslag \(year)\nnetwork:\n  name: "))
    }

    /// Quotes, colons and a city that starts with an apostrophe stay text.
    @Test func oddTitlesAndCitiesAreQuotedAsYAMLNeeds() throws {
        var manifest = try Self.realManifest(2023)
        manifest.title = "Jaarverslag: 2024 # \"concept\""
        manifest.members.cities[0] = Located("’s-Gravenhage", at: manifest.members.cities[0].location)
        manifest.chapters[0].title = "yes"
        let (loaded, diagnostics) = ManifestLoader.load(text: ManifestTemplate.yaml(manifest), path: "r.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(loaded?.title == "Jaarverslag: 2024 # \"concept\"")
        #expect(loaded?.members.cities.first?.value == "’s-Gravenhage")
        #expect(loaded?.chapters.first?.title == "yes")
        // Texts YAML would read as a number or as nothing are written quoted.
        manifest.title = "2024"
        manifest.chapters[0].title = "null"
        let yaml = ManifestTemplate.yaml(manifest)
        #expect(yaml.contains("title: \"2024\"") && yaml.contains("title: \"null\""), "\(yaml)")
        let again = ManifestLoader.load(text: yaml, path: "r.yaml")
        #expect(again.1.isEmpty, "\(again.1)")
        #expect(again.0?.title == "2024")
        #expect(again.0?.chapters.first?.title == "null")
    }

    /// A house style for `import` is part of the plan: next year's manifest keeps it, in order.
    @Test func theHouseStyleCarriesOver() throws {
        let yaml =
            ManifestTemplate.yaml(try Self.realManifest(2023)) + """
                import:
                  paragraph-styles:
                    G40 Tussenkop: heading-1
                    Instructie: ignore
                  character-styles:
                    G40 Accent: bold

                """
        let (withStyle, problems) = ManifestLoader.load(text: yaml, path: "r.yaml")
        #expect(problems.isEmpty, "\(problems)")
        let written = ManifestTemplate.yaml(ManifestTemplate.next(after: try #require(withStyle)))
        #expect(
            written.hasSuffix(
                "import:\n  paragraph-styles:\n    G40 Tussenkop: heading-1\n    Instructie: ignore\n  character-styles:\n    G40 Accent: bold\n"
            ))
        let (loaded, diagnostics) = ManifestLoader.load(text: written, path: "r.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(loaded?.importStyles.paragraphStyles.mapValues(\.value) == ["G40 Tussenkop": .heading1, "Instructie": .ignore])
        #expect(loaded?.importStyles.characterStyles.mapValues(\.value) == ["G40 Accent": .bold])
    }

    @Test func createWritesThroughTheStoreOnceAndNeverOverwrites() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = Workspace(root: root)
        let next = ManifestTemplate.next(after: try Self.realManifest(2023))
        let created = try ManifestTemplate.create(next, in: workspace).get()
        #expect(created.path == "reports/2024/report.yaml")
        #expect(Self.plan(created) == Self.plan(next))
        #expect(workspace.years() == [2024])
        let written = try Data(contentsOf: workspace.manifestURL(year: 2024))
        #expect(String(decoding: written, as: UTF8.self) == ManifestTemplate.yaml(next))

        var changed = next
        changed.title = "Iets anders"
        guard case .failure(.exists(let path)) = ManifestTemplate.create(changed, in: workspace) else {
            Issue.record("a second start overwrote the manifest")
            return
        }
        #expect(path == "reports/2024/report.yaml")
        #expect(try Data(contentsOf: workspace.manifestURL(year: 2024)) == written)
    }

    @Test func anInvalidPlanIsNotWritten() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var next = ManifestTemplate.next(after: try Self.realManifest(2023))
        next.chapters.append(next.chapters[0])
        guard case .failure(.invalid(let diagnostics)) = ManifestTemplate.create(next, in: Workspace(root: root)) else {
            Issue.record("a manifest with a chapter listed twice was written")
            return
        }
        #expect(TestSupport.rules(diagnostics).contains("manifest-duplicate-chapter"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("reports/2024/report.yaml").path))
    }
}

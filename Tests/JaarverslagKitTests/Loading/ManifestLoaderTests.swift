import Testing
@testable import JaarverslagKit

@Suite struct ManifestLoaderTests {
    let valid = """
        year: 2023
        title: Jaarverslag 2023
        network: {name: G40 Stedennetwerk, short: G40}
        foreword: voorwoord
        chapters:
          - id: sociaal
            title: Pijler Sociaal
            groups: [armoede-schulden, wonen-welzijn-zorg]
          - id: netwerk
            title: Informatie over de G40-steden
            intro: netwerk
        members:
          chapter: netwerk
          cities: [Zwolle, Alkmaar]
        """

    @Test func readsAValidManifest() throws {
        let (manifest, diagnostics) = ManifestLoader.load(text: valid, path: "reports/2023/report.yaml")
        #expect(diagnostics.isEmpty)
        let loaded = try #require(manifest)
        #expect(loaded.year == 2023)
        #expect(loaded.network == Network(name: "G40 Stedennetwerk", shortName: "G40"))
        #expect(loaded.chapters.map(\.id) == ["sociaal", "netwerk"])
        #expect(loaded.chapters[0].groups.map(\.value) == ["armoede-schulden", "wonen-welzijn-zorg"])
        #expect(loaded.chapters[1].intro?.value == "netwerk")
        #expect(loaded.members.placement == .chapter("netwerk"))
        #expect(loaded.expectedGroups.map(\.group.value) == ["voorwoord", "armoede-schulden", "wonen-welzijn-zorg", "netwerk"])
    }

    @Test func aChapterListedTwiceIsAnError() {
        let text = valid.replacingOccurrences(of: "id: netwerk", with: "id: sociaal")
            .replacingOccurrences(of: "chapter: netwerk", with: "chapter: sociaal")
        let (manifest, diagnostics) = ManifestLoader.load(text: text, path: "r.yaml")
        #expect(manifest == nil)
        #expect(TestSupport.rules(diagnostics) == ["manifest-duplicate-chapter"])
        #expect(diagnostics.first?.notes.first?.location.line == 6)
    }

    @Test func membersMustBePlaced() {
        let text = valid.replacingOccurrences(of: "  chapter: netwerk\n", with: "")
        #expect(TestSupport.rules(ManifestLoader.load(text: text, path: "r.yaml").1) == ["manifest-members-placement"])
    }

    @Test func membersChapterMustExist() {
        let text = valid.replacingOccurrences(of: "chapter: netwerk", with: "chapter: nergens")
        #expect(TestSupport.rules(ManifestLoader.load(text: text, path: "r.yaml").1) == ["manifest-unknown-chapter"])
    }

    @Test func unknownKeySuggests() throws {
        let text = valid.replacingOccurrences(of: "title: Jaarverslag 2023", with: "titel: Jaarverslag 2023")
        let diagnostics = ManifestLoader.load(text: text, path: "r.yaml").1
        #expect(diagnostics.first?.message.en == "unknown field `titel`; did you mean `title`?")
    }

    @Test func malformedManifest() {
        let (manifest, diagnostics) = ManifestLoader.load(text: "year: [2023\n", path: "r.yaml")
        #expect(manifest == nil)
        #expect(TestSupport.rules(diagnostics) == ["yaml-syntax"])
    }
}

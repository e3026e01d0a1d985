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

    /// A manifest copied from last year: its own line is the error, not every fragment's year.
    @Test func theYearAndTitleMustBeTheFoldersYear() throws {
        let copied = valid.replacingOccurrences(of: "title: Jaarverslag 2023", with: "title: Jaarverslag 2022")
        let (manifest, diagnostics) = ManifestLoader.load(text: copied, path: "reports/2024/report.yaml", folderYear: 2024)
        #expect(manifest == nil)
        #expect(diagnostics.map(\.location.line) == [1, 2])
        #expect(TestSupport.rules(diagnostics) == ["manifest-year", "manifest-year"])
        #expect(diagnostics[0].message.nl == "dit manifest staat in reports/2024/, maar noemt `year: 2023`")
        #expect(diagnostics[1].message.en == "the title `Jaarverslag 2022` names another year than 2024")
        for title in ["Jaarverslag 2023", "Jaarverslag", "Verslag 2022–2023", "G40 in 2023"] {
            let text = valid.replacingOccurrences(of: "title: Jaarverslag 2023", with: "title: \(title)")
            #expect(ManifestLoader.load(text: text, path: "r.yaml", folderYear: 2023).1.isEmpty, "\(title)")
        }
    }

    @Test func aNewMemberCloseToLastYearsIsProbablyATypo() throws {
        let text = valid.replacingOccurrences(of: "cities: [Zwolle, Alkmaar]", with: "cities: [Zwolle, Deveter, Assen, Hilversum]")
        let earlier = EarlierMembers(year: 2022, cities: ["Zwolle", "Deventer", "Alkmaar"])
        let (manifest, diagnostics) = ManifestLoader.load(text: text, path: "r.yaml", folderYear: 2023, earlier: earlier)
        #expect(manifest != nil, "a warning: a new member may be real")
        #expect(diagnostics.map(\.message.nl) == ["Deveter was in 2022 geen lid; bedoelt u Deventer?"])
        #expect(diagnostics.first?.location.line == 14)
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

    /// A member city and a chapter's group are printed as one line too, like every other text.
    @Test func aCityOrGroupIsOneLine() throws {
        let city = valid.replacingOccurrences(of: "cities: [Zwolle, Alkmaar]", with: #"cities: [Zwolle, "Alk\nmaar"]"#)
        let diagnostic = try #require(ManifestLoader.load(text: city, path: "r.yaml").1.first)
        #expect(diagnostic.rule == .oneLineValue)
        #expect(diagnostic.location.line == 14)
        let group = valid.replacingOccurrences(
            of: "[armoede-schulden, wonen-welzijn-zorg]", with: #"[armoede-schulden, "wonen\u200B-welzijn-zorg"]"#)
        #expect(TestSupport.rules(ManifestLoader.load(text: group, path: "r.yaml").1) == ["one-line-value"])
        // White space around an item goes, as around any value.
        let spaced = valid.replacingOccurrences(of: "cities: [Zwolle, Alkmaar]", with: #"cities: [Zwolle, " Alkmaar "]"#)
        #expect(ManifestLoader.load(text: spaced, path: "r.yaml").0?.members.cities.map(\.value) == ["Zwolle", "Alkmaar"])
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

import Testing
@testable import JaarverslagKit

/// `import:` in `report.yaml`: the house style's Word styles and their meaning, checked with
/// located errors like the rest of the manifest.
@Suite struct ImportStylesManifestTests {
    static let base = """
        year: 2023
        title: Jaarverslag 2023
        network: {name: G40 Stedennetwerk, short: G40}
        chapters:
          - id: sociaal
            title: Pijler Sociaal
        members:
          chapter: sociaal
          cities: [Zwolle]

        """

    @Test func readsTheHouseStyle() throws {
        let text =
            Self.base + """
                import:
                  paragraph-styles:
                    G40 Tussenkop: heading-1
                    Instructie: ignore
                  character-styles:
                    G40 Accent: bold-italic
                """
        let (manifest, diagnostics) = ManifestLoader.load(text: text, path: "reports/2023/report.yaml")
        #expect(diagnostics.isEmpty)
        let styles = try #require(manifest?.importStyles)
        #expect(styles.paragraphMeaning(of: "g40  tussenkop") == .heading1)
        #expect(styles.paragraphMeaning(of: "Instructie") == .ignore)
        #expect(styles.characterMeaning(of: "G40 Accent") == .boldItalic)
        #expect(styles.paragraphStyles["G40 Tussenkop"]?.location == TextLocation(path: "reports/2023/report.yaml", line: 12, column: 20))
    }

    @Test func mistakesAreLocated() {
        let text =
            Self.base + """
                import:
                  paragraph-styles:
                    G40 Tussenkop: heading1
                    g40 tussenkop: quote
                  characters:
                    Accent: bold
                """
        let (manifest, diagnostics) = ManifestLoader.load(text: text, path: "reports/2023/report.yaml")
        #expect(manifest == nil)
        let found = diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule.id.rawValue) \($0.message.nl)" }
        #expect(
            found == [
                "14:3 unknown-field onbekend veld `characters`",
                "12:20 wrong-type `heading1` is geen geldige waarde voor `G40 Tussenkop`; kies uit `heading-1`, `heading-2`, `paragraph`, `quote`, `title`, `bullet-list`, `numbered-list`, `lettered-list`, `list-continuation`, `ignore`; bedoelt u `heading-1`?",
                "13:5 manifest-duplicate-style de Word-stijl ‘g40 tussenkop’ staat er twee keer (hoofdletters tellen niet mee)",
            ], "\(found)")
    }
}

import Testing
@testable import JaarverslagKit

/// One test (or a few) per rule: a case it flags, and where it points.
@Suite struct ValidationRuleTests {
    let manifest = TestSupport.manifest(
        chapters: [("sociaal", "Pijler Sociaal", nil, ["test", "armoede"]), ("fysiek", "Pijler Fysiek", nil, [])],
        foreword: "voorwoord")

    func validate(_ fragments: [Fragment], manifest: Manifest? = nil) -> [Diagnostic] {
        Validator.validate(ValidationInput(manifest: manifest ?? self.manifest, fragments: fragments))
    }

    func rules(_ fragments: [Fragment]) -> [String] {
        TestSupport.rules(validate(fragments)).filter { $0 != "missing-group" && $0 != "empty-chapter" }
    }

    @Test func aCleanFragmentPasses() {
        #expect(rules([TestSupport.fragment()]).isEmpty)
    }

    @Test func yearMismatch() throws {
        let diagnostic = try #require(validate([TestSupport.fragment(year: 2098)]).first { $0.rule == .yearMismatch })
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message.en == "this fragment is for 2098, but this is the 2099 report")
    }

    @Test func unknownChapterListsTheValidOnes() throws {
        let diagnostic = try #require(validate([TestSupport.fragment(pillar: "sociaall")]).first { $0.rule == .unknownChapter })
        #expect(diagnostic.message.en.contains("did you mean `sociaal`?"))
        #expect(diagnostic.fix?.en == "valid chapters: `voorwoord`, `sociaal`, `fysiek`")
    }

    @Test func duplicateGroupPointsAtBothFiles() throws {
        var second = TestSupport.fragment()
        second.path = "fragments/2099/test-kopie.md"
        second.frontMatter.group?.location.path = second.path
        let diagnostic = try #require(validate([TestSupport.fragment(), second]).first { $0.rule == .duplicateGroup })
        #expect(diagnostic.location.path == "fragments/2099/test-kopie.md")
        #expect(diagnostic.notes.first?.location.path == "fragments/2099/test.md")
    }

    @Test func invalidGroupID() {
        #expect(rules([TestSupport.fragment(group: "Woning_markt")]).contains("invalid-id"))
    }

    @Test func fileNameShouldMatchTheGroup() {
        var fragment = TestSupport.fragment()
        fragment.id = FragmentID(year: 2099, group: "anders")
        fragment.path = "fragments/2099/anders.md"
        #expect(rules([fragment]) == ["file-name-mismatch"])
    }

    @Test func emptyBody() {
        #expect(rules([TestSupport.fragment(body: "")]) == ["empty-body"])
    }

    @Test func unsupportedMarkdown() {
        #expect(rules([TestSupport.fragment(body: "Tekst met <b>html</b>.")]) == ["unsupported-markdown"])
    }

    @Test func headingWithoutText() {
        #expect(rules([TestSupport.fragment(body: "Tekst.\n\n# Kop\n\n# Volgende kop\n\nTekst.")]) == ["empty-heading"])
        #expect(rules([TestSupport.fragment(body: "# Kop\n\n## Dieper\n\nTekst.")]).isEmpty)
    }

    @Test func invalidLinkPointsAtTheURL() throws {
        let fragment = TestSupport.fragment(body: "Zie [de site](www.g40.nl) en [mail](mailto:a@b.nl).")
        let diagnostic = try #require(validate([fragment]).first { $0.rule == .invalidURL })
        #expect(diagnostic.location == TextLocation(path: "fragments/2099/test.md", line: 7, column: 15))
        #expect(diagnostic.fix?.en.contains("https://www.g40.nl") == true)
        #expect(validate([fragment]).filter { $0.rule == .invalidURL }.count == 1)
    }

    /// An empty link is pointed at where it is, not at the first link of the line; the second of
    /// two broken links to one address is pointed at the second place.
    @Test func theColumnPointsAtTheLinkItself() throws {
        let empty = TestSupport.fragment(body: "Zie [de site](https://g40.nl) en [de nota]().")
        let diagnostic = try #require(validate([empty]).first { $0.rule == .invalidURL })
        #expect(diagnostic.location.column == 43)
        #expect(diagnostic.message.nl == "deze link heeft geen adres")
        let twice = TestSupport.fragment(body: "[a](www.x.nl)\n\n[b](www.y.nl) en [c](www.x.nl)")
        #expect(
            validate([twice]).filter { $0.rule == .invalidURL }.map { "\($0.location.line):\($0.location.column)" } == [
                "7:5", "9:5", "9:22",
            ])
        // Two links through one definition are found at the definition, once.
        let definition = TestSupport.fragment(body: "Zie [de site][g40] en [nog eens][g40].\n\n[g40]: www.g40.nl")
        #expect(
            validate([definition]).filter { $0.rule == .invalidURL }.map { "\($0.location.line):\($0.location.column)" } == ["9:8"])
    }

    /// Empty links written in every form CommonMark allows (`<>`, a space, a title, a reference)
    /// are each pointed at their own `(`, not at another link of the fragment.
    @Test func everyFormOfAnEmptyLinkIsFoundWhereItIs() {
        let fragment = TestSupport.fragment(
            body: "Zie [a](<>) hier.\n\nEn [b]( ) daar en [c](https://g40.nl) en [d](<> \"titel\") en [e][x].\n\n[x]: <>")
        #expect(
            validate([fragment]).filter { $0.rule == .invalidURL }.map { "\($0.location.line):\($0.location.column)" } == [
                "7:8", "9:7", "9:45", "11:6",
            ])
    }

    /// `[mail](naam@gemeente.nl)` needs `mailto:`, not `https://`.
    @Test func anEmailAddressGetsMailto() throws {
        let fragment = TestSupport.fragment(body: "Stuur [een mail](naam@gemeente.nl).")
        let diagnostic = try #require(validate([fragment]).first { $0.rule == .invalidURL })
        #expect(diagnostic.fix?.nl == "een e-mailadres krijgt `mailto:` ervoor: [tekst](mailto:naam@gemeente.nl)")
    }

    @Test func urlsThatAreValid() {
        #expect(LinkPolicy.problem(in: "https://www.g40stedennetwerk.nl/nieuws?id=3") == nil)
        #expect(LinkPolicy.problem(in: "mailto:j.wikkerink@hengelo.nl") == nil)
        #expect(LinkPolicy.problem(in: "https://") == .incomplete)
        #expect(LinkPolicy.problem(in: "http://a b.nl") == .incomplete)
        #expect(LinkPolicy.problem(in: "javascript:alert(1)") == .incomplete)
    }

    @Test func forbiddenCharacters() throws {
        let fragment = TestSupport.fragment(body: "Tekst met\u{0C}een form feed.")
        let diagnostic = try #require(validate([fragment]).first { $0.rule == .forbiddenCharacter })
        #expect(diagnostic.location == TextLocation(path: "fragments/2099/test.md", line: 7, column: 10))
        #expect(diagnostic.message.en.contains("U+000C"))
    }

    @Test func expectedGroupWithoutFragmentIsAWarning() throws {
        let diagnostics = validate([TestSupport.fragment()])
        let missing = diagnostics.filter { $0.rule == .missingGroup }
        #expect(missing.map(\.severity) == [.warning, .warning])
        #expect(
            missing.map { $0.message.en } == [
                "there is no fragment yet for the group `voorwoord` (chapter `voorwoord`)",
                "there is no fragment yet for the group `armoede` (chapter `sociaal`)",
            ])
    }

    @Test func unlistedGroupIsAWarning() throws {
        let diagnostic = try #require(
            validate([TestSupport.fragment(group: "nieuw", pillar: "fysiek")]).first { $0.rule == .unlistedGroup })
        #expect(diagnostic.severity == .warning)
    }

    @Test func groupInTheWrongChapter() {
        #expect(rules([TestSupport.fragment(pillar: "fysiek")]) == ["chapter-mismatch"])
    }

    @Test func onlyTheForewordIsSigned() {
        let signed = TestSupport.fragment(extra: "signature:\n  name: Paul Depla\n")
        #expect(rules([signed]) == ["signature-not-foreword"])
        let foreword = TestSupport.fragment(group: "voorwoord", pillar: "voorwoord", extra: "signature:\n  name: Paul Depla\n")
        #expect(rules([foreword]).isEmpty)
        #expect(rules([TestSupport.fragment(group: "voorwoord", pillar: "sociaal")]).contains("foreword-pillar"))
    }

    @Test func everyRuleIsListedOnce() {
        let names = (Validator.rules + Validator.lints).map { String(describing: type(of: $0)) }
        #expect(Set(names).count == names.count)
    }
}

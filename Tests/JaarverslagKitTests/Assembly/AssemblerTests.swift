import Testing
@testable import JaarverslagKit

@Suite struct AssemblerTests {
    func assemble(_ fragments: [Fragment], _ manifest: Manifest) -> Report {
        Assembler.assemble(Orderer.order(fragments, by: manifest), manifest: manifest)
    }

    @Test func headingsBecomeNestedSectionsWithStableIDs() throws {
        let manifest = TestSupport.manifest()
        let body = "Begin.\n\n# Eerste\n\nA.\n\n## Binnen\n\nB.\n\n# Eerste\n\nC."
        let report = assemble([TestSupport.fragment(body: body)], manifest)
        let section = try #require(report.chapters.first?.sections.first)
        #expect(section.id == "test")
        #expect(section.content.blocks.count == 1)
        #expect(section.content.subsections.map(\.id) == ["test.eerste", "test.eerste-2"])
        #expect(section.content.subsections[0].content.subsections.map(\.title) == ["Binnen"])
    }

    @Test func numbersChaptersWhenTheStyleSaysSo() {
        let manifest = TestSupport.manifest(numbered: true)
        let report = assemble([TestSupport.fragment()], manifest)
        #expect(report.chapters.map(\.numberedTitle) == ["1. Pijler Sociaal", "Leden"])
    }

    @Test func theMemberListClosesItsChapter() throws {
        let manifest = TestSupport.manifest(
            chapters: [("netwerk", "Informatie", "netwerk", [])], membersPlacement: .chapter("netwerk"))
        let report = assemble([TestSupport.fragment(group: "netwerk", pillar: "netwerk")], manifest)
        let chapter = try #require(report.chapters.first)
        #expect(chapter.introGroup?.group == "netwerk")
        #expect(chapter.intro.blocks.count == 2)
        #expect(report.memberList?.cities == ["Alkmaar", "Zwolle"])
    }

    @Test func chaptersWithoutAnyTextAreLeftOut() {
        let manifest = TestSupport.manifest(chapters: [("sociaal", "Pijler Sociaal", nil, ["test"]), ("leeg", "Leeg", nil, ["niemand"])])
        let report = assemble([TestSupport.fragment()], manifest)
        #expect(report.chapters.map(\.id) == ["sociaal", "leden"])
    }

    @Test func theForewordKeepsItsSignature() {
        let manifest = TestSupport.manifest(foreword: "voorwoord")
        let foreword = TestSupport.fragment(
            group: "voorwoord", pillar: "voorwoord", title: "Voorwoord",
            extra: "signature:\n  name: Paul Depla\n  role: voorzitter G40 Stedennetwerk\n")
        let report = assemble([foreword], manifest)
        #expect(report.foreword?.signature?.line == "Paul Depla, voorzitter G40 Stedennetwerk")
    }
}

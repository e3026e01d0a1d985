import Testing
@testable import JaarverslagKit

@Suite struct OrdererTests {
    @Test func manifestOrderThenUnlistedByOrderAndDutchTitle() {
        let manifest = TestSupport.manifest(chapters: [
            ("sociaal", "Pijler Sociaal", "sociaal-intro", ["b", "a"]),
            ("fysiek", "Pijler Fysiek", nil, ["c"]),
        ])
        let fragments = [
            TestSupport.fragment(group: "c", pillar: "fysiek"),
            TestSupport.fragment(group: "a"),
            TestSupport.fragment(group: "zz", title: "’s-Hertogenbosch in beeld"),
            TestSupport.fragment(group: "yy", title: "Zwolle"),
            TestSupport.fragment(group: "xx", title: "Alkmaar"),
            TestSupport.fragment(group: "ww", title: "Zaanstad", extra: "order: 1\n"),
            TestSupport.fragment(group: "b"),
            TestSupport.fragment(group: "sociaal-intro"),
        ]
        let ordered = Orderer.order(fragments, by: manifest)
        #expect(ordered.chapters.map(\.plan.id) == ["sociaal", "fysiek"])
        #expect(ordered.chapters[0].intro?.groupID == "sociaal-intro")
        #expect(ordered.chapters[0].sections.compactMap(\.groupID) == ["b", "a", "ww", "xx", "zz", "yy"])
        #expect(ordered.chapters[1].sections.compactMap(\.groupID) == ["c"])
    }

    @Test func theOrderDoesNotDependOnTheOrderOfTheFiles() {
        let manifest = TestSupport.manifest(chapters: [("sociaal", "Pijler Sociaal", nil, [])])
        let fragments = ["d", "b", "a", "c"].map { TestSupport.fragment(group: $0, title: $0.uppercased()) }
        let forward = Orderer.order(fragments, by: manifest).chapters[0].sections.compactMap(\.groupID)
        let backward = Orderer.order(fragments.reversed(), by: manifest).chapters[0].sections.compactMap(\.groupID)
        #expect(forward == ["a", "b", "c", "d"])
        #expect(forward == backward)
    }
}

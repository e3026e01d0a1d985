import Testing
@testable import JaarverslagKit

@Suite struct MemberListTests {
    @Test func sortsTheDutchWay() {
        let list = MemberList(cities: ["Zwolle", "’s-Hertogenbosch", "Hilversum", "Heerlen", "Ede", "Assen"], networkShortName: "G40")
        #expect(list.cities == ["Assen", "Ede", "Heerlen", "’s-Hertogenbosch", "Hilversum", "Zwolle"])
    }

    @Test func ignoresCaseAndAccents() {
        #expect(DutchCollation.areInIncreasingOrder("émmen", "Enschede"))
        #expect(DutchCollation.areInIncreasingOrder("Sittard-Geleen", "Tilburg"))
        #expect(DutchCollation.areInIncreasingOrder("Schiedam", "Sittard-Geleen"))
    }

    @Test func readsAsDutchProseWithTheRightCount() {
        let list = MemberList(cities: ["Zwolle", "Zoetermeer", "Alkmaar"], networkShortName: "G40")
        #expect(list.sentence == "De 3 gemeenten van de G40 zijn: Alkmaar, Zoetermeer en Zwolle.")
        #expect(MemberList(cities: ["Delft"], networkShortName: "G32").sentence == "De enige gemeente van de G32 is: Delft.")
        #expect(MemberList(cities: ["Delft", "Ede"], networkShortName: "G32").prose == "Delft en Ede.")
    }
}

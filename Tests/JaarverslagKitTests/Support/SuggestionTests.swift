import Testing

@testable import JaarverslagKit

/// The "Bedoelt u …?" of `new`, `import`, `check <jaar> <groep>` and the portal's `invite`.
struct SuggestionTests {
    /// The 2023 groups, as the real manifest names them.
    static let groups = [
        "armoede-schulden", "circulair-bouwen", "duurzaamheid", "europa", "slimme-verstedelijking-mobiliteit", "vitale-binnensteden",
        "wonen-welzijn-zorg", "woningmarkt", "zorg-jeugd-onderwijs",
    ]

    @Test func aTypoIsSuggestedByItsEditDistance() {
        #expect(Suggestion.closestGroup(to: "woningmarket", in: Self.groups) == "woningmarkt")
        #expect(Suggestion.closestGroup(to: "Europe", in: Self.groups) == "europa")
    }

    @Test func oneWordOfACompoundIdSuggestsTheGroupThatHasIt() {
        #expect(Suggestion.closestGroup(to: "armoede", in: Self.groups) == "armoede-schulden")
        #expect(Suggestion.closestGroup(to: "jeugd", in: Self.groups) == "zorg-jeugd-onderwijs")
        #expect(Suggestion.closestGroup(to: "Mobiliteit", in: Self.groups) == "slimme-verstedelijking-mobiliteit")
        // What the edit distance alone said: nothing for any of them.
        #expect(Suggestion.closest(to: "armoede", in: Self.groups) == nil)
        #expect(Suggestion.closest(to: "jeugd", in: Self.groups) == nil)
    }

    @Test func theStartOfOneIdSuggestsIt() {
        #expect(Suggestion.closestGroup(to: "slimme-verst", in: Self.groups) == "slimme-verstedelijking-mobiliteit")
        #expect(Suggestion.closestGroup(to: "circ", in: Self.groups) == "circulair-bouwen")
    }

    /// `zorg` is a word of two groups, `wo` the start of two: no guess between them.
    @Test func aWordOfTwoGroupsOrAShortStartSuggestsNone() {
        #expect(Suggestion.closestGroup(to: "zorg", in: Self.groups) == nil)
        #expect(Suggestion.closestGroup(to: "woni", in: Self.groups) == "woningmarkt")
        #expect(Suggestion.closestGroup(to: "wo", in: Self.groups) == nil)
        #expect(Suggestion.closestGroup(to: "veiligheid", in: Self.groups) == nil)
    }
}

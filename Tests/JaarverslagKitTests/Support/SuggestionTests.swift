import Testing

@testable import JaarverslagKit

/// The "Bedoelt u …?" of `new`, `import`, `check <jaar> <groep>` and the portal's `invite`.
struct SuggestionTests {
    /// Groups of 2023, as the real manifest names them.
    static let groups = [
        "armoede-schulden", "circulair-bouwen", "duurzaamheid", "europa", "slimme-verstedelijking-mobiliteit", "vitale-binnensteden",
        "wonen-welzijn-zorg", "woningmarkt", "zorg-jeugd-onderwijs",
    ]

    @Test func aTypoIsSuggestedByItsEditDistance() {
        #expect(Suggestion.groups(meant: "woningmarket", in: Self.groups) == ["woningmarkt"])
        #expect(Suggestion.groups(meant: "Europe", in: Self.groups) == ["europa"])
    }

    @Test func oneWordOfACompoundIdSuggestsTheGroupsThatHaveIt() {
        #expect(Suggestion.groups(meant: "armoede", in: Self.groups) == ["armoede-schulden"])
        #expect(Suggestion.groups(meant: "jeugd", in: Self.groups) == ["zorg-jeugd-onderwijs"])
        #expect(Suggestion.groups(meant: "Mobiliteit", in: Self.groups) == ["slimme-verstedelijking-mobiliteit"])
        #expect(Suggestion.groups(meant: "zorg", in: Self.groups) == ["wonen-welzijn-zorg", "zorg-jeugd-onderwijs"])
        // What the edit distance alone said: nothing for any of them.
        #expect(Suggestion.closest(to: "armoede", in: Self.groups) == nil)
        #expect(Suggestion.closest(to: "zorg", in: Self.groups) == nil)
    }

    @Test func theStartOfAnIdSuggestsIt() {
        #expect(Suggestion.groups(meant: "slimme-verst", in: Self.groups) == ["slimme-verstedelijking-mobiliteit"])
        #expect(Suggestion.groups(meant: "circ", in: Self.groups) == ["circulair-bouwen"])
        #expect(Suggestion.groups(meant: "won", in: Self.groups) == ["wonen-welzijn-zorg", "woningmarkt"])
    }

    /// Two letters, a word nothing has, or more than three groups that fit: no suggestion.
    @Test func whatFitsNothingOrTooMuchSuggestsNone() {
        #expect(Suggestion.groups(meant: "wo", in: Self.groups).isEmpty)
        #expect(Suggestion.groups(meant: "veiligheid", in: Self.groups).isEmpty)
        let many = ["wijkaanpak-noord", "wijkaanpak-oost", "wijkaanpak-west", "wijkaanpak-zuid"]
        #expect(Suggestion.groups(meant: "wijkaanpak", in: many).isEmpty)
        #expect(Suggestion.groups(meant: "wijkaanpak", in: many.dropLast()) == ["wijkaanpak-noord", "wijkaanpak-oost", "wijkaanpak-west"])
    }

    @Test func theQuestionNamesOneTwoOrThree() {
        #expect(Suggestion.question([]) == nil)
        #expect(Suggestion.question(["europa"], sentenceStart: true) == Message(nl: "Bedoelt u `europa`?", en: "Did you mean `europa`?"))
        #expect(Suggestion.question(["a", "b"]) == Message(nl: "bedoelt u `a` of `b`?", en: "did you mean `a` or `b`?"))
        #expect(Suggestion.question(["a", "b", "c"])?.nl == "bedoelt u `a`, `b` of `c`?")
    }
}

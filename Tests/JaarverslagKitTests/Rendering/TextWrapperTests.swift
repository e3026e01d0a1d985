import Testing
@testable import JaarverslagKit

@Suite struct TextWrapperTests {
    @Test func neverExceedsTheWidthUnlessAWordIsLonger() {
        let text = String(repeating: "woord ", count: 40)
        let lines = TextWrapper(width: 20).wrap(text, firstPrefix: "- ", prefix: "  ")
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines[0].hasPrefix("- woord"))
        #expect(lines[1].hasPrefix("  woord"))
    }

    @Test func neverBreaksAURL() {
        let url = "https://www.g40stedennetwerk.nl/nieuws/pilotgemeenten-g40-aan-de-slag-met-de-regionale-mkb-dienstverlening"
        let lines = TextWrapper(width: 72).wrap("Zie \(url) voor meer.", firstPrefix: "", prefix: "")
        #expect(lines == ["Zie", url, "voor meer."])
    }

    @Test func countsCharactersNotBytes() {
        let lines = TextWrapper(width: 10).wrap("één één één", firstPrefix: "", prefix: "")
        #expect(lines == ["één één", "één"])
    }
}

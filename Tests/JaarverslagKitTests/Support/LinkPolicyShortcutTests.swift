import Testing

@testable import JaarverslagKit

/// The byte test for white space in a link agrees with asking every character.
@Suite struct LinkPolicyShortcutTests {
    @Test func agreesWithCharactersOnEveryASCIICharacterAndRandomTexts() {
        for value in UInt8(0)..<128 {
            let text = "https://g40.nl/" + String(UnicodeScalar(value)) + "x"
            #expect(LinkPolicy.hasWhitespace(text) == text.contains(where: \.isWhitespace), "\(value)")
        }
        var texts = RandomText(random: .forTest())
        for _ in 0..<20_000 {
            let text = texts.text(from: RandomText.spacing + ["https://", "g40.nl", "/", "?q=", "%20"], length: 8)
            #expect(LinkPolicy.hasWhitespace(text) == text.contains(where: \.isWhitespace), "\(text.debugDescription)")
        }
    }
}

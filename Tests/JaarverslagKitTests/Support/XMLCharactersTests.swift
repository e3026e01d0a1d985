import Testing

@testable import JaarverslagKit

/// The test eight bytes at a time agrees with the test byte by byte, wherever in a word the
/// bytes that matter fall (a U+FFFF split over two words included).
@Suite struct XMLCharactersTests {
    static let pieces = [
        "a", "Zeven ", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "¿", "¾", "¿¾", "\u{EFBF}",
        "\u{FEBF}", "é", "😀", "       ",
    ]

    @Test func agreesWithTheByteByByteTest() {
        var texts = RandomText(random: .forTest())
        var forbidden = 0
        for _ in 0..<50_000 {
            let text = texts.text(from: Self.pieces, length: 10)
            let slow = XMLCharacters.mayContainForbiddenByBytes(text)
            #expect(XMLCharacters.mayContainForbidden(text) == slow, "\(text.debugDescription)")
            #expect(XMLCharacters.mayContainForbidden(text.dropFirst()) == XMLCharacters.mayContainForbiddenByBytes(text.dropFirst()))
            if slow { forbidden += 1 }
        }
        #expect(forbidden > 1_000)
    }
}

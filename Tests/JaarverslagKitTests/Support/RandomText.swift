/// Random texts made of pieces chosen to meet every branch of a shortcut: ASCII letters and
/// punctuation, spaces of every kind, accents, look-alike letters, line breaks. Used by the
/// tests that hold a fast path to the slow path it stands in for.
struct RandomText {
    var random: SeededRandom

    /// A text of up to `length` pieces drawn from `pieces`.
    mutating func text(from pieces: [String], length: Int = 12) -> String {
        let count = Int.random(in: 0...length, using: &random)
        return (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// Pieces that touch white space, ASCII and beyond.
    static let spacing = [
        "a", "Z", "0", "1", "-", ".", "'", "`", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}",
        "\u{2003}", "\u{3000}", "\u{200B}", "\u{FEFF}", "é", "e\u{301}", "\u{301}", "ß", "İ", "𝔸", "😀", "\u{1}", "\u{7F}",
    ]
}

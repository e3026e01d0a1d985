import Testing

@testable import JaarverslagKit

/// `LineStarts` answers what the walks from the start of the text answer, for every line,
/// column and byte of random texts with multi-byte letters and combining marks. Line ends are
/// LF, as in every text the tool checks (`SourceText` makes CRLF and CR so): Swift sees CRLF
/// as one character, which `String.byteOffset(line:column:)` does not split at.
@Suite struct LineStartsTests {
    @Test func agreesWithTheWalksFromTheStart() {
        var texts = RandomText(random: .forTest())
        let pieces = ["a", "bc", "\n", "é", "e\u{301}", "中", "😀", " ", "\n\n"]
        for _ in 0..<2_000 {
            let text = texts.text(from: pieces, length: 10)
            let starts = LineStarts(text)
            for offset in -1...(text.utf8.count + 1) {
                #expect(starts.position(ofByte: offset) == text.position(ofByte: offset), "\(text.debugDescription) byte \(offset)")
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for line in 0...(lines + 1) {
                for column in 1...6 {
                    #expect(
                        starts.byteOffset(line: line, column: column) == text.byteOffset(line: line, column: column),
                        "\(text.debugDescription) \(line):\(column)")
                }
            }
        }
    }
}

import Foundation
import Testing

@testable import JaarverslagKit

/// Trimming by scalar gives Foundation's answer.
@Suite struct TrimmingTests {
    @Test func agreesWithFoundationOnRandomTexts() {
        var texts = RandomText(random: .forTest())
        for _ in 0..<20_000 {
            let text = texts.text(from: RandomText.spacing, length: 6)
            #expect(text.trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(
                text.trimmingWhitespacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            #expect(
                text.isOnlyWhitespacesAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "\(text.debugDescription)")
        }
    }

    @Test func theSetsAreFoundationsForEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(String.isWhitespace(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(value)")
            #expect(String.isWhitespaceOrNewline(scalar) == CharacterSet.whitespacesAndNewlines.contains(scalar), "U+\(value)")
        }
    }

    @Test func agreesWithFoundationOnEveryASCIIPair() {
        for first in 0..<128 {
            for last in 0..<128 {
                let text = String(UnicodeScalar(UInt8(first))) + "x" + String(UnicodeScalar(UInt8(last)))
                #expect(text.trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces))
                #expect(text.trimmingWhitespacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }
}

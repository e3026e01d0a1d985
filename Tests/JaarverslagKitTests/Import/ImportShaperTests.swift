import Testing

@testable import JaarverslagKit

/// The bullet test without hashing agrees with the set of typed bullets.
@Suite struct ImportShaperTests {
    @Test func typedBulletTestAgreesWithTheSetForEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(ImportShaper.isTypedBullet(character) == ImportShaper.typedBullets.contains(character), "U+\(value)")
        }
        for combined in ["•\u{301}", "-\u{338}", "*\u{20DD}", "\u{387}\u{301}"] {
            let character = Character(combined)
            #expect(ImportShaper.isTypedBullet(character) == ImportShaper.typedBullets.contains(character), "\(combined)")
        }
    }
}

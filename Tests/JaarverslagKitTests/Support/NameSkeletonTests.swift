import Testing
@testable import JaarverslagKit

/// Names a reader cannot tell apart have one skeleton, and the tool can say why they differ.
@Suite struct NameSkeletonTests {
    @Test(arguments: [
        ("Delft", "delft", [NameSkeleton.Step.letterCase]),
        ("Súdwest-Fryslân", "Su\u{301}dwest-Frysla\u{302}n", [.normalization]),
        ("Delft", "  Delft ", [.spacing]),
        ("Delft", "Del\u{200B}ft", [.spacing]),
        ("Alphen aan den Rijn", "Alphen  aan\u{A0}den Rijn", [.spacing]),
        ("Ede", "\u{415}de", [.lookAlikes]),
        ("Hoorn", "\u{41D}oorn", [.lookAlikes]),
        ("Zoetermeer", "Z0etermeer", [.lookAlikes]),
        ("Oss", "\u{39F}ss", [.lookAlikes]),
        ("’s-Hertogenbosch", "'s-Hertogenbosch", [.lookAlikes]),
        ("Deventer", "ＤＥＶＥＮＴＥＲ", [.lookAlikes, .letterCase]),
        ("Ede", " е\u{200D}DE", [.spacing, .lookAlikes, .letterCase]),
    ])
    func sameNameWrittenDifferently(_ a: String, _ b: String, _ steps: [NameSkeleton.Step]) {
        #expect(NameSkeleton.skeleton(a) == NameSkeleton.skeleton(b))
        #expect(NameSkeleton.differences(b, a) == steps)
    }

    @Test(arguments: [("Delft", "Deventer"), ("Ede", "Edam"), ("Emmen", "Emmeloord"), ("Súdwest-Fryslân", "Sudwest-Fryslan")])
    func differentNamesStayDifferent(_ a: String, _ b: String) {
        #expect(NameSkeleton.skeleton(a) != NameSkeleton.skeleton(b))
        #expect(NameSkeleton.differences(a, b) == nil)
    }
}

/// The one-pass skeleton of ASCII names and the byte-wise city key give what the general
/// paths give, on random names made of the characters their rules treat specially.
@Suite struct NameShortcutTests {
    static let pieces = [
        "a", "Z", "D", "e", "0", "1", "2", "-", "'", "`", ".", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1}",
        "\u{1F}", "\u{7F}", "s-Hertogenbosch", "Alphen aan den Rijn",
    ]

    @Test func asciiSkeletonAgreesWithTheSteps() {
        var texts = RandomText(random: .forTest())
        for _ in 0..<20_000 {
            let name = texts.text(from: Self.pieces)
            #expect(NameSkeleton.asciiSkeleton(name) == NameSkeleton.stepwiseSkeleton(name), "\(name.debugDescription)")
        }
    }

    @Test func asciiCityKeyAgreesWithCharacters() {
        var texts = RandomText(random: .forTest())
        for _ in 0..<20_000 {
            let name = texts.text(from: Self.pieces)
            #expect(CityName.asciiKey(name) == CityName.keyByCharacters(name), "\(name.debugDescription)")
        }
    }

    @Test func namesBeyondASCIITakeTheGeneralPath() {
        #expect(NameSkeleton.asciiSkeleton("Súdwest-Fryslân") == nil)
        #expect(CityName.asciiKey("’s-Hertogenbosch") == nil)
        #expect(CityName.key("'S-Hertogenbosch ") == CityName.key("’s-Hertogenbosch"))
    }
}

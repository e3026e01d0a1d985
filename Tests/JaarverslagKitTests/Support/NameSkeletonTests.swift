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

/// The one-pass skeleton and city key of plain names give what the general paths give, on
/// random names made of the characters their rules treat specially.
@Suite struct NameShortcutTests {
    static let pieces = [
        "a", "Z", "D", "e", "0", "1", "2", "-", "'", "`", ".", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1}",
        "\u{1F}", "\u{7F}", "s-Hertogenbosch", "Alphen aan den Rijn", "’", "‘", "ʼ", "´", "é", "\u{301}", "\u{A0}", "Е",
    ]

    @Test func plainSkeletonAgreesWithTheSteps() {
        Self.expectAgreement(NameSkeleton.plainSkeleton, NameSkeleton.stepwiseSkeleton)
    }

    @Test func plainCityKeyAgreesWithCharacters() {
        Self.expectAgreement(CityName.plainKey, CityName.keyByCharacters)
    }

    /// `fast` answers for plain names only (nil for others), and then as `general` does.
    static func expectAgreement(_ fast: (String) -> String?, _ general: (String) -> String, test: String = #function) {
        var texts = RandomText(random: .forTest(test))
        var plainNames = 0
        for _ in 0..<20_000 {
            let name = texts.text(from: pieces)
            guard let plain = fast(name) else { continue }
            plainNames += 1
            #expect(plain == general(name), "\(name.debugDescription)")
        }
        #expect(plainNames > 1_000)
    }

    @Test func otherNamesTakeTheGeneralPath() {
        #expect(NameSkeleton.plainSkeleton("Súdwest-Fryslân") == nil)
        #expect(CityName.plainKey("Súdwest-Fryslân") == nil)
        #expect(NameSkeleton.plainSkeleton("’s-Hertogenbosch") == NameSkeleton.stepwiseSkeleton("’s-Hertogenbosch"))
        #expect(CityName.key("'S-Hertogenbosch ") == CityName.key("’s-Hertogenbosch"))
    }
}

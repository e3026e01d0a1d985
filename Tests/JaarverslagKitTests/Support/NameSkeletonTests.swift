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

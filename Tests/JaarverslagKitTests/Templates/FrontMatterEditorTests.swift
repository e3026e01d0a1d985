import Testing

@testable import JaarverslagKit

/// The portal's form changes three fields and leaves every other line as it was written.
@Suite struct FrontMatterEditorTests {
    static let yaml = """
        year: 2023
        pillar: fysiek   # de pijler
        group: woningmarkt
        title: Oud
        chairs:
          - city: Delft
            role: voorzitter

        secretary:
          name: Jan
        status: final

        """

    @Test func replacesTheFieldsInPlaceAndKeepsTheRest() {
        let changed = FrontMatterEditor.apply(
            .init(title: "Thema: wonen & bouwen", status: .draft, chairs: [Chair(name: "An", city: "’s-Hertogenbosch", role: .trekker)]),
            to: Self.yaml)
        #expect(
            changed == """
                year: 2023
                pillar: fysiek   # de pijler
                group: woningmarkt
                title: 'Thema: wonen & bouwen'
                chairs:
                - name: An
                  city: ’s-Hertogenbosch
                  role: trekker

                secretary:
                  name: Jan
                status: draft

                """)
        let (fragment, diagnostics) = TestSupport.load("---\n" + changed + "---\nTekst.\n")
        #expect(diagnostics.isEmpty)
        #expect(fragment?.title == "Thema: wonen & bouwen")
        #expect(fragment?.frontMatter.chairs.map(\.city) == ["’s-Hertogenbosch"])
    }

    @Test func addsMissingFieldsAndRemovesEmptiedOnes() {
        let changed = FrontMatterEditor.apply(.init(status: .final, chairs: []), to: "year: 2023\nchairs:\n- city: Delft\n")
        #expect(changed == "year: 2023\nstatus: final\n")
        #expect(FrontMatterEditor.apply(.init(), to: Self.yaml) == Self.yaml)
    }

    @Test func quotesWhatYAMLWouldReadOtherwise() {
        for title in ["ja", "2023", "- lijst", "# kop", "\"aanhalingstekens\"", "a: b"] {
            let changed = FrontMatterEditor.apply(.init(title: title), to: "year: 2023\n")
            let (fragment, _) = TestSupport.load("---\n" + changed + "---\nTekst.\n")
            #expect(fragment?.title == title, "\(title) came back as \(fragment?.title ?? "nil")")
        }
        // A line break is written as one (not joined on a guess), and the loader refuses it.
        let changed = FrontMatterEditor.apply(.init(title: "regel\nnog een"), to: "year: 2023\n")
        #expect(TestSupport.load("---\n" + changed + "---\nTekst.\n").1.map(\.rule).contains(.oneLineValue), "\(changed)")
    }

    /// The portal moves a text through its workflow by changing `status` in the whole fragment;
    /// the body is never touched, and a fragment without front matter is left alone.
    @Test func changesTheStatusOfAWholeFragment() {
        let text = "---\nyear: 2023\ntitle: Oud\nstatus: draft\n---\nTekst met --- erin.\n\n---\n"
        #expect(
            FrontMatterEditor.apply(.init(status: .submitted), toFragment: text)
                == "---\nyear: 2023\ntitle: Oud\nstatus: submitted\n---\nTekst met --- erin.\n\n---\n")
        #expect(
            FrontMatterEditor.apply(.init(status: .final), toFragment: "---\nyear: 2023\n---\nTekst.")
                == "---\nyear: 2023\nstatus: final\n---\nTekst.")
        #expect(FrontMatterEditor.apply(.init(status: .final), toFragment: "Alleen tekst.\n") == nil)
    }
}

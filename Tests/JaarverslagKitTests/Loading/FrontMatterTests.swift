import Testing
@testable import JaarverslagKit

@Suite struct FrontMatterTests {
    @Test func readsEveryField() throws {
        let (fragment, diagnostics) = TestSupport.load(
            """
            ---
            year: 2023
            pillar: fysiek
            group: circulair-bouwen
            title: Thema Circulair bouwen
            status: draft
            order: 4
            chairs:
              - name: Bas van der Pol
                city: Tilburg
                role: trekker
              - city: Delft
            secretary:
              name: Jan Jansen
              email: jan@example.nl
            formerly:
              - title: Thema Bouwen
                year: 2014
            ---
            Tekst.
            """)
        #expect(diagnostics.isEmpty)
        let front = try #require(fragment?.frontMatter)
        #expect(front.year?.value == 2023)
        #expect(front.pillar?.value == "fysiek")
        #expect(front.group?.location == TextLocation(path: "fragments/2099/test.md", line: 4, column: 8))
        #expect(front.status?.value == .draft)
        #expect(front.order?.value == 4)
        #expect(front.chairs.map(\.city) == ["Tilburg", "Delft"])
        #expect(front.chairs.map(\.role) == [.trekker, .voorzitter])
        #expect(front.secretary == Secretary(name: "Jan Jansen", email: "jan@example.nl"))
        #expect(front.formerly == [FormerName(title: "Thema Bouwen", year: 2014)])
    }

    @Test func unknownFieldSuggestsTheClosestOne() throws {
        let (source, location) = TestSupport.marked("---\nyear: 2023\n1️⃣pilar: sociaal\ngroup: a\ntitle: A\n---\nTekst.\n")
        let (_, diagnostics) = TestSupport.load(source)
        let diagnostic = try #require(diagnostics.first { $0.rule == .unknownField })
        #expect(diagnostic.location == location)
        #expect(diagnostic.message.en.contains("did you mean `pillar`?"))
        #expect(diagnostic.message.nl.contains("bedoelt u `pillar`?"))
        #expect(diagnostic.sourceLine == "pilar: sociaal")
        #expect(TestSupport.rules(diagnostics) == ["unknown-field"], "the misspelt field is not also reported as missing")
    }

    @Test func missingRequiredFieldIsNamed() {
        let (_, diagnostics) = TestSupport.load("---\nyear: 2023\npillar: sociaal\ngroup: a\n---\nTekst.\n")
        #expect(diagnostics.map(\.message.en) == ["the required field `title` is missing"])
    }

    @Test func wrongTypeIsReportedAtTheValue() throws {
        let (source, location) = TestSupport.marked("---\nyear: 1️⃣twintig\npillar: sociaal\ngroup: a\ntitle: A\n---\nTekst.\n")
        let (_, diagnostics) = TestSupport.load(source)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.rule == .wrongType)
        #expect(diagnostic.location == location)
    }

    @Test func invalidChoiceListsTheOptions() throws {
        let (_, diagnostics) = TestSupport.load("---\nyear: 2023\npillar: a\ngroup: a\ntitle: A\nstatus: klaar\n---\nTekst.\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message.en.contains("`draft`, `submitted`, `final`, `concept`, `definitief`, `ingeleverd`"))
        #expect(diagnostic.message.nl.hasPrefix("`klaar` is geen geldige waarde voor `status`"))
    }

    /// A date that is no date says what is wrong with it.
    @Test func meetingDatesSayWhatIsWrong() throws {
        for (written, dutch) in [
            ("2024-13-01", "`2024-13-01`: de maand 13 bestaat niet (een datum is JJJJ-MM-DD, de maand staat in het midden)"),
            ("2024-02-30", "`2024-02-30`: februari 2024 heeft 29 dagen, geen 30"),
            ("2023-02-29", "`2023-02-29`: februari 2023 heeft 28 dagen, geen 29"),
            ("13-01-2024", "`13-01-2024`: schrijf de datum met het jaar voorop, als 2024-01-13"),
            ("volgende week", "`volgende week` is geen datum"),
        ] {
            let (_, diagnostics) = TestSupport.load("---\nyear: 2024\npillar: a\ngroup: a\ntitle: A\nmeetings: [\(written)]\n---\nTekst.\n")
            let diagnostic = try #require(diagnostics.first, "\(written)")
            #expect(diagnostic.rule == .wrongType)
            #expect(diagnostic.message.nl == dutch)
            #expect(diagnostic.location.line == 6 && diagnostic.location.column == 12)
        }
        #expect(TestSupport.load("---\nyear: 2024\npillar: a\ngroup: a\ntitle: A\nmeetings: [2024-02-29]\n---\nTekst.\n").1.isEmpty)
    }

    /// Secretaries write Dutch: `concept` is a draft and `definitief` is final, in any case.
    @Test func statusInDutch() throws {
        for (written, status) in [
            ("concept", FrontMatter.Status.draft), ("definitief", .final), ("ingeleverd", .submitted), ("Definitief", .final),
            ("Draft", .draft), ("final", .final),
        ] {
            let (fragment, diagnostics) = TestSupport.load(
                "---\nyear: 2023\npillar: a\ngroup: a\ntitle: A\nstatus: \(written)\n---\nTekst.\n")
            #expect(diagnostics.isEmpty, "\(written)")
            #expect(fragment?.frontMatter.status?.value == status, "\(written)")
        }
    }

    /// `submitted` (handed in through the portal, waiting for approval) is a status too.
    @Test func submittedIsAStatus() throws {
        let (fragment, diagnostics) = TestSupport.load("---\nyear: 2023\npillar: a\ngroup: a\ntitle: A\nstatus: submitted\n---\nTekst.\n")
        #expect(diagnostics.isEmpty)
        #expect(fragment?.frontMatter.status?.value == .submitted)
    }

    @Test func malformedYAMLPointsIntoTheFile() throws {
        let (_, diagnostics) = TestSupport.load("---\nyear: 2023\ntitle: [niet gesloten\n---\nTekst.\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.rule == .yamlSyntax)
        #expect(diagnostic.location.line >= 3)
        #expect(diagnostic.sourceLine != nil)
    }

    /// libyaml's reader refuses control characters; its English text never reaches the user.
    @Test func aControlCharacterInYAMLIsLocatedAndNamed() throws {
        let (text, location) = TestSupport.marked("---\nyear: 2023\ntitle: \"Woning1️⃣\u{01}markt\"\n---\nTekst.\n")
        let (_, diagnostics) = TestSupport.load(text)
        let diagnostic = try #require(diagnostics.first { $0.rule == .yamlSyntax })
        #expect(diagnostic.location == location)
        #expect(diagnostic.message.nl == "de kopgegevens bevatten een onzichtbaar stuurteken (U+0001) dat YAML niet toestaat")
    }

    /// A title is printed as one line: a line break, a tab or an invisible character that YAML
    /// puts in it (as an escape or a block) is refused where it is written; what a block adds
    /// at its end is only white space.
    @Test func aValueIsOneLineOfVisibleText() throws {
        func found(_ title: String) -> [Diagnostic] {
            TestSupport.load("---\nyear: 2099\npillar: sociaal\ngroup: armoede\ntitle: \(title)\n---\nTekst.\n").1
        }
        for (title, expected) in [
            (#""Armoede\nen schulden""#, "regelovergang U+000A"), (#""Armoede\Len schulden""#, "regelovergang U+2028"),
            (#""Armoede\Nen schulden""#, "regelovergang U+0085"), ("|\n  Armoede\n  en schulden", "regelovergang U+000A"),
            (#""Armoede\ten schulden""#, "bevat een tab"),
            (#""Armoede\u200Ben schulden""#, #"het onzichtbare teken U+200B, geschreven als escape (`\u200B`)"#),
            (#""Armoede en schulden\u202E""#, "het onzichtbare teken U+202E"),
        ] {
            let diagnostic = try #require(found(title).first, "\(title)")
            #expect(diagnostic.rule == .oneLineValue, "\(title)")
            #expect(diagnostic.message.nl.contains(expected), "\(title): \(diagnostic.message.nl)")
            #expect(diagnostic.location.line == 5 && diagnostic.location.column == 8, "\(title)")
        }
        // A folded block ends in a line end, and a trailing `\N` is one too: trimmed, like spaces.
        for title in [">\n  Armoede en schulden", #""Armoede en schulden\N""#, #""  Armoede en schulden\t""#] {
            let (fragment, diagnostics) = TestSupport.load(
                "---\nyear: 2099\npillar: sociaal\ngroup: armoede\ntitle: \(title)\n---\nTekst.\n")
            #expect(diagnostics.isEmpty, "\(title): \(diagnostics.map(\.message.nl))")
            #expect(fragment?.title == "Armoede en schulden", "\(title)")
        }
        // Typed as it is, an invisible character is the raw-text check's (with its fix), not this one's.
        #expect(found("Armoede\u{200B}en schulden").isEmpty)
    }

    @Test func tabsInYAMLHaveTheirOwnMessage() {
        let (_, diagnostics) = TestSupport.load("---\nyear: 2023\nchairs:\n\t- city: Delft\n---\nTekst.\n")
        #expect(TestSupport.rules(diagnostics) == ["yaml-tab"])
    }

    @Test func duplicateKeysAreRefused() {
        let (_, diagnostics) = TestSupport.load("---\nyear: 2023\nyear: 2024\npillar: a\ngroup: a\ntitle: A\n---\nTekst.\n")
        #expect(TestSupport.rules(diagnostics) == ["yaml-duplicate-key"])
    }

    @Test func anchorsAndAliasesAreRefused() {
        let (_, diagnostics) = TestSupport.load("---\nyear: 2023\npillar: &p sociaal\ngroup: *p\ntitle: A\n---\nTekst.\n")
        #expect(TestSupport.rules(diagnostics) == ["yaml-syntax"])
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func missingFrontMatter() {
        let (fragment, diagnostics) = TestSupport.load("Alleen tekst.\n")
        #expect(fragment == nil)
        #expect(TestSupport.rules(diagnostics) == ["front-matter-missing"])
    }

    @Test func unterminatedFrontMatter() {
        let (fragment, diagnostics) = TestSupport.load("---\nyear: 2023\nTekst.\n")
        #expect(fragment == nil)
        #expect(TestSupport.rules(diagnostics) == ["front-matter-unterminated"])
    }

    @Test func emptyFile() {
        #expect(TestSupport.rules(TestSupport.load("\n\n").1) == ["empty-file"])
    }
}

import Foundation
import Testing
@testable import JaarverslagKit

/// For every lint: a case it flags, a near miss it leaves alone, and what its fix makes of it.
@Suite struct LintRuleTests {
    let manifest = TestSupport.manifest(members: ["Delft", "Ede", "’s-Hertogenbosch"])

    func findings(_ body: String, rule: Rule, extra: String = "", others: [Fragment] = [], earlier: EarlierYears? = nil)
        -> [Diagnostic]
    {
        let fragment = TestSupport.fragment(extra: extra, body: body)
        return Validator.validate(ValidationInput(manifest: manifest, fragments: [fragment] + others, earlier: earlier)).filter {
            $0.rule == rule
        }
    }

    /// The body after applying every fix of `rule`.
    func fixed(_ body: String, rule: Rule, others: [Fragment] = [], earlier: EarlierYears? = nil) -> String {
        let fragment = TestSupport.fragment(body: body)
        let edits = findings(body, rule: rule, others: others, earlier: earlier).flatMap(\.edits)
        let text = TextEdit.apply(edits, to: fragment.text).text
        return String(
            text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(fragment.bodyLine - 1).joined(separator: "\n"))
    }

    @Test func safeLinksAreUnwrapped() throws {
        let safe =
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40stedennetwerk.nl%2Fnieuws%2Fverkiezingsboodschap-g40&data=05%7C02&reserved=0"
        let body = "Zie [de boodschap](\(safe))."
        let diagnostic = try #require(findings(body, rule: .safelinks).first)
        #expect(diagnostic.location.column == 20)
        #expect(fixed(body, rule: .safelinks) == "Zie [de boodschap](https://www.g40stedennetwerk.nl/nieuws/verkiezingsboodschap-g40).\n")
        #expect(findings("Zie [de site](https://www.outlook.com/?url=x).", rule: .safelinks).isEmpty)
    }

    @Test func brokenWordsAreJoinedWhenTheWordExistsElsewhere() {
        let other = TestSupport.fragment(group: "ander", body: "De gemeentelijke netwerken.")
        let body = "Andere gemeen- telijke netwerken en de werk- naar sociaal ontwikkelbedrijf."
        let found = findings(body, rule: .brokenWord, others: [other])
        #expect(found.count == 1)
        #expect(found.first?.edits.count == 1)
        #expect(found.first?.message.en.contains("`gemeentelijke`") == true)
        #expect(
            fixed(body, rule: .brokenWord, others: [other])
                == "Andere gemeentelijke netwerken en de werk- naar sociaal ontwikkelbedrijf.\n")
        #expect(findings("prijs- en volumeafspraken", rule: .brokenWord).isEmpty)
    }

    /// The worst finding of issue 12: `Zorg- en Veiligheidshuis` became `Zorgen Veiligheidshuis`.
    /// Elided compounds are never joined or flagged, whatever words occur elsewhere.
    @Test func elidedCompoundsAreNeverTouched() {
        let other = TestSupport.fragment(
            group: "ander", body: "Wij zorgen voor bouwen, werken, wonen, de bouwagenda, het mkb-beleid en de kleuterschool.")
        for phrase in [
            "Het Zorg- en Veiligheidshuis en de Bouw- en Woonagenda.", "Werk- of inkomen.", "De bouw-, woon- en zorgagenda.",
            "Het MKB- en zzp-beleid.", "Van werk- naar sociaal ontwikkelbedrijf.", "Van kleuter- tot basisschool.",
            "Zowel binnen- als buitenland.", "Aan- c.q. afmelden.", "In- en/of uitvoer.", "Zorg-\nen Veiligheidshuis.",
        ] {
            #expect(findings(phrase, rule: .brokenWord, others: [other]).isEmpty, "\(phrase)")
        }
    }

    @Test func aWordBrokenAtALineEndIsJoinedWhenCertain() throws {
        let other = TestSupport.fragment(group: "ander", body: "De gemeentelijke netwerken.")
        let body = "Andere gemeen-\ntelijke netwerken."
        let diagnostic = try #require(findings(body, rule: .brokenWord, others: [other]).first)
        #expect(diagnostic.location.line == 7 && diagnostic.location.column == 8)
        #expect(diagnostic.message.nl == "`gemeen-⏎telijke` is een afgebroken woord: `gemeentelijke` staat elders in de fragmenten")
        #expect(fixed(body, rule: .brokenWord, others: [other]) == "Andere gemeentelijke netwerken.\n")
        #expect(fixed("De gemeen-  \n   telijke aanpak.", rule: .brokenWord, others: [other]) == "De gemeentelijke aanpak.\n")
        // A heading ends its line's block; a list item on the next line is a new block.
        #expect(findings("# Gemeen-\ntelijke zaken", rule: .brokenWord, others: [other]).isEmpty)
        #expect(findings("Een lijst-\n- telijke", rule: .brokenWord, others: [other]).isEmpty)
    }

    @Test func aBreakAtALineEndThatNothingExplainsIsStillReported() throws {
        let diagnostic = try #require(findings("De zorg-\nverzekeraar betaalt.", rule: .brokenWord).first)
        #expect(diagnostic.edits.isEmpty, "not certain: offered, never applied")
        #expect(
            diagnostic.message.en == "`zorg-⏎verzekeraar`: a word broken at the end of the line; the report would print `zorg- verzekeraar`"
        )
        #expect(diagnostic.fix?.en == "write the word on one line: `zorgverzekeraar` or `zorg-verzekeraar`")
    }

    @Test func aJoinThatCouldBeWrongIsOfferedNotMade() throws {
        let other = TestSupport.fragment(group: "ander", body: "Werkgelegenheid is een gelegenheid.")
        let diagnostic = try #require(findings("De werk- gelegenheid groeit.", rule: .brokenWord, others: [other]).first)
        #expect(diagnostic.edits.isEmpty)
        #expect(diagnostic.message.nl.contains("maar `gelegenheid` is ook een woord op zich"))
        #expect(diagnostic.fix?.nl == "schrijf `werkgelegenheid` als dat bedoeld is")
    }

    @Test func aHyphenatedCompoundKeepsItsHyphen() {
        let other = TestSupport.fragment(group: "ander", body: "Het actieplan MKB-dienstverlening.")
        #expect(fixed("Het MKB- dienstverlening plan.", rule: .brokenWord, others: [other]) == "Het MKB-dienstverlening plan.\n")
        #expect(fixed("Het MKB-\ndienstverlening plan.", rule: .brokenWord, others: [other]) == "Het MKB-dienstverlening plan.\n")
    }

    /// The first fragment of a year has no other fragment to learn words from; earlier years count.
    @Test func earlierYearsShowWhichWordsExist() {
        var store = MemoryStore()
        store.fragments[FragmentID(year: 2098, group: "oud")] = "---\nyear: 2098\n---\nDe gemeentelijke aanpak.\n"
        let body = "De gemeen- telijke aanpak."
        #expect(findings(body, rule: .brokenWord).isEmpty)
        #expect(fixed(body, rule: .brokenWord, earlier: EarlierYears(before: 2099, in: store)) == "De gemeentelijke aanpak.\n")
        #expect(findings(body, rule: .brokenWord, earlier: EarlierYears(before: 2098, in: store)).isEmpty, "only earlier years")
    }

    /// The broken-word scanner replaced the expression `(\p{L}+)- (\p{Ll}+)`; it must find
    /// exactly what the expression finds, on tricky lines and on many random ones.
    @Test func brokenWordCandidatesAreWhatTheExpressionFinds() throws {
        let expression = try NSRegularExpression(pattern: #"(\p{L}+)- (\p{Ll}+)"#)
        func expected(_ text: String) -> [String] {
            let utf16 = text as NSString
            return expression.matches(in: text, range: NSRange(location: 0, length: utf16.length)).map { match in
                utf16.substring(with: match.range(at: 1)) + utf16.substring(with: match.range(at: 2))
            }
        }
        func scanned(_ text: String) -> [String] {
            BrokenWordRule.candidates(in: BodyText.Line(number: 1, text: Substring(text), offset: 0)).map(\.joined)
        }
        var lines = [
            "gemeen- telijke", "a- b- c", "a-b- c", "- lijst", "x - y", "werk- Naar", "Ëindelijk- één", "financi- ën en",
            "e\u{301}x- y", "de- 3e", "één-  twee", "ab-- cd", "zo- \u{301}", "’s- Hertogenbosch", "a- b-c- d", "woord-",
        ]
        var random = SeededRandom.forTest()
        let pieces = ["a", "B", "ë", "É", "-", " ", "- ", "’", "3", "\u{301}", "中", "x"]
        for _ in 0..<2_000 {
            lines.append((0..<Int.random(in: 1...16, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for line in lines {
            #expect(scanned(line) == expected(line), "\(line.debugDescription)")
        }
    }

    /// The double-space and mixed-quote scanners replaced expressions; they must find what
    /// the expressions find, on tricky lines and on many random ones.
    @Test func spacingAndQuoteScannersAreWhatTheExpressionsFind() throws {
        let doubled = try NSRegularExpression(pattern: #"(?<=\S) {2,}(?=\S)"#)
        let destination = try NSRegularExpression(pattern: #"\]\([^)]*\)"#)
        let straight = try NSRegularExpression(pattern: #"['"]"#)
        let curly = try NSRegularExpression(pattern: "[‘’“”]")
        func ranges(_ expression: NSRegularExpression, _ text: String) -> [NSRange] {
            expression.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map(\.range)
        }
        var lines = [
            "a  b", "  a  b  ", "a \t b", "a\u{A0}  b", "a  \u{A0}b", "a\u{0B}  b", "a  \u{85}", "a   ", "x  \u{2028}  y",
            "De ‘A’ en 's", "[x](a'b) 'c'", "](a'b", "[x](a)](b'c", "“[x](’)”", "'](')'",
        ]
        var random = SeededRandom.forTest()
        let pieces = ["a", " ", "  ", "\t", "\u{A0}", "\u{0B}", "\u{85}", "\u{2003}", "'", "\"", "’", "“", "](", ")", "]", "(", "ë"]
        for _ in 0..<2_000 {
            lines.append((0..<Int.random(in: 1...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for line in lines {
            let text = Substring(line)
            let scanned = SpacingRule.doubledSpaces(in: text).map { NSRange($0, in: line) }
            #expect(scanned == ranges(doubled, line), "\(line.debugDescription)")
            let destinations = ranges(destination, line)
            let outside = ranges(straight, line).filter { quote in !destinations.contains { $0.contains(quote.location) } }
            let quotes = MixedQuotesRule.quotes(in: text)
            #expect(quotes.straight.map { NSRange($0..<line.utf8.index(after: $0), in: line) } == outside, "\(line.debugDescription)")
            #expect(quotes.curly == ranges(curly, line).count, "\(line.debugDescription)")
        }
    }

    @Test func pageNumbersOnALineOfTheirOwn() {
        let body = "Tekst.\n\n 7 / 13 \n\nMeer tekst over 3 / 4 van de gevallen."
        #expect(findings(body, rule: .pageNumber).count == 1)
        #expect(fixed(body, rule: .pageNumber) == "Tekst.\n\n\nMeer tekst over 3 / 4 van de gevallen.\n")
    }

    @Test func theSameLinkTwiceInARow() {
        let split = "Het manifest [‘Geen pleisters](https://g40.nl/m)[ meer!’](https://g40.nl/m) is aangeboden."
        #expect(fixed(split, rule: .duplicateLink) == "Het manifest [‘Geen pleisters meer!’](https://g40.nl/m) is aangeboden.\n")
        let doubled = "Zie [lees meer](https://g40.nl/a) [lees meer](https://g40.nl/a)."
        #expect(fixed(doubled, rule: .duplicateLink) == "Zie [lees meer](https://g40.nl/a).\n")
        let bare = "Zie [de site](https://g40.nl) https://g40.nl en verder."
        #expect(fixed(bare, rule: .duplicateLink) == "Zie [de site](https://g40.nl) en verder.\n")
        #expect(findings("Zie [a](https://g40.nl/a) en [b](https://g40.nl/b).", rule: .duplicateLink).isEmpty)
        #expect(findings("Zie [a](https://g40.nl/a), en later [a](https://g40.nl/a).", rule: .duplicateLink).isEmpty)
    }

    @Test func doubledAndNonBreakingSpaces() {
        #expect(fixed("Twee  spaties   hier.", rule: .doubleSpace) == "Twee spaties hier.\n")
        #expect(findings("- punt\n\n  Ingesprongen alinea.", rule: .doubleSpace).isEmpty)
        #expect(fixed("Een\u{00A0}harde spatie.", rule: .nonBreakingSpace) == "Een harde spatie.\n")
        #expect(findings("Een gewone spatie.", rule: .nonBreakingSpace).isEmpty)
    }

    @Test func mixedQuotesAreReportedWithoutAFix() throws {
        let diagnostic = try #require(findings("De ‘Agenda’ en de thema's.", rule: .mixedQuotes).first)
        #expect(diagnostic.edits.isEmpty)
        #expect(diagnostic.location.column == 24)
        #expect(findings("De ‘Agenda’ en de thema’s.", rule: .mixedQuotes).isEmpty)
        #expect(findings("De ‘Agenda’ op [de site](https://x.nl/?a='b').", rule: .mixedQuotes).isEmpty)
        #expect(findings("De ‘Agenda’ en de thema's.", rule: .mixedQuotes, extra: "ignore: [mixed-quotes]\n").isEmpty)
    }

    @Test func chairsFromCitiesThatAreNoMember() throws {
        let diagnostic = try #require(findings("Tekst.", rule: .chairNotMember, extra: "chairs:\n  - city: Deft\n").first)
        #expect(diagnostic.message.en == "Deft is not a member of the network in 2099; did you mean Delft?")
        #expect(findings("Tekst.", rule: .chairNotMember, extra: "chairs:\n  - city: ’s-Hertogenbosch\n").isEmpty)
    }

    @Test func meetingDatesOutsideTheYear() {
        #expect(findings("Tekst.", rule: .dateOutsideYear, extra: "meetings: [2099-03-14, 2098-11-20]\n").count == 1)
        #expect(findings("Tekst.", rule: .dateOutsideYear, extra: "meetings: [2099-03-14]\n").isEmpty)
    }

    @Test func errorsCannotBeIgnored() {
        #expect(findings("Tekst.", rule: .unknownRule, extra: "ignore: [empty-body]\n").count == 1)
    }

    @Test func theTemplateHintMustBeReplaced() {
        #expect(findings("\(PlaceholderText.marker) over 2099.", rule: .templateHint).count == 1)
    }

    @Test func overlappingFixesAreAppliedOnce() {
        let (text, applied) = TextEdit.apply(
            [TextEdit(range: 0..<4, replacement: "a"), TextEdit(range: 2..<6, replacement: "b")], to: "0123456789")
        #expect(applied.count == 1)
        #expect(text.count == 7)
    }
}

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

    /// `Noord-` ⏎ `Holland` and `G40-` ⏎ `steden` would print as `Noord- Holland`: reported, and
    /// only the hyphenated form is suggested; joined only when that form occurs elsewhere.
    @Test func aBreakBeforeACapitalOrAfterADigitIsReportedToo() throws {
        for (body, written, suggestion) in [
            ("In Noord-\nHolland.", "Noord-⏎Holland", "Noord-Holland"), ("De G40-\nsteden.", "G40-⏎steden", "G40-steden"),
            ("In 2023-\n2024.", "2023-⏎2024", "2023-2024"),
        ] {
            let diagnostic = try #require(findings(body, rule: .brokenWord).first, "\(body)")
            #expect(diagnostic.edits.isEmpty)
            #expect(diagnostic.message.nl.hasPrefix("`\(written)`: een woord afgebroken aan het eind van de regel"))
            #expect(diagnostic.fix?.nl == "schrijf `\(suggestion)` op één regel")
        }
        let other = TestSupport.fragment(group: "ander", body: "De provincie Noord-Holland.")
        #expect(fixed("In Noord-\nHolland.", rule: .brokenWord, others: [other]) == "In Noord-Holland.\n")
        #expect(findings("Noord-\nen Zuid-Holland.", rule: .brokenWord).isEmpty, "an elided compound")
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

    /// `G40-steden` is a word like `MKB-dienstverlening`: where it occurs, `G40- steden` and
    /// `G40-` ⏎ `steden` (the 2014 report's PDF text breaks `G32-` ⏎ `stedennetwerk` so) get
    /// their space back out; nothing else with digits is touched.
    @Test func aCompoundWithDigitsIsJoinedWhereItOccurs() throws {
        let other = TestSupport.fragment(group: "ander", body: "De G40-steden en het G32-stedennetwerk.")
        #expect(fixed("De G40- steden werken samen.", rule: .brokenWord, others: [other]) == "De G40-steden werken samen.\n")
        #expect(fixed("De G40-\nsteden werken samen.", rule: .brokenWord, others: [other]) == "De G40-steden werken samen.\n")
        #expect(fixed("Het G32-\nstedennetwerk.", rule: .brokenWord, others: [other]) == "Het G32-stedennetwerk.\n")
        let diagnostic = try #require(findings("De G40- steden werken samen.", rule: .brokenWord, others: [other]).first)
        #expect(diagnostic.message.nl == "`G40- steden` is een afgebroken woord: `G40-steden` staat elders in de fragmenten")
        // Unknown, within a line: nothing is said; an elided compound and a year stay as they are.
        #expect(findings("De G40- steden werken samen.", rule: .brokenWord).isEmpty)
        for phrase in ["De G40- en G32-steden.", "Van 2022- tot 2024.", "In 2023- heden."] {
            #expect(findings(phrase, rule: .brokenWord, others: [other]).isEmpty, "\(phrase)")
        }
        // The letters of a part with digits still show a word: `covid` in `covid19` keeps
        // `covid- maatregelen` from being joined.
        let covid = TestSupport.fragment(group: "covid", body: "De covid19 en de covidmaatregelen.")
        #expect(try #require(findings("De covid- maatregelen.", rule: .brokenWord, others: [covid]).first).edits.count == 1)
        let both = TestSupport.fragment(group: "covid", body: "De covidmaatregelen en de maatregelen2020.")
        #expect(try #require(findings("De covid- maatregelen.", rule: .brokenWord, others: [both]).first).edits.isEmpty)
    }

    /// The broken-word scanner replaced the expression `(\p{L}+)- (\p{Ll}+)`; it must find
    /// exactly what the expression finds, on tricky lines and on many random ones.
    @Test func brokenWordCandidatesAreWhatTheExpressionFinds() throws {
        let expression = try NSRegularExpression(pattern: #"(\p{L}[\p{L}\p{Nd}]*)- (\p{Ll}+)"#)
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
            "G40- steden", "12G40- steden", "2023- heden", "a\u{301}3- x", "G4- 0", "x1y2- z", "3- a", "٣ب٣- x",
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

    @Test func pageFootersInDutchAndEnglish() {
        for footer in ["Pagina 3 van 12", "pagina 4", "blz. 5", "Blz 5", "7 / 13", "Page 5 of 12", "page 5"] {
            #expect(fixed("Tekst.\n\n\(footer)\n\nMeer tekst.", rule: .pageNumber) == "Tekst.\n\n\nMeer tekst.\n", "\(footer)")
        }
        for text in ["Pagina 3 van het rapport", "Zie blz. 5 van de nota.", "2023 / 2024", "Op pagina 4 staat meer."] {
            #expect(findings("Tekst.\n\n\(text)", rule: .pageNumber).isEmpty, "\(text)")
        }
    }

    /// `2 van 12` is as certain as `7 / 13`; a number alone (`12`, `- 12 -`), most often the
    /// page number of a PDF in the middle of a paragraph, is reported and deleting it offered.
    @Test func aNumberAloneOnALineIsProbablyAPageNumber() throws {
        #expect(fixed("Tekst.\n\n2 van 12\n\nMeer tekst.", rule: .pageNumber) == "Tekst.\n\n\nMeer tekst.\n")
        for footer in ["12", "- 12 -", "– 4 –"] {
            let diagnostic = try #require(findings("De gemeente\n\(footer)\nwerkt samen.", rule: .pageNumber).first, "\(footer)")
            #expect(diagnostic.location.line == 8)
            #expect(diagnostic.edits.isEmpty, "a number may be meant: offered, not deleted")
            #expect(diagnostic.message.nl == "`\(footer)` staat alleen op een regel: waarschijnlijk een paginanummer uit een PDF")
        }
        for text in ["- 3", "1. Eerste punt", "2024", "Er zijn 12 gemeenten.", "12 gemeenten"] {
            #expect(findings("Tekst.\n\n\(text)", rule: .pageNumber).isEmpty, "\(text)")
        }
    }

    /// The cheap test that spares compiling the page-number expressions must pass every line
    /// either expression matches, on tricky lines and on many random ones.
    @Test func thePageNumberPrefilterPassesEveryMatch() {
        func matches(_ expression: NSRegularExpression, _ line: String) -> Bool {
            expression.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
        }
        var lines = [
            " 7 / 13 ", "Pagina 3 van 12", "\u{A0}blz. 5\u{2003}", "P.4", "bladzijde 9 / 10", "– 4 –", "٣ / ٥", "PAGE 2 OF 3",
            "\u{3000}12\u{2028}", "p 3", "\t- 12 -\t",
        ]
        var random = SeededRandom.forTest()
        let pieces = [
            "1", "23", "٣", "/", " ", "\u{A0}", "\t", "\u{2003}", "\u{85}", "-", "–", "—", "van", "of", "Pagina", "page", "blz.", "p.",
            "bladzijde", "B", "x", "#",
        ]
        for _ in 0..<4_000 {
            lines.append((0..<Int.random(in: 1...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        var matched = 0
        for line in lines where matches(PageNumberRule.pattern, line) || matches(PageNumberRule.bare, line) {
            matched += 1
            #expect(PageNumberRule.mayBePageNumber(Substring(line)), "\(line.debugDescription)")
        }
        // About 5% of the random lines are page numbers: 182 to 235 of 4,000 over seeds 1 to 40
        // (mean 208, standard deviation about 12). The bound sits nine deviations below that, so
        // only a generator that stopped producing page numbers fails it, not an unlucky seed.
        #expect(matched > 100, "the random lines must often be page numbers for this test to mean something")
        for line in ["# Ontwikkelingen 2014", "year: 2023", "Informatie over de G40-steden", "1. Eerste punt", "Pagina"] {
            #expect(!PageNumberRule.mayBePageNumber(Substring(line)), "\(line)")
        }
    }

    @Test func bulletsPastedFromWord() throws {
        #expect(
            fixed("Punten:\n•\tMeer woningen\n\u{F0B7}\tBetaalbaarheid\n· Doorstroming", rule: .pastedBullet)
                == "Punten:\n- Meer woningen\n- Betaalbaarheid\n- Doorstroming\n")
        let maybe = findings("Punten:\no\tSociale huur\n–\tMiddenhuur", rule: .pastedBullet)
        #expect(maybe.count == 2)
        #expect(maybe.allSatisfy { $0.edits.isEmpty }, "`o` and `–` may be something else: offered, not applied")
        #expect(maybe.first?.message.en.hasPrefix("`o` at the start of the line looks like a bullet from Word") == true)
        for text in ["Tekst • tekst.", "- Gewoon punt", "o, wat mooi.", "•", "omdat het kan"] {
            #expect(findings(text, rule: .pastedBullet).isEmpty, "\(text)")
        }
    }

    @Test func tabsAndTabSeparatedTables() throws {
        #expect(fixed("Jan\tDelft is voorzitter.", rule: .tab) == "Jan Delft is voorzitter.\n")
        let table = findings("Naam\tGemeente\tRol\nJan\tDelft\tvoorzitter\nPiet\tEde\tlid", rule: .tabTable)
        #expect(table.count == 1)
        #expect(table.first?.edits.isEmpty == true)
        #expect(table.first?.message.nl.hasPrefix("deze regel en de 2 regels eronder zijn een tabel met tabs") == true)
        #expect(findings("Naam\tGemeente\nJan\tDelft", rule: .tab).isEmpty, "a table is one finding, not a tab each")
        for text in ["-\tPunt", "1.\tPunt", "Alinea\n\tvervolg", "a)\tPunt"] {
            #expect(findings(text, rule: .tab).isEmpty && findings(text, rule: .tabTable).isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func invisibleCharactersInTheBodyAndTheFrontMatter() throws {
        let fragment = TestSupport.fragment(title: "\"Woning\u{AD}markt\"", body: "Een\u{200B}woord, 10\u{202F}000 en de\u{AD}ze.")
        let found = Validator.validate(ValidationInput(manifest: manifest, fragments: [fragment])).filter { $0.rule == .invisibleCharacter }
        #expect(found.map(\.location.line) == [5, 7, 7, 7])
        #expect(found.first?.message.nl.hasPrefix("een zacht afbreekstreepje (U+00AD)") == true)
        let text = TextEdit.apply(found.flatMap(\.edits), to: fragment.text).text
        #expect(text.contains("title: \"Woningmarkt\"\n"))
        #expect(text.hasSuffix("Eenwoord, 10 000 en deze.\n"))
        let emoji = try #require(findings("Team 👩\u{200D}💻 aan de slag.", rule: .invisibleCharacter).first)
        #expect(emoji.edits.isEmpty, "a joiner inside an emoji is not certainly junk")
        #expect(
            findings("Zie [de site](https://x.nl/a\u{200B}b).", rule: .invisibleCharacter).isEmpty, "links are the link checks' business")
    }

    /// `ﬁnanciering` from a PDF reads as `financiering` but is not found by a search: the letters
    /// are certain. Word's line break (U+2028) is no line end in Markdown: where the line should
    /// end is offered, not decided.
    @Test func ligaturesAndWordsLineBreaks() throws {
        let body = "De \u{FB01}nanciering, de \u{FB02}exibele aanpak en de sta\u{FB00}\u{FB00}.\n\nEen\u{2028}regel."
        let found = findings(body, rule: .invisibleCharacter)
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == ["7:4", "7:20", "7:45", "9:4"])
        #expect(found.first?.message.nl == "een ligatuur `\u{FB01}` (U+FB01) voor `fi`: een teken uit een PDF dat op gewone letters lijkt")
        #expect(found.first?.fix?.en == "write `fi`; a reader sees no difference, a search does")
        #expect(fixed(body, rule: .invisibleCharacter) == "De financiering, de flexibele aanpak en de staffff.\n\nEen\u{2028}regel.\n")
        #expect(found.last?.edits.isEmpty == true)
        #expect(found.last?.message.en.hasPrefix("a line break from Word (U+2028): an invisible character") == true)
        #expect(findings("De financiering en de flexibele aanpak.", rule: .invisibleCharacter).isEmpty)
    }

    /// An override (U+202E) shows the text after it reversed, in a title as in the text: reported,
    /// never removed, since Arabic or Hebrew may need it. A left-to-right mark, which text copied
    /// from a map or a chat brings along, is removed where nothing reads right to left.
    @Test func directionCharacters() throws {
        let fragment = TestSupport.fragment(
            title: "\"Armoede en \u{202E}neludhcs\"", body: "Zo\u{200E} organiseerden we \u{202E}dit\u{202C}.")
        let found = Validator.validate(ValidationInput(manifest: manifest, fragments: [fragment])).filter { $0.rule == .invisibleCharacter }
        #expect(
            found.map { "\($0.location.line):\($0.location.column)" } == ["5:20", "7:3", "7:22"],
            "the end of the override is reported with its start")
        #expect(found.allSatisfy { $0.edits.isEmpty }, "a line with an override is not certainly left to right")
        #expect(
            found.first?.message.nl
                == "een teken dat de leesrichting verandert (U+202E): een onzichtbaar teken dat de tekst erna in een andere volgorde kan tonen dan hij er staat"
        )
        #expect(found.first?.fix?.nl == "verwijder het, tenzij het bij Arabische of Hebreeuwse tekst hoort")
        #expect(
            fixed("Gevonden via de kaart: Stadhuis\u{200E} Zwolle.", rule: .invisibleCharacter)
                == "Gevonden via de kaart: Stadhuis Zwolle.\n")
        let hebrew = try #require(findings("Het woord שלום\u{200E} (vrede).", rule: .invisibleCharacter).first)
        #expect(hebrew.edits.isEmpty, "next to Hebrew the mark may be holding the brackets in place")
        #expect(try #require(findings("Een\u{200F} teken.", rule: .invisibleCharacter).first).edits.isEmpty)
        let nextLine = try #require(findings("Het woord vrede\u{200E}\n(שלום) staat hier.", rule: .invisibleCharacter).first)
        #expect(nextLine.edits.isEmpty, "a paragraph reads as one, across its lines")
        #expect(fixed("Tekst\u{202C} hier.", rule: .invisibleCharacter) == "Tekst hier.\n", "an end that closes nothing does nothing")
    }

    @Test func aBoldLineWhereAHeadingWasMeant() throws {
        let diagnostic = try #require(findings("**Woningbouwimpuls**\n\nTekst.", rule: .boldLine).first)
        #expect(diagnostic.edits.isEmpty)
        #expect(diagnostic.fix?.nl == "is het een tussenkop, schrijf dan `# Woningbouwimpuls`; anders laat u het zo")
        // Under `##` a bold line is the third level a section cannot have; under `#` it may be a `##`.
        #expect(findings("# Kop\n\n**Woningbouw**\n\nTekst.", rule: .boldLine).count == 1)
        for text in [
            "**Let op:** de deadline is 1 maart.", "**Een hele zin in vet.**", "Tekst met **vet** erin.", "**Twee\nregels**",
            "## Resultaten\n\n**Woningbouw**\n\nTekst.",
        ] {
            #expect(findings(text, rule: .boldLine).isEmpty, "\(text)")
        }
    }

    @Test func aSignatureOrPhoneNumberWouldBePublished() throws {
        let body =
            "Tekst over het jaar.\n\nMet vriendelijke groet,\n\nJan Jansen\nBeleidsadviseur\nT 06-12345678 | E j.jansen@delft.nl\nwww.delft.nl"
        let signature = try #require(findings(body, rule: .contactDetails).first)
        #expect(findings(body, rule: .contactDetails).count == 1)
        #expect(signature.location.line == 9)
        #expect(
            signature.message.en
                == "this line and the 5 lines below it are an e-mail signature with contact details, which would be published in the annual report"
        )
        #expect(signature.edits.isEmpty)
        let phone = findings("Bel ons.\n\nT: 030 - 123 45 67\n\nMeer tekst die doorgaat.", rule: .contactDetails)
        #expect(phone.count == 1)
        // A phone number is not made a mail link.
        #expect(phone.first?.fix?.nl.contains("mailto") == false)
        #expect(findings("Vragen?\n\nj.jansen@delft.nl\n\nMeer.", rule: .contactDetails).first?.fix?.nl.contains("mailto:") == true)
        // A list just above the greeting is not part of the signature.
        let listed = try #require(
            findings(
                "Tekst.\n\n- eerste punt\n- tweede punt\n\nMet vriendelijke groet,\n\nJan Jansen\nT 06-12345678\n", rule: .contactDetails
            )
            .first)
        #expect(listed.location.line == 12, "\(listed)")
        #expect(findings("Vragen?\n\nj.jansen@delft.nl\n\nMeer tekst die doorgaat.", rule: .contactDetails).count == 1)
        for text in [
            "Mail [het secretariaat](mailto:secretariaat@g40.nl).", "Bel 030-1234567 voor vragen.", "De G40 telt 41 gemeenten.",
            "Tekst.\n\nMet vriendelijke groet,\n\nJan Jansen", "In 2023 / 2024 kwamen 0612 mensen.",
        ] {
            #expect(findings(text, rule: .contactDetails).isEmpty, "\(text)")
        }
    }

    /// A mobile number inside a sentence is a person's own; a date, an office's number or a
    /// number in a link is not one.
    @Test func aMobileNumberInASentenceWouldBePublished() throws {
        let found = findings("Voor vragen: bel Petra op 06-12345678 of +31 (0)6 1234 5678.", rule: .contactDetails)
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == ["7:27", "7:42"])
        #expect(
            found.first?.message.nl
                == "`06-12345678` is een mobiel nummer, van iemand persoonlijk; het zou in het jaarverslag gepubliceerd worden")
        #expect(found.allSatisfy { $0.edits.isEmpty })
        for number in ["0612345678", "06 12 34 56 78", "06-1234 5678", "+31612345678", "0031 6 123 456 78"] {
            #expect(findings("Bel \(number) voor vragen.", rule: .contactDetails).count == 1, "\(number)")
        }
        for text in [
            "Op 06-12-2023 14:00 kwamen we bijeen.", "Bel 030-1234567.", "Zie [de lijst](https://g40.nl/0612345678).",
            "Zaaknummer Z-0612345678.", "Het budget is 06123456789 euro.",
        ] {
            #expect(findings(text, rule: .contactDetails).isEmpty, "\(text)")
        }
    }

    /// The byte test before the mobile-number expression lets through every line it matches.
    @Test func theMobileShortcutMissesNoNumber() {
        var texts = RandomText(random: .forTest())
        for _ in 0..<20_000 {
            let text = texts.text(from: ["06", "0031", "+31", "6", "1234", "5678", " ", "-", "a", "2", "/", "é", "(0)"], length: 8)
            let matches = ContactDetailsRule.mobile.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(!matches || ContactDetailsRule.mayHaveMobileNumber(text), "\(text.debugDescription)")
        }
    }

    /// Outlook's one-line signature: a name and an organisation beside a phone number and an
    /// address, joined by `|`; one line is `deze regel`, without `en de … regels eronder`.
    @Test func aOneLineSignatureWouldBePublished() throws {
        let body = "Tekst over het jaar.\n\nJan de Vries | Gemeente Delft | 015-2602222 | j.devries@delft.nl"
        let signature = try #require(findings(body, rule: .contactDetails).first)
        #expect(findings(body, rule: .contactDetails).count == 1)
        #expect(signature.location.line == 9)
        #expect(
            signature.message.nl
                == "deze regel is een e-mailhandtekening met contactgegevens; die zou in het jaarverslag gepubliceerd worden")
        for text in ["Tekst.\n\nWonen | Zorg | Werk", "Tekst.\n\nDe G40 | een netwerk van steden, opgericht in 2001 | 015-2602222"] {
            #expect(findings(text, rule: .contactDetails).isEmpty, "\(text)")
        }
    }

    @Test func theHeadOfAForwardedEmailWouldBePublished() throws {
        let body =
            "Van: Jan Jansen <j.jansen@gouda.nl>\nVerzonden: maandag 4 maart 2024 10:12\nAan: Secretariaat\nOnderwerp: tekst\n\nDe tekst."
        let found = findings(body, rule: .contactDetails)
        #expect(found.count == 1)
        #expect(found.first?.message.nl.hasPrefix("deze regel en de 3 regels eronder zijn de kop van een doorgestuurde e-mail") == true)
        #expect(findings("Aan: de minister is een brief gestuurd.\n\nDe tekst.", rule: .contactDetails).isEmpty, "one line is no header")
    }

    /// `2024. Het jaar …` would be a numbered list starting at 2024; `2024\.` keeps the sentence.
    @Test func aSentenceThatStartsWithAYear() throws {
        #expect(fixed("2024. Het jaar van de Voorjaarsnota.", rule: .yearAsList) == "2024\\. Het jaar van de Voorjaarsnota.\n")
        let fragment = TestSupport.fragment(body: "2024\\. Het jaar van de Voorjaarsnota.")
        #expect(fragment.body.first?.kind == .paragraph([.text("2024. Het jaar van de Voorjaarsnota.")]))
        for text in ["1. Eerste punt", "2024. Eerste\n2025. Tweede", "In 2024. Klaar."] {
            #expect(findings(text, rule: .yearAsList).isEmpty, "\(text)")
        }
    }

    @Test func paragraphsSwallowedIntoTheLastLetteredItem() throws {
        let swallowed = "a) Eerste.\n\nUitleg bij a.\n\nb) Tweede.\n\nUitleg bij b.\n\nNa de lijst.\n\nEn nog een."
        let diagnostic = try #require(findings(swallowed, rule: .letteredListEnd).first)
        #expect(diagnostic.location.line == 15)
        #expect(
            diagnostic.message.nl
                == "deze alinea en de 1 daarna horen nu bij punt b) van de lijst, tot de volgende tussenkop, en wordt ingesprongen afgedrukt"
        )
        #expect(diagnostic.fix?.en.contains("indent the paragraphs that do belong to the items by two spaces") == true)
        // Items of one paragraph each: the list ends after the last, nothing is swallowed.
        #expect(findings("a) Eerste.\n\nb) Tweede.\n\nNa de lijst.", rule: .letteredListEnd).isEmpty)
        // Indented paragraphs belong to their item; the first one that is not ends the list.
        #expect(findings("a) Eerste.\n\n  Uitleg bij a.\n\nb) Tweede.\n\n  Uitleg bij b.\n\nNa de lijst.", rule: .letteredListEnd).isEmpty)
        #expect(findings("a) Eerste.\n\nUitleg.\n\nb) Tweede.\n\nUitleg.\n\n# Kop\n\nTekst.", rule: .letteredListEnd).isEmpty)
        // Bullets under a) that are not indented make it run to the heading too; they are no
        // paragraph of a) itself, so the paragraph after b) is still one too many.
        let afterBullets = "a) Eerste.\n\n- x\n- y\n\nb) Tweede.\n\nNa de lijst."
        #expect(try #require(findings(afterBullets, rule: .letteredListEnd).first).location.line == 14)
        #expect(findings("a) Eerste.\n\n- x\n\nb) Tweede.\n\n- y", rule: .letteredListEnd).isEmpty)
    }

    /// `a)`, `b)` on lines right below each other make one paragraph; the warning names the lines.
    @Test func letteredItemsWithoutEmptyLinesBetweenThem() throws {
        let pasted = "De punten:\na) meer woningen\nb) betaalbare huur\nc) sociale huur\n\nDaarna."
        let diagnostic = try #require(findings(pasted, rule: .letteredListLines).first)
        #expect(diagnostic.location.line == 8)
        #expect(diagnostic.location.column == 1)
        #expect(
            diagnostic.message.nl
                == "deze regel en de 2 regels eronder beginnen met a), b), c), maar er staat geen lege regel tussen; zo wordt het geen lijst, maar komen de punten achter elkaar in één alinea"
        )
        #expect(findings(pasted, rule: .letteredListLines).count == 1)
        #expect(diagnostic.edits.isEmpty, "where the empty lines go is the secretary's call")
        // With empty lines it is a list; a sentence that starts `a) ` alone, or letters out of
        // sequence, are not.
        for text in [
            "a) meer woningen\n\nb) betaalbare huur", "a) meer woningen, zoals\nbeloofd.", "a) meer woningen\nc) sociale huur",
            "Zie a) hierboven\nb) hieronder",
        ] {
            #expect(findings(text, rule: .letteredListLines).isEmpty, "\(text)")
        }
        // An item that runs over two lines still has its next letter in the same paragraph.
        #expect(findings("a) meer woningen, zoals\nbeloofd;\nb) betaalbare huur", rule: .letteredListLines).count == 1)
    }

    @Test func safeLinksWithEscapesAndWithoutATarget() throws {
        let encoded =
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.nl%2Fmijn%2520nota.pdf&data=05%7Cj.jansen%40delft.nl"
        #expect(fixed("Zie [de nota](\(encoded)).", rule: .safelinks) == "Zie [de nota](https://x.nl/mijn%20nota.pdf).\n")
        let spaced = "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.nl%2Fmijn%20nota.pdf&data=05"
        #expect(fixed("Zie [de nota](\(spaced)).", rule: .safelinks) == "Zie [de nota](https://x.nl/mijn%20nota.pdf).\n")
        let empty = "https://eur01.safelinks.protection.outlook.com/?data=05%7Cj.jansen%40delft.nl&reserved=0"
        #expect(findings("Zie [de nota](\(empty)).", rule: .safelinksWithoutTarget).count == 1)
        #expect(findings("Zie [de nota](\(empty)).", rule: .safelinks).isEmpty)
    }

    /// An address written with a character reference does not read as it is written: the error
    /// points into the link's own paragraph, or at the definition a reference link uses, and
    /// never at a later paragraph's link.
    @Test func aDecodedAddressIsPointedAtWhereItIsWritten() {
        let body = "Zie [a](https://g40.nl/&#x202E;x).\n\nZie [site][s].\n\nTekst [b](https://x.nl/).\n\n[s]:\n  https://g40.nl/&#x200B;y"
        let places = findings(body, rule: .invalidURL).map { [$0.location.line, $0.location.column] }
        #expect(places == [[7, 9], [14, 3]])
    }

    /// An address inside that the link policy refuses is not unwrapped, and the error says why.
    @Test func safeLinksAroundARefusedAddressSayWhy() throws {
        let script = "https://eur01.safelinks.protection.outlook.com/?url=javascript%3Avoid%280%29&data=05"
        let refused = try #require(findings("Zie [x](\(script)).", rule: .safelinksWithoutTarget).first)
        #expect(refused.message.en.contains("`javascript:void(0)` is not a complete web address"))
        let cyrillic = "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fg40-st%D0%B5dennetwerk.nl%2F&data=05"
        let mixed = try #require(findings("Zie [x](\(cyrillic)).", rule: .safelinksWithoutTarget).first)
        #expect(mixed.message.nl.contains("mengt letters uit verschillende schriften"))
        #expect(findings("Zie [x](\(cyrillic)).", rule: .safelinks).isEmpty)
    }

    /// Whether or not the secretary ran `check --fix`, the recipient's address never reaches an output.
    @Test func theBuildUnwrapsSafeLinks() throws {
        let link = "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.nl%2Fa&data=05%7Cj.jansen%40delft.nl"
        let fragment = TestSupport.fragment(body: "Zie [de site](\(link)) en \(link) in de tekst.")
        let sources = YearSources(manifest: manifest, fragments: [fragment], diagnostics: [], ids: [fragment.id])
        for output in try Pipeline.render(Pipeline.assemble(sources)) {
            #expect(!output.contents.contains("safelinks") && !output.contents.contains("jansen"), "\(output.name)")
            #expect(output.contents.contains("https://x.nl/a"))
        }
    }

    /// A final fragment that is last year's text, or speaks of last year as if it were this one.
    @Test func lastYearsTextInAFinalFragment() throws {
        var store = MemoryStore()
        store.fragments[FragmentID(year: 2098, group: "test")] = "---\nyear: 2098\ntitle: Oud\n---\nDe groep kwam vier keer\nbijeen.\n"
        let earlier = EarlierYears(before: 2099, in: store)
        let unchanged = try #require(findings("De groep  kwam vier keer bijeen.", rule: .lastYearsText, earlier: earlier).first)
        #expect(
            unchanged.message.nl == "dit fragment is definitief, maar de tekst is woord voor woord die van 2098 (fragments/2098/test.md)")
        #expect(findings("De groep kwam vier keer bijeen.", rule: .lastYearsText, extra: "status: concept\n", earlier: earlier).isEmpty)
        #expect(findings("De groep kwam in 2099 vijf keer bijeen.", rule: .lastYearsText, earlier: earlier).isEmpty)
        let stale = try #require(findings("In 2098 kwam de groep vier keer bijeen.", rule: .lastYearsText).first)
        #expect(stale.message.en == "this fragment is final, but names 2098 and never 2099; was last year's text brought up to date?")
        #expect(findings("Na 2098 kwam de groep in 2099 bijeen.", rule: .lastYearsText).isEmpty)
        #expect(findings("Sinds 2015 kwam de groep bijeen.", rule: .lastYearsText).isEmpty)
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
        // Straight and curly apostrophes, and letter case, are the same city.
        #expect(findings("Tekst.", rule: .chairNotMember, extra: "chairs:\n  - city: \"'s-Hertogenbosch\"\n").isEmpty)
        #expect(findings("Tekst.", rule: .chairNotMember, extra: "chairs:\n  - city: delft\n").isEmpty)
    }

    /// The chair's city is looked up in this year's list first; a typo in the list is not
    /// passed on to the secretary as a suggestion.
    @Test func aTypoInTheMemberListIsNotPassedOn() throws {
        var manifest = TestSupport.manifest(members: ["Deveter", "Delft"])
        manifest.earlierMembers = EarlierMembers(year: 2098, cities: ["Deventer", "Delft", "Zwolle"])
        func chairFindings(_ city: String) -> [Diagnostic] {
            let fragment = TestSupport.fragment(extra: "chairs:\n  - city: \(city)\n")
            return Validator.validate(ValidationInput(manifest: manifest, fragments: [fragment])).filter { $0.rule == .chairNotMember }
        }
        #expect(
            chairFindings("Deventer").first?.message.nl
                == "Deventer staat niet in de ledenlijst van 2099, maar Deveter wel; Deventer was lid in 2098, dus de ledenlijst in report.yaml lijkt een tikfout te hebben"
        )
        #expect(chairFindings("Deventer").first?.fix?.en.hasPrefix("leave your fragment as it is") == true)
        #expect(chairFindings("Deft").first?.message.en == "Deft is not a member of the network in 2099; did you mean Delft?")
        #expect(chairFindings("Zwolle").first?.message.en == "Zwolle was a member in 2098, but is not in the member list of 2099")
        #expect(chairFindings("Delft").isEmpty)
    }

    @Test func aChapterWithoutAnyFragmentIsReported() throws {
        let manifest = TestSupport.manifest(chapters: [
            ("sociaal", "Pijler Sociaal", nil, ["test"]), ("fysiek", "Pijler Fysiek", nil, ["wonen", "bouwen"]), ("leeg", "Leeg", nil, []),
        ])
        let found = Validator.validate(ValidationInput(manifest: manifest, fragments: [TestSupport.fragment()])).filter {
            $0.rule == .emptyChapter
        }
        #expect(found.map(\.message.en) == ["the chapter `fysiek` (Pijler Fysiek) has no fragment yet and is left out of the report"])
        #expect(found.first?.fix?.nl == "lever de fragmenten in van `wonen`, `bouwen`, of haal het hoofdstuk uit reports/2099/report.yaml")
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

    /// The cheap tests in front of the contact-details expressions never skip a line an
    /// expression would match: greetings in every case, and the short-line word count.
    @Test func contactDetailsShortcutsAreExact() {
        var random = SeededRandom.forTest()
        let words = [
            "Met", "vriendelijke", "groet", "groeten", "Hartelijke", "KIND", "regards", "Best", "groetjes", ",", " ", "  ", "x", "Van",
            "Onderwerp", "CC", "to", "\t", "Aan ", "datum\u{A0}", "06", "1234", "٣٤", "½", "1\u{301}",
        ]
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 1...4, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(
                separator: Bool.random(using: &random) ? " " : "")
            if ContactDetailsRule.matches(ContactDetailsRule.greeting, line) {
                #expect(ContactDetailsRule.mayBeGreeting(line), "\(line.debugDescription)")
            }
            let header = line.replacingOccurrences(of: ",", with: ":")
            if ContactDetailsRule.matches(ContactDetailsRule.header, header.trimmingSpaces()) {
                #expect(ContactDetailsRule.mayBeHeader(Substring(header)), "\(header.debugDescription)")
            }
            if line.filter(\.isNumber).count >= 10 { #expect(ContactDetailsRule.mayHaveTenNumbers(line)) }
            let counted = line.split(separator: " ").count
            #expect(ContactDetailsRule.wordCount(Substring(line), upTo: 7) == min(counted, 7), "\(line.debugDescription)")
        }
    }

    /// Comparing word by word says what comparing the split texts says.
    @Test func sameWordsIsWordsCompared() {
        var random = SeededRandom.forTest()
        let pieces = [
            "a", "b", "woning", " ", "  ", "\n", "\t", "\r\n", "\r", " \u{301}", "é", "e\u{301}", "\u{600}", "\u{200D}", "ë", "’",
            "\u{301}",
        ]
        for _ in 0..<20_000 {
            let a = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let b = Bool.random(using: &random) ? a + pieces.randomElement(using: &random)! : a.replacingOccurrences(of: " ", with: "\n")
            let expected = LastYearsTextRule.words(a) == LastYearsTextRule.words(b)
            #expect(LastYearsTextRule.sameWords(a, b) == expected, "\(a.debugDescription) \(b.debugDescription)")
            // Also when the two are made differently (a text is compared with last year's).
            #expect(LastYearsTextRule.sameWords(b, a) == expected, "\(b.debugDescription) \(a.debugDescription)")
        }
    }

    /// A pasted text with the same mistake everywhere: the first thousand findings of a rule,
    /// then one that counts the rest.
    @Test func aThousandFindingsOfARuleThenACount() throws {
        // Doubled spaces are one finding per line: 1,500 lines.
        let lines = Array(repeating: "a  b", count: 1_500).joined(separator: "\n\n")
        let found = findings(lines, rule: .doubleSpace)
        #expect(found.count == FindingCap.perRule + 1)
        let last = try #require(found.last)
        #expect(last.message.nl == "en nog 500 keer hetzelfde in dit fragment (alleen de eerste 1000 worden getoond)")
        #expect(found.dropLast().allSatisfy { $0.edits.count == 1 })
        #expect(findings(Array(repeating: "a\u{00AD}b", count: 1_200).joined(separator: " "), rule: .invisibleCharacter).count == 1_001)
        #expect(findings(Array(repeating: "a\tb", count: 1_001).joined(separator: " "), rule: .tab).count == 1_001)
        #expect(findings(Array(repeating: "a  b", count: 999).joined(separator: "\n\n"), rule: .doubleSpace).count == 999)
    }
}

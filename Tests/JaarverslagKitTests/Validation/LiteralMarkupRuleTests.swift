import Foundation
import Testing
@testable import JaarverslagKit

extension LintRuleTests {
    @Test func aHashWithoutItsSpaceIsNoHeading() throws {
        let diagnostic = try #require(findings("Tekst.\n\n#Resultaten\n\nMeer tekst.", rule: .headingWithoutSpace).first)
        #expect(diagnostic.edits.isEmpty, "a hash may be meant: the fix is offered")
        #expect(diagnostic.message.nl.hasPrefix("`#Resultaten` wordt geen tussenkop"))
        #expect(diagnostic.fix?.nl == "schrijf `# Resultaten`; is het hekje bedoeld, schrijf dan `\\#Resultaten`")
        #expect(diagnostic.location.line == TestSupport.fragment(body: "x").bodyLine + 2)
        #expect(
            try #require(findings("##Wat ging goed", rule: .headingWithoutSpace).first).fix?.nl.hasPrefix("schrijf `## Wat ging goed`")
                == true)
        for text in [
            "# Resultaten", "\\#Resultaten", "#MeToo was dit jaar een thema in de gesprekken.", "#2023", "Tekst #Resultaten",
            "#Een\nregel erna", "    #code", "- #Resultaten",
        ] {
            #expect(findings(text, rule: .headingWithoutSpace).isEmpty, "\(text)")
        }
    }

    @Test func aLinkWithASpaceInItsAddressIsNoLink() throws {
        let body = "Zie [het rapport](https://www.g40stedennetwerk.nl/Gedeelde documenten/rapport.pdf) voor meer."
        let diagnostic = try #require(findings(body, rule: .linkNotMade).first)
        #expect(diagnostic.edits.isEmpty)
        #expect(diagnostic.location.column == 5)
        #expect(diagnostic.message.nl.hasPrefix("`[het rapport](…)` wordt geen link"))
        #expect(
            diagnostic.fix?.nl
                == "schrijf `%20` voor elke spatie in het adres: `(https://www.g40stedennetwerk.nl/Gedeelde%20documenten/rapport.pdf)`")
        // Two spaces are two `%20`: the same address, not one near it.
        #expect(
            findings("Zie [a](https://www.g40.nl/a  b.pdf).", rule: .linkNotMade).first?.fix?.nl
                == "schrijf `%20` voor elke spatie in het adres: `(https://www.g40.nl/a%20%20b.pdf)`")
        for text in [
            "Zie [het rapport](https://www.g40.nl/rapport.pdf).", "Zie [het rapport](https://www.g40.nl/a.pdf \"Het rapport\").",
            "Zie [het rapport]( https://www.g40.nl/a.pdf ).", "Zie [het rapport](<https://www.g40.nl/a b.pdf>).",
            "Een zin (met haakjes) en [haken] apart.",
        ] {
            #expect(findings(text, rule: .linkNotMade).isEmpty, "\(text)")
        }
    }
}

extension LintRuleTests {
    @Test func linesAnEnterWasMeantToSeparate() throws {
        let sentence = try #require(findings("Wij hebben vier keer vergaderd.\nDaarna verscheen het rapport.", rule: .joinedLines).first)
        #expect(sentence.location.line == TestSupport.fragment(body: "x").bodyLine + 1)
        #expect(sentence.message.nl.hasSuffix("één keer Enter begint geen nieuwe regel"))
        #expect(sentence.edits.isEmpty)
        let plainList = findings("Deelnemers:\nDelft\nEde\nAssen", rule: .joinedLines)
        #expect(plainList.count == 1, "one finding per paragraph: \(plainList)")
        #expect(findings("- eerste punt.\n  Nog een zin.", rule: .joinedLines).count == 1, "also in a list item")
        // A line that starts and ends with a number is not therefore a page number.
        #expect(findings("Wij bouwden:\n12 woningen in 2023", rule: .joinedLines).count == 1)
        #expect(findings("De tekst loopt door.\nPagina 3 van 12\nen verder.", rule: .joinedLines).isEmpty, "page-number's line")
        for text in [
            "Een lange zin die een editor na tachtig tekens heeft afgebroken, zoals Vim en Emacs\ndat doen, loopt hier door.",
            "Een zin.\n\nEen nieuwe alinea.", "De deelnemers gaven aan dat de samenwer-\nking goed ging.", "Stappen:\na) plannen\nb) doen",
            "Korte regel\nmet kleine letter erna.",
        ] {
            #expect(findings(text, rule: .joinedLines).isEmpty, "\(text)")
        }
    }
}

extension LintRuleTests {
    /// A line pasted from Word with a non-breaking space between every pair of words is one
    /// finding that fixes them all, not one per space.
    @Test func spacesAreReportedOncePerLine() throws {
        let line = "In\u{00A0}2023\u{00A0}kwam\u{00A0}de\u{00A0}groep\u{00A0}bijeen."
        let found = findings(line + "\n\nTwee\u{00A0}woorden.", rule: .nonBreakingSpace)
        #expect(found.count == 2)
        #expect(found.first?.message.nl == "5 harde (niet-afbrekende) spaties uit Word op deze regel")
        #expect(found.first?.location.column == 3)
        #expect(found.last?.message.nl == "een harde (niet-afbrekende) spatie uit Word")
        #expect(fixed(line, rule: .nonBreakingSpace) == "In 2023 kwam de groep bijeen.\n")
        let doubled = findings("Twee  spaties  en   drie.", rule: .doubleSpace)
        #expect(doubled.map(\.message.nl) == ["twee of meer spaties achter elkaar, 3 keer op deze regel"])
        #expect(fixed("Twee  spaties  en   drie.", rule: .doubleSpace) == "Twee spaties en drie.\n")
        // Two spaces in an address are part of it: one would make it another address.
        let link = "Zie  [het rapport](https://www.g40.nl/Gedeelde  documenten/a.pdf)."
        #expect(fixed(link, rule: .doubleSpace) == "Zie [het rapport](https://www.g40.nl/Gedeelde  documenten/a.pdf).\n")
    }
}

extension LintRuleTests {
    /// A PDF's running head pasted with the text: offered for deletion, never deleted.
    @Test func aRunningHeadFromAPDF() throws {
        let pasted = "De themagroep sprak met de\nG40 Stedennetwerk · Jaarverslag 2023\nwethouders over wonen."
        let inParagraph = try #require(findings(pasted, rule: .pageNumber).first)
        #expect(inParagraph.edits.isEmpty)
        #expect(
            inParagraph.message.nl
                == "`G40 Stedennetwerk · Jaarverslag 2023` lijkt de kop- of voettekst van een PDF-pagina, meegekomen met de tekst")
        #expect(inParagraph.location.line == TestSupport.fragment(body: "x").bodyLine + 1)
        #expect(findings(pasted, rule: .joinedLines).isEmpty, "one line, one finding")
        #expect(findings("Tekst.\n\n12   Jaarverslag G40 2024\n\nMeer tekst.", rule: .pageNumber).count == 1)
        #expect(findings("Tekst.\n\nJaarverslag G40 2024   12\n\nMeer tekst.", rule: .pageNumber).count == 1)
        for text in [
            "Het jaarverslag verschijnt in maart.", "# Jaarverslag 2023",
            "Voor het eerst verscheen ons\njaarverslag in digitale vorm\nen dat beviel.", "Jaarverslag 2023",
            "Over het jaarverslag\n\nTekst.",
            "Wij schreven een bijdrage voor het jaarverslag van de VNG over 2024 en gaven daarin onze visie op wonen",
        ] {
            #expect(findings(text, rule: .pageNumber).isEmpty, "\(text)")
        }
    }
}

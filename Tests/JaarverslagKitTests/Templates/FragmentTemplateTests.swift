import Foundation
import Testing
import Yams

@testable import JaarverslagKit

/// What `new` writes reads back to the same values, whatever last year's values were.
@Suite struct FragmentTemplateTests {
    static let titles = [
        "~", "null", "Null", "NULL", "yes", "no", "on", "off", "true", "False", "y", "n", "1.0", "2023", "0x1F", "1e3", ".inf", "-",
        "- lijst", "? vraag", ": dubbele punt", "a: b", "#hekje", "a #b", "&anker", "*ster", "!tag", "%procent", "@apenstaart",
        "`backtick", "'enkel'", "\"dubbel\"", "[lijst]", "{map}", "> gevouwen", "| letterlijk", "Jan & Piet", "’s-Hertogenbosch",
        "Thema Wonen: de aanpak", "2023-03-14", "<<", "=", "Déjà vu", "\u{202E}omgekeerd",
    ]

    /// A line break or tab in last year's value is written so that it reads back as itself,
    /// and then refused: a title is one line (`one-line-value`), so nothing is carried silently.
    @Test(arguments: ["a\nb", "tab\tin", "eind\u{2028}regel"])
    func aValueThatIsNoLineIsWrittenFaithfullyAndRefused(_ title: String) throws {
        var old = FrontMatter(location: TextLocation(path: "f.md"))
        old.pillar = Located("sociaal", at: old.location)
        old.group = Located("wonen", at: old.location)
        old.title = Located(title, at: old.location)
        let text = FragmentTemplate.frontMatter(from: old, year: 2099) + "Tekst.\n"
        let (_, diagnostics) = TestSupport.load(text, path: "fragments/2099/wonen.md")
        #expect(diagnostics.map(\.rule) == [.oneLineValue], "\(text)")
    }

    @Test(arguments: titles)
    func aTitleStaysATitle(_ title: String) throws {
        var old = FrontMatter(location: TextLocation(path: "f.md"))
        old.pillar = Located("sociaal", at: old.location)
        old.group = Located("wonen", at: old.location)
        old.title = Located(title, at: old.location)
        old.chairs = [Chair(name: title, city: title, role: .trekker)]
        old.formerly = [FormerName(title: title, year: 2014)]
        old.secretary = Secretary(name: title, email: title)
        let text = FragmentTemplate.frontMatter(from: old, year: 2099) + "Tekst.\n"
        let (fragment, diagnostics) = TestSupport.load(text, path: "fragments/2099/wonen.md")
        #expect(diagnostics.isEmpty, "\(text)")
        let front = try #require(fragment?.frontMatter)
        #expect(front.title?.value == title, "\(text)")
        #expect(front.chairs.first?.name == title && front.chairs.first?.city == title)
        #expect(front.formerly.first?.title == title)
        #expect(front.secretary == Secretary(name: title, email: title))
        #expect(front.year?.value == 2099)
        #expect(front.status?.value == .draft)
    }

    /// Plain where that reads back the same, so ordinary titles stay readable.
    @Test func ordinaryValuesStayPlain() throws {
        var old = FrontMatter(location: TextLocation(path: "f.md"))
        old.title = Located("Thema Wonen en zorg", at: old.location)
        let text = FragmentTemplate.frontMatter(from: old, year: 2099)
        #expect(text.contains("\ntitle: Thema Wonen en zorg\n"))
        #expect(FragmentTemplate.frontMatter(from: FrontMatter(location: old.location), year: 2099).contains("\ntitle: \"\"\n"))
    }

    /// The shortcut past Yams' resolver never lets through a value the resolver would take for
    /// something other than text: the titles above, YAML 1.1's own examples, and random
    /// strings made of the characters the expressions look at.
    @Test func theResolverShortcutIsExact() {
        var random = SeededRandom.forTest()
        let alphabet = Array("yesnoYESNOtrufalTRUFALnNulL0123456789+-.:_eEbxX~<=TZ \t\nabc")
        let made = (0..<5_000).map { _ in
            String((0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        let examples = [
            "0b1010", "0o17", "017", "0x_1F", "190:20:30", "1_000", "6.8523015e+5", "-.inf", ".NaN", "2001-12-14t21:59:43.10-05:00",
            "2002-12-14", "On", "OFF", "Yes", "NO", "~", "", "yes\n",
        ]
        for value in Self.titles + examples + made {
            let resolved = Resolver.default.resolveTag(of: Node(value, Tag(.implicit), .plain))
            if resolved != .str {
                #expect(FragmentTemplate.mayResolveAsNonText(value), "\(value.debugDescription) resolves as \(resolved)")
            }
        }
        #expect(!FragmentTemplate.mayResolveAsNonText("Thema Wonen en zorg"))
        #expect(!FragmentTemplate.mayResolveAsNonText("Ondermijning"))
    }
}

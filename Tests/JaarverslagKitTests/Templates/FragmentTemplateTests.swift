import Foundation
import Testing
@testable import JaarverslagKit

/// What `new` writes reads back to the same values, whatever last year's values were.
@Suite struct FragmentTemplateTests {
    static let titles = [
        "~", "null", "Null", "NULL", "yes", "no", "on", "off", "true", "False", "y", "n", "1.0", "2023", "0x1F", "1e3", ".inf", "-",
        "- lijst", "? vraag", ": dubbele punt", "a: b", "#hekje", "a #b", "&anker", "*ster", "!tag", "%procent", "@apenstaart",
        "`backtick", "'enkel'", "\"dubbel\"", "[lijst]", "{map}", "> gevouwen", "| letterlijk", "Jan & Piet", "’s-Hertogenbosch",
        "Thema Wonen: de aanpak", "a\nb", "tab\tin", "2023-03-14", "<<", "=", "Déjà vu", "\u{202E}omgekeerd",
    ]

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
}

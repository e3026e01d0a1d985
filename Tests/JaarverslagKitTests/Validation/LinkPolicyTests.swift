import Testing
@testable import JaarverslagKit

/// A link shows where it leads, in every form it can be read in.
@Suite struct LinkPolicyTests {
    @Test(arguments: [
        "https://www.g40stedennetwerk.nl/nieuws?id=3",
        "http://g40.nl",
        "mailto:j.wikkerink@hengelo.nl",
        "mailto:info@g40.nl?subject=Jaarverslag%202023",
        "https://nl.wikipedia.org/wiki/S%C3%BAdwest-Frysl%C3%A2n",
        "https://xn--e1afmkfd.xn--p1ai/",
        "https://www.g40.nl:8443/pad#deel",
    ])
    func honestLinksPass(_ link: String) {
        #expect(LinkPolicy.problem(in: link) == nil, "\(link)")
    }

    /// `mailto://` makes what follows a server name: no mail program reads it as an address,
    /// and the DocBook schema refuses it (found by `LinkAddressTests`, `mailto://@@1#`).
    @Test func mailtoTakesNoSlashes() {
        #expect(LinkPolicy.problem(in: "mailto://secretaris@g40.nl") == .incomplete)
        #expect(LinkPolicy.problem(in: "mailto:/secretaris@g40.nl") == .incomplete)
        #expect(LinkPolicy.problem(in: "mailto://@@1#") == .incomplete)
        #expect(LinkPolicy.problem(in: "mailto:secretaris@g40.nl") == nil)
    }

    @Test func controlCharactersInAnyForm() {
        #expect(LinkPolicy.problem(in: "mailto:a@b.nl?body=x%0D%0ABcc:c@d.nl") == .control("\r", encoded: true))
        #expect(LinkPolicy.problem(in: "mailto:a@b.nl?body=x\nBcc:c@d.nl") == .control("\n", encoded: false))
        #expect(LinkPolicy.problem(in: "https://g40.nl/%00") == .control("\0", encoded: true))
        #expect(LinkPolicy.problem(in: "https://g40.nl/a\u{2028}b") == .control("\u{2028}", encoded: false))
        #expect(LinkPolicy.problem(in: "https://g40.nl/%C2%85") == .control("\u{85}", encoded: true))
    }

    @Test func invisibleCharactersInAnyForm() {
        #expect(LinkPolicy.problem(in: "https://g40.nl/\u{202E}fdp.exe") == .invisible("\u{202E}", encoded: false))
        #expect(LinkPolicy.problem(in: "https://g40.nl/%E2%80%AEfdp.exe") == .invisible("\u{202E}", encoded: true))
        #expect(LinkPolicy.problem(in: "https://g40\u{200B}.nl/") == .invisible("\u{200B}", encoded: false))
        #expect(LinkPolicy.problem(in: "https://g40.nl/%E2%81%A6x") == .invisible("\u{2066}", encoded: true))
    }

    @Test func hostsThatMixScripts() {
        #expect(
            LinkPolicy.problem(in: "https://www.g40stedenn\u{435}twerk.nl/")
                == .mixedScripts(host: "www.g40stedenn\u{435}twerk.nl", scripts: [.latin, .cyrillic]))
        #expect(
            LinkPolicy.problem(in: "https://xn--pple-43d.com/") == .mixedScripts(host: "\u{430}pple.com", scripts: [.cyrillic, .latin]))
        #expect(LinkPolicy.problem(in: "https://g40.n%D0%B5/") == .mixedScripts(host: "g40.n\u{435}", scripts: [.latin, .cyrillic]))
        #expect(
            LinkPolicy.problem(in: "mailto:info@g40stedenn\u{435}twerk.nl")
                == .mixedScripts(host: "g40stedenn\u{435}twerk.nl", scripts: [.latin, .cyrillic]))
    }

    @Test func aUserPartHidesTheHost() {
        #expect(LinkPolicy.problem(in: "https://www.g40.nl@example.com/") == .userInfo(host: "example.com"))
        #expect(LinkPolicy.problem(in: "https://www.g40.nl%40example.com@evil.example") == .userInfo(host: "evil.example"))
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,x", "www.g40.nl", "https://", "https://g40", "http://a b.nl", "ftp://g40.nl"])
    func incompleteOrOtherSchemes(_ link: String) {
        #expect(LinkPolicy.problem(in: link) == .incomplete, "\(link)")
    }

    /// RFC 3492's own examples, and labels that claim to be Punycode but are not.
    @Test func punycode() {
        #expect(
            Punycode.decode("egbpdaj6bu4bxfgehfvwxn")
                == "\u{0644}\u{064A}\u{0647}\u{0645}\u{0627}\u{0628}\u{062A}\u{0643}\u{0644}\u{0645}\u{0648}\u{0634}\u{0639}\u{0631}\u{0628}\u{064A}\u{061F}"
        )
        #expect(Punycode.decode("bcher-kva") == "bücher")
        #expect(Punycode.unicode(label: "xn--e1afmkfd") == "пример")
        #expect(Punycode.unicode(label: "g40") == "g40")
        #expect(Punycode.unicode(label: "xn--zzzzzzzzzzzzzzzzzzzz") == nil)
        #expect(Punycode.unicode(label: "xn--ü") == nil)
    }

    /// The plain text writes a link on one line whatever it holds.
    @Test func thePlainTextLinkListCannotBeForged() {
        #expect(TextOutput.oneLine("https://g40.nl/a\n[2] https://example.com") == "https://g40.nl/a%0A[2] https://example.com")
        #expect(TextOutput.oneLine("https://g40.nl/\u{202E}x") == "https://g40.nl/%E2%80%AEx")
    }
}

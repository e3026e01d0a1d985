import Testing

@testable import JaarverslagKit

/// A link's address is written as a valid URI that leads where the written address led.
@Suite struct LinkAddressTests {
    @Test(arguments: [
        ("https://www.g40stedennetwerk.nl/nieuws", "https://www.g40stedennetwerk.nl/nieuws"),
        ("https://nl.wikipedia.org/wiki/Súdwest-Fryslân", "https://nl.wikipedia.org/wiki/Súdwest-Fryslân"),
        ("https://a.nl/zoeken?filter[jaar]=2023", "https://a.nl/zoeken?filter%5Bjaar%5D=2023"),
        ("https://a.nl/50%korting", "https://a.nl/50%25korting"),
        ("https://a.nl/50%2Fkorting", "https://a.nl/50%2Fkorting"),
        ("https://a.nl/eind%", "https://a.nl/eind%25"),
        ("https://a.nl/#lijst#boven", "https://a.nl/#lijst%23boven"),
        ("https://a.nl/{x}|y^`\\\"<>", "https://a.nl/%7Bx%7D%7Cy%5E%60%5C%22%3C%3E"),
        ("https://g40.nl:/nieuws", "https://g40.nl/nieuws"),
        ("https://g40.nl:8080/nieuws", "https://g40.nl:8080/nieuws"),
        ("http://[2001:db8::1]:8080/p[1]", "http://[2001:db8::1]:8080/p%5B1%5D"),
        ("mailto:secretaris@g40.nl?subject=[jaarverslag]", "mailto:secretaris@g40.nl?subject=%5Bjaarverslag%5D"),
        // Brackets in an authority that are no IPv6 host's (found by the schema test below,
        // seed 15905581859215135671).
        ("mailto://]/][\"@%4]", "mailto://%5D/%5D%5B%22@%254%5D"),
        ("https://g40.nl]/", "https://g40.nl%5D/"),
        ("https://[::1]]/", "https://[::1]%5D/"),
        ("https://jan@[::1]:8/", "https://jan@[::1]:8/"),
    ])
    func examples(written: String, uri: String) {
        #expect(LinkAddress.uri(written) == uri)
    }

    /// Decoded, the written address and the URI are the same text: the link leads where it led.
    @Test func theURIDecodesToWhatWasWritten() {
        var texts = RandomText(random: .forTest())
        for _ in 0..<20_000 {
            let written =
                "https://a.nl/"
                + texts.text(from: ["%", "%4", "1", "F", "#", "[", "]", "{", "|", "é", "a", "?", "=", "&", "/"], length: 10)
            let uri = LinkAddress.uri(written)
            #expect(LinkPolicy.percentDecoded(uri) == LinkPolicy.percentDecoded(written), "\(written.debugDescription)")
            #expect(LinkAddress.uri(uri) == uri, "not stable: \(written.debugDescription)")
        }
    }

    /// The DocBook schema (XML Schema's `anyURI`, as libxml2 reads it) takes every address that
    /// `check` lets through, so a checked report always builds.
    @Test func theDocBookSchemaTakesEveryCheckedAddress() throws {
        let schema = try #require(DocBookSchemaTests.schema, "install the Debian package docbook5-xml")
        var texts = RandomText(random: .forTest())
        let pieces = ["a", ".nl", "%", "%4", "1", "#", "[", "]", "{", "}", "|", "^", "`", "\\", "\"", "é", "?", ":", "/", "@", "=", "&"]
        var links: [String] = []
        while links.count < 500 {
            let address = ["https://", "http://", "mailto:"][links.count % 3] + texts.text(from: pieces, length: 10)
            if LinkPolicy.problem(in: address) == nil { links.append("[x](" + address + ")") }
        }
        // A paragraph each: a backtick in one address would otherwise open a code span that
        // swallows the links up to the next one (seed 52 made 199 links of 500 so).
        let fragment = TestSupport.fragment(body: links.joined(separator: "\n\n"))
        let sources = YearSources(manifest: TestSupport.manifest(), fragments: [fragment], diagnostics: [], ids: [fragment.id])
        let xml = try DocBookRenderer().render(Pipeline.assemble(sources))
        #expect(xml.components(separatedBy: "<link ").count > 250, "most addresses are links")
        #expect(schema.violations(in: xml).isEmpty)
    }
}

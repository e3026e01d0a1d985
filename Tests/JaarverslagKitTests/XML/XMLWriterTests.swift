import Testing
@testable import JaarverslagKit

/// Whatever reaches it, the writer gives a well-formed document with unique ids, or refuses.
@Suite struct XMLWriterTests {
    @Test(arguments: ["\u{1}", "\u{1B}", "\u{FFFE}", "\u{FFFF}", "\u{B}", "\0"])
    func forbiddenCharactersAreRefusedInTextAndAttributes(_ character: String) {
        let text = XMLWriter()
        text.startBlock("book")
        text.line("title", "Titel\(character)")
        text.endBlock()
        #expect(throws: XMLWriter.Refusal.forbiddenCharacter(character.unicodeScalars.first!, in: "Titel\(character)")) {
            try text.finish()
        }
        let attribute = XMLWriter()
        attribute.startBlock("book", attributes: [("role", character)])
        attribute.endBlock()
        #expect(throws: XMLWriter.Refusal.self) { try attribute.finish() }
    }

    @Test func anIDWrittenTwiceIsRefused() {
        let writer = XMLWriter()
        writer.startBlock("book", attributes: [("xml:id", "a")])
        writer.line("para", "x", attributes: [("xml:id", "a")])
        writer.endBlock()
        #expect(throws: XMLWriter.Refusal.duplicateID("a")) { try writer.finish() }
    }

    @Test func tabsLineBreaksAndEverythingElseAreWritten() throws {
        let writer = XMLWriter()
        writer.line("para", "a\tb\nc & <d> \u{7F} \u{202E} \u{10FFFF}")
        let xml = try writer.finish()
        #expect(xml.contains("<para>a\tb\nc &amp; &lt;d&gt; \u{7F} \u{202E} \u{10FFFF}</para>"))
    }

    /// A report that got past validation with such text still is not written.
    @Test func theRendererPassesTheRefusalOn() throws {
        var report = Pipeline.assemble(try YearLoader.load(year: 2099, from: TestSupport.everythingWorkspace).get())
        report.title = "Jaarverslag\u{7}"
        #expect(throws: RenderRefusal.self) { try DocBookRenderer().render(report) }
        #expect(throws: RenderRefusal.self) { try Pipeline.render(report) }
    }
}

import Foundation
import Testing

@testable import JaarverslagKit

/// Checking a part without building its tree refuses exactly what building the tree refuses,
/// with the same kind, line and message: the importer only checks the parts it does not read.
@Suite struct XMLTreeTests {
    static let word = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="urn:r">
          <w:body>
            <w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Wonen &amp; werken</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> De raad „koos” </w:t></w:r><!-- opmerking --></w:p>
            <w:p><w:hyperlink r:id="rId4"><w:r><w:t>G40 &#x2014; &lt;site&gt;</w:t></w:r></w:hyperlink><?pi data?></w:p>
            <w:p><w:r><w:t><![CDATA[a < b]]></w:t></w:r></w:p>
          </w:body>
        </w:document>
        """

    static let hostile = [
        "", " ", "<a/>", "<a></b>", "<a>", "<a/><b/>", "<a/>text", "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "<a>&x;</a>",
        "<a>&amp;&lt;&#65;&#0;</a>", "<a>]]></a>", "<x:a/>", "<a b='1' b='2'/>", "<a xml:id='i'/><!-- -- -->",
        "<a><b xml:id='1x'/><c xml:id='1x'/></a>", "<?xml version='1.0' encoding='ISO-8859-1'?><a>\u{E9}</a>", "\u{FEFF}<a/>",
        "<a>\u{1}</a>", String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300),
        String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200), "<a><![CDATA[x]]></a>", "<?xml version='2.0'?><a/>",
    ]

    static func outcome(_ data: Data, _ parse: (Data) throws(XMLTree.ParseError) -> Void) -> String {
        do throws(XMLTree.ParseError) {
            try parse(data)
            return "ok"
        } catch {
            return "\(error.kind) \(error.line) \(error.message)"
        }
    }

    static func expectSameOutcome(_ data: Data) {
        let tree = outcome(data) { data throws(XMLTree.ParseError) in _ = try XMLTree(data: data, maxSize: 4096) }
        let check = outcome(data) { data throws(XMLTree.ParseError) in try XMLTree.check(data, maxSize: 4096) }
        #expect(tree == check, "\(String(decoding: data, as: UTF8.self).debugDescription)")
    }

    @Test func hostileDocumentsAreRefusedAlike() {
        for text in Self.hostile + [Self.word] { Self.expectSameOutcome(Data(text.utf8)) }
        Self.expectSameOutcome(Data([0x3C, 0x61, 0x3E, 0xFF, 0xFE, 0x3C, 0x2F, 0x61, 0x3E]))
        Self.expectSameOutcome(Data(repeating: 0x20, count: 5000))
    }

    @Test func everyTruncationIsRefusedAlike() {
        let bytes = Array(Self.word.utf8)
        for length in 0...bytes.count { Self.expectSameOutcome(Data(bytes[..<length])) }
    }

    @Test func damagedDocumentsAreRefusedAlike() {
        var random = SeededRandom.forTest()
        let bytes = Array(Self.word.utf8)
        let damage: [UInt8] = Array("<>&\"';:]-?!/= x".utf8) + [0x00, 0x01, 0xFF, 0xC3, 0xE2, 0x80]
        var refused = 0
        for _ in 0..<3_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = damage.randomElement(using: &random)!
            }
            Self.expectSameOutcome(Data(damaged))
            if (try? XMLTree(data: Data(damaged))) == nil { refused += 1 }
        }
        #expect(refused > 500)
    }

    /// UTF-8 and UTF-16 are read; a declared encoding is not followed, so bytes in another one
    /// are refused where they stand, and UCS-4 and EBCDIC by name. libxml2 never loads a
    /// converter, which the statically linked release build could only take from the system.
    @Test func onlyUTF8AndUTF16AreRead() throws {
        let word = try XMLTree(data: Data(Self.word.utf8))
        #expect(word.root?.name == "document")
        // UTF-16 with its byte order mark, either way round.
        let little = Data([0xFF, 0xFE]) + "<?xml version='1.0' encoding='UTF-16'?><a>\u{E9}</a>".data(using: .utf16LittleEndian)!
        let big = Data([0xFE, 0xFF]) + "<?xml version='1.0' encoding='UTF-16'?><a>\u{E9}</a>".data(using: .utf16BigEndian)!
        for data in [little, big] {
            let tree = try XMLTree(data: data)
            withExtendedLifetime(tree) { #expect(tree.root?.text == "\u{E9}") }
        }
        // Windows-1252 as declared: the curly apostrophe 0x92 is not UTF-8, and is refused at its line.
        let windows = Data("<?xml version='1.0' encoding='windows-1252'?>\n<a>\n".utf8) + Data([0x92, 0x73]) + Data("</a>".utf8)
        #expect(Self.outcome(windows) { data throws(XMLTree.ParseError) in _ = try XMLTree(data: data) }.hasPrefix("notWellFormed 3 "))
        // Plain ASCII is the same in any of them: it is read.
        let ascii = try XMLTree(data: Data("<?xml version='1.0' encoding='windows-1252'?><a>x</a>".utf8))
        withExtendedLifetime(ascii) { #expect(ascii.root?.text == "x") }
        // UCS-4 and EBCDIC, told by their first bytes.
        let ucs4 = Data([0x00, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x3E])
        let ebcdic = Data([0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40])
        for (data, name) in [(ucs4, "UCS-4"), (ebcdic, "EBCDIC")] {
            #expect(Self.outcome(data) { data throws(XMLTree.ParseError) in _ = try XMLTree(data: data) } == "encoding 1 \(name)")
            Self.expectSameOutcome(data)
        }
    }
}

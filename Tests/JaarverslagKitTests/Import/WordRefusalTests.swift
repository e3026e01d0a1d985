import Foundation
import Testing
import ZIPFoundation
@testable import JaarverslagKit

/// Files that are not a .docx, or are hostile, are refused with a located Dutch message that
/// says what to do, in bounded time and memory.
@Suite struct WordRefusalTests {
    static func ole2(streams: [String]) -> Data {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        for name in streams { bytes += name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0] }
        return Data(bytes)
    }

    static func docx(replacing name: String, with contents: Data?) throws -> Data {
        var builder = DocxBuilder(body: DocxBuilder.p("Tekst."))
        var parts = builder.partsToWrite()
        parts[name] = contents
        builder.parts = [:]
        return try DocxBuilder.zip(parts.sorted { $0.key < $1.key })
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var rule: String
        var words: String
        var data: @Sendable () throws -> Data
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a 0-byte file", rule: "import-empty-file", words: "het bestand is leeg") { Data() },
        Case(name: "a Word 97 .doc renamed to .docx", rule: "import-word97", words: "Word 97-2003-document") {
            ole2(streams: ["Root Entry", "WordDocument", "1Table"])
        },
        Case(name: "a password-protected .docx", rule: "import-encrypted", words: "met een wachtwoord beveiligd") {
            ole2(streams: ["Root Entry", "EncryptionInfo", "EncryptedPackage"])
        },
        Case(name: "an OpenDocument text", rule: "import-opendocument", words: "OpenDocument-tekst") {
            try DocxBuilder.zip(
                [
                    ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
                    ("content.xml", Data("<office:document-content/>".utf8)),
                ],
                compression: .none)
        },
        Case(name: "a PDF", rule: "import-not-docx", words: "maar een PDF") { Data("%PDF-1.7\n%âãÏÓ\n".utf8) },
        Case(name: "an Excel workbook", rule: "import-not-word", words: "Excel-bestand") {
            try DocxBuilder.zip([
                ("[Content_Types].xml", Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
                ("xl/workbook.xml", Data("<workbook/>".utf8)),
            ])
        },
        // A real presentation names its main part in _rels/.rels, and that part parses.
        Case(name: "a PowerPoint presentation", rule: "import-not-word", words: "PowerPoint-bestand") {
            try DocxBuilder.zip([
                ("[Content_Types].xml", Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
                (
                    "_rels/.rels",
                    Data(
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"ppt/presentation.xml\"/></Relationships>"
                            .utf8)
                ),
                (
                    "ppt/presentation.xml",
                    Data("<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>".utf8)
                ),
            ])
        },
        Case(name: "a truncated .docx", rule: "import-damaged", words: "beschadigd of niet compleet") {
            let whole = try DocxBuilder(body: DocxBuilder.p("Tekst.")).data()
            return whole.prefix(whole.count / 2)
        },
        Case(name: "an empty zip", rule: "import-damaged", words: "beschadigd") {
            Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        },
        Case(name: "a zip without word/document.xml", rule: "import-no-document", words: "word/document.xml") {
            try docx(replacing: "word/document.xml", with: nil)
        },
        Case(name: "a DOCTYPE with entities in styles.xml", rule: "import-doctype", words: "word/styles.xml, regel 2") {
            try docx(
                replacing: "word/styles.xml",
                with: Data(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<w:styles>&b;</w:styles>"
                        .utf8))
        },
        Case(name: "an undefined entity in document.xml", rule: "import-invalid-xml", words: "word/document.xml, regel 1") {
            try docx(
                replacing: "word/document.xml", with: Data("<w:document xmlns:w=\"\(DocxBuilder.wordNamespace)\">&xxe;</w:document>".utf8))
        },
        Case(name: "invalid UTF-8 in document.xml", rule: "import-invalid-xml", words: "geen geldige XML") {
            try docx(
                replacing: "word/document.xml",
                with: Data("<w:document xmlns:w=\"\(DocxBuilder.wordNamespace)\"><w:body><w:p><w:r><w:t>".utf8) + Data([0xC3, 0x28, 0xFF])
                    + Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
        },
        Case(name: "document.xml in windows-1252, as declared", rule: "import-invalid-xml", words: "word/document.xml, regel 2") {
            try docx(
                replacing: "word/document.xml",
                with: Data(
                    "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<w:document xmlns:w=\"\(DocxBuilder.wordNamespace)\"><w:body><w:p><w:r><w:t>thema"
                        .utf8)
                    + Data([0x92, 0x73]) + Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
        },
        Case(name: "styles.xml in UCS-4", rule: "import-invalid-xml", words: "word/styles.xml, regel 1 is in de tekencodering UCS-4") {
            try docx(replacing: "word/styles.xml", with: Data("<w:styles/>".unicodeScalars.flatMap { [0, 0, 0, UInt8($0.value)] }))
        },
        Case(name: "nesting 100,000 deep", rule: "import-too-deep", words: "dieper genest dan 256") {
            try docx(
                replacing: "word/document.xml",
                with: Data(
                    ("<w:document xmlns:w=\"\(DocxBuilder.wordNamespace)\"><w:body>" + String(repeating: "<w:sdt>", count: 100_000)).utf8))
        },
        Case(name: "an entry named ../../evil.xml", rule: "import-unsafe-name", words: "ongeldige naam (`../../evil.xml`)") {
            var parts = DocxBuilder(body: DocxBuilder.p("Tekst.")).partsToWrite().sorted { $0.key < $1.key }
            parts.append(("../../evil.xml", Data("<x/>".utf8)))
            return try DocxBuilder.zip(parts)
        },
        Case(name: "3,000 entries", rule: "import-too-many-entries", words: "meer dan 2000 onderdelen") {
            var parts = DocxBuilder(body: DocxBuilder.p("Tekst.")).partsToWrite().sorted { $0.key < $1.key }
            parts += (0..<3_000).map { ("word/media/image\($0).png", Data([0])) }
            return try DocxBuilder.zip(parts, compression: .none)
        },
        Case(name: "a zip bomb by ratio", rule: "import-zip-bomb", words: "zip-bom") {
            try docx(
                replacing: "word/settings.xml",
                with: Data("<w:settings>".utf8) + Data(repeating: 0x20, count: 8 * 1024 * 1024) + Data("</w:settings>".utf8))
        },
    ]

    @Test(arguments: cases)
    func refused(_ entry: Case) throws {
        let data = try entry.data()
        let start = ContinuousClock.now
        let diagnostic = try #require(ImportTest.refusal(data), "\(entry.name) was not refused")
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(diagnostic.rule.id.rawValue == entry.rule, "\(diagnostic.message.nl)")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.path == "verslag.docx")
        #expect(diagnostic.message.nl.contains(entry.words), "\(diagnostic.message.nl)")
        #expect(diagnostic.fix != nil)
    }

    @Test func aPartThatUnpacksPastTheLimitIsStoppedWhileUnpackingEvenWhenItsSizeLies() throws {
        // A part whose header claims 100 bytes but that inflates to 300 KB.
        let parts = DocxBuilder(body: DocxBuilder.p("Tekst.")).partsToWrite()
        let big = Data("<w:settings>".utf8) + Data((0..<300_000).map { UInt8(97 + ($0 * 7919) % 26) }) + Data("</w:settings>".utf8)
        var zip = try DocxBuilder.zip((parts.merging(["word/settings.xml": big]) { $1 }).sorted { $0.key < $1.key })
        Self.patchSizes(in: &zip, of: "word/settings.xml", to: 100)
        var limits = DocxLimits()
        limits.partSize = 64 * 1024
        let outcome = WordImport.convert(zip, options: .init(displayPath: "verslag.docx", limits: limits))
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(outcome.body == nil)
        #expect(["import-too-large", "import-damaged"].contains(diagnostic.rule.id.rawValue), "\(diagnostic.message.nl)")
    }

    /// Sets the uncompressed size of one entry in its local header and in the central directory.
    static func patchSizes(in zip: inout Data, of name: String, to size: UInt32) {
        patch(&zip, of: name, local: 22, central: 24, to: size)
    }

    /// Sets the CRC-32 in one entry's local header and in the central directory.
    static func patchChecksums(in zip: inout Data, of name: String, to checksum: UInt32) {
        patch(&zip, of: name, local: 14, central: 16, to: checksum)
    }

    /// Writes `value` at these offsets of the entry's local header and central directory record.
    static func patch(_ zip: inout Data, of name: String, local: Int, central: Int, to value: UInt32) {
        let nameBytes = Data(name.utf8)
        let bytes = [UInt8](zip)
        var patched = bytes
        func write(_ value: UInt32, at offset: Int) {
            for index in 0..<4 { patched[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
        }
        var index = 0
        while index + 46 < bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x03, bytes[index + 3] == 0x04 {
                let length = Int(bytes[index + 26]) | Int(bytes[index + 27]) << 8
                if Data(bytes[(index + 30)..<(index + 30 + length)]) == nameBytes { write(value, at: index + local) }
            } else if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x01, bytes[index + 3] == 0x02 {
                let length = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                if Data(bytes[(index + 46)..<(index + 46 + length)]) == nameBytes { write(value, at: index + central) }
            }
            index += 1
        }
        zip = Data(patched)
    }

    /// A part whose bytes do not match its recorded checksum (one flipped bit in a download) is
    /// refused, never imported with a changed letter: inflated by zlib here, and stored as is.
    @Test(arguments: [true, false])
    func aPartWhoseChecksumDoesNotMatchIsDamaged(deflated: Bool) throws {
        let parts = DocxBuilder(body: DocxBuilder.p("Let op: het budget.")).partsToWrite().sorted { $0.key < $1.key }
        var zip = try DocxBuilder.zip(parts, compression: deflated ? .deflate : .none)
        #expect(ImportTest.refusal(zip) == nil)
        if !deflated {
            // "Let op" becomes "Lxt op" in the stored bytes; the checksum stays the old one.
            let range = try #require(zip.range(of: Data("Let op".utf8)))
            zip.replaceSubrange(range, with: Data("Lxt op".utf8))
        } else {
            let entry = try #require(try Archive(data: zip, accessMode: .read)["word/document.xml"])
            Self.patchChecksums(in: &zip, of: "word/document.xml", to: entry.checksum ^ 1)
        }
        let diagnostic = try #require(ImportTest.refusal(zip), "a damaged part was imported")
        #expect(diagnostic.rule.id.rawValue == "import-damaged")
        #expect(diagnostic.message.nl.contains("word/document.xml"), "\(diagnostic.message.nl)")
    }
}

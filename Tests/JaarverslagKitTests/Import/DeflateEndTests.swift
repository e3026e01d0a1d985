import Foundation
import Testing
import ZIPFoundation

@testable import JaarverslagKit

/// The guard before ZIPFoundation inflates a part: it starts where ZIPFoundation starts, and it
/// tells a stream that ends from one that runs out of bytes.
@Suite struct DeflateEndTests {
    static let documents = ["armoede-zonder-stijlen.docx", "woningmarkt-secretaris.docx"].map {
        TestSupport.fixturesURL.appendingPathComponent("docx/\($0)")
    }

    /// The start read from ZIPFoundation's entry is where the local header, found in the bytes,
    /// says the data begins, for every entry of the secretaries' documents and the .docx pandoc
    /// writes.
    @Test func theStartIsWhereTheLocalHeaderSaysTheDataBegins() throws {
        let pandoc = try Self.pandocDocx()
        for data in try Self.documents.map({ try Data(contentsOf: $0) }) + [pandoc] {
            let archive = try Archive(data: data, accessMode: .read)
            let bytes = [UInt8](data)
            var checked = 0
            for entry in archive {
                let expected = try #require(Self.localDataStart(of: entry.path, in: bytes), "\(entry.path)")
                #expect(DeflateEnd.dataOffset(of: entry) == expected, "\(entry.path)")
                checked += 1
            }
            #expect(checked >= 5)
        }
    }

    @Test func aStreamThatEndsStops() throws {
        for data in try Self.documents.map({ try Data(contentsOf: $0) }) {
            let archive = try Archive(data: data, accessMode: .read)
            for entry in archive where entry.isCompressed {
                #expect(DeflateEnd.verdict(for: entry, in: data, limit: 1 << 24) == .stops, "\(entry.path)")
            }
        }
    }

    @Test func aStreamThatRunsOutIsCaught() {
        // A stored block of 65,535 bytes with 10 left; a fixed-Huffman block cut off; nothing.
        #expect(
            DeflateEnd.verdict(stream: Data([0x00, 0xFF, 0xFF, 0x00, 0x00] + Array(repeating: 0x41, count: 10)), limit: 1 << 20) == .runsOut
        )
        #expect(DeflateEnd.verdict(stream: Data([0x02]), limit: 1 << 20) == .runsOut)
        #expect(DeflateEnd.verdict(stream: Data(), limit: 1 << 20) == .runsOut)
        // Refused by zlib (a stored block whose length check fails), and more than the limit.
        #expect(DeflateEnd.verdict(stream: Data([0x00, 0x05, 0x00, 0x05, 0x00]), limit: 1 << 20) == .stops)
        #expect(
            DeflateEnd.verdict(stream: Data([0x00, 0xFF, 0xFF, 0x00, 0x00] + Array(repeating: 0x41, count: 2_000)), limit: 1_000) == .stops)
    }

    /// The file the import fuzzer found spinning ZIPFoundation, as the corpus makes it, is refused.
    @Test func theCorpusFileIsRefusedAsDamaged() throws {
        let url = Snapshot.packageRoot.appendingPathComponent("Tests/Corpus/docx/deflate-never-ends.docx")
        let outcome = WordImport.convert(try Data(contentsOf: url), options: .init(displayPath: "deflate-never-ends.docx"))
        #expect(outcome.body == nil)
        #expect(outcome.diagnostics.map(\.rule.id.rawValue) == ["import-damaged"])
    }

    /// Where the data of the entry named `name` begins, from its local header in the bytes.
    static func localDataStart(of name: String, in bytes: [UInt8]) -> Int? {
        var index = 0
        while index + 30 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x03, bytes[index + 3] == 0x04 {
                let nameLength = Int(bytes[index + 26]) | Int(bytes[index + 27]) << 8
                let extraLength = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                if index + 30 + nameLength <= bytes.count,
                    String(decoding: bytes[(index + 30)..<(index + 30 + nameLength)], as: UTF8.self) == name
                {
                    return index + 30 + nameLength + extraLength
                }
            }
            index += 1
        }
        return nil
    }

    /// A .docx as pandoc writes it: another writer's headers and extra fields.
    static func pandocDocx() throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deflate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("in.md")
        try Data("# Kop\n\nTekst met **vet** en een [link](https://g40.nl).\n".utf8).write(to: markdown)
        let docx = folder.appendingPathComponent("uit.docx")
        try RoundTripTests.run("pandoc", ["-f", "commonmark", "-t", "docx", "-o", docx.path, markdown.path])
        return try Data(contentsOf: docx)
    }
}

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

    /// Past 4 GB a zip keeps where an entry's local header is in the zip64 extended information
    /// of its directory record. An archive of that form, made small: the directory record's
    /// offset set to 0xFFFFFFFF and the real one given in a zip64 extra field.
    @Test func theStartOfAZip64EntryIsFoundToo() throws {
        let archive = try Archive(accessMode: .create)
        // An entry first, so that the one looked at does not start at 0 (which ZIPFoundation
        // takes for "no offset given" in the zip64 information).
        try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(0)) { (_: Int64, _: Int) in Data() }
        let text = Data(String(repeating: "De G40-steden werken samen. ", count: 40).utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(text.count), compressionMethod: .deflate) {
            position, size in
            let start = min(Int(position), text.count)
            return text.subdata(in: start..<min(text.count, start + size))
        }
        var bytes = [UInt8](try #require(archive.data))
        let directory = try #require(Self.find([0x50, 0x4B, 0x01, 0x02], in: bytes))
        let record = try #require(Self.find([0x50, 0x4B, 0x01, 0x02], in: bytes, from: directory + 4))
        let end = try #require(Self.find([0x50, 0x4B, 0x05, 0x06], in: bytes))
        let offset = UInt64(Self.uint32(bytes, at: record + 42))
        let nameLength = Int(bytes[record + 28]) | Int(bytes[record + 29]) << 8
        let extraLength = Int(bytes[record + 30]) | Int(bytes[record + 31]) << 8
        let zip64: [UInt8] = [0x01, 0x00, 0x08, 0x00] + (0..<8).map { UInt8(truncatingIfNeeded: offset >> ($0 * 8)) }
        bytes.insert(contentsOf: zip64, at: record + 46 + nameLength + extraLength)
        Self.put(UInt16(extraLength + zip64.count), in: &bytes, at: record + 30)
        Self.put(UInt32.max, in: &bytes, at: record + 42)
        Self.put(Self.uint32(bytes, at: end + zip64.count + 12) + UInt32(zip64.count), in: &bytes, at: end + zip64.count + 12)

        let data = Data(bytes)
        // On a file: ZIPFoundation's in-memory archive traps where a zip points past its end.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zip64-\(UUID().uuidString).zip")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let read = try Archive(url: file, accessMode: .read)
        let entry = try #require(read["word/document.xml"])
        #expect(entry.isCompressed)
        #expect(Self.uint32(bytes, at: record + 42) == .max, "the offset is only in the zip64 information")
        #expect(DeflateEnd.dataOffset(of: entry) == Self.localDataStart(of: entry.path, in: bytes))
        #expect(DeflateEnd.verdict(for: entry, in: data, limit: 1 << 20) == .stops)
        var inflated = Data()
        _ = try read.extract(entry) { inflated.append($0) }
        #expect(inflated == text, "ZIPFoundation reads the patched archive as the same entry")
    }

    static func find(_ signature: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        (start...(bytes.count - signature.count)).first { bytes[$0..<($0 + signature.count)].elementsEqual(signature) }
    }

    static func uint32(_ bytes: [UInt8], at index: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[index + $1]) << ($1 * 8) }
    }

    static func put<Value: FixedWidthInteger>(_ value: Value, in bytes: inout [UInt8], at index: Int) {
        for byte in 0..<(Value.bitWidth / 8) { bytes[index + byte] = UInt8(truncatingIfNeeded: value >> (byte * 8)) }
    }

    @Test func aStreamThatEndsStops() throws {
        for data in try Self.documents.map({ try Data(contentsOf: $0) }) {
            let archive = try Archive(data: data, accessMode: .read)
            for entry in archive where entry.isCompressed {
                #expect(DeflateEnd.verdict(for: entry, in: data, limit: 1 << 24) == .stops, "\(entry.path)")
            }
        }
    }

    /// The bytes kept from the guard's inflating stand in for ZIPFoundation's: for every
    /// deflated entry of the documents and of the .docx pandoc writes, they are the same bytes.
    /// A stream that ends past the limit, or a stored entry, is left to ZIPFoundation.
    @Test func theKeptBytesAreThoseZIPFoundationGives() throws {
        var kept = 0
        for data in try Self.documents.map({ try Data(contentsOf: $0) }) + [try Self.pandocDocx()] {
            let archive = try Archive(data: data, accessMode: .read)
            for entry in archive where entry.type == .file {
                var expected = Data()
                _ = try archive.extract(entry) { expected.append($0) }
                let inflated = DeflateEnd.inflate(entry, in: data, limit: 1 << 24)
                if entry.isCompressed {
                    #expect(inflated == .whole(expected), "\(entry.path)")
                    kept += 1
                    if expected.count > 1 {
                        #expect(DeflateEnd.inflate(entry, in: data, limit: expected.count - 1) == .verdict(.stops), "\(entry.path)")
                    }
                } else {
                    #expect(inflated == .verdict(.stops), "\(entry.path)")
                }
            }
        }
        #expect(kept >= 20)
        // A stored entry, to see that one is left to ZIPFoundation.
        let stored = try Archive(accessMode: .create)
        try stored.addEntry(with: "mimetype", type: .file, uncompressedSize: Int64(4)) { (_: Int64, _: Int) in Data("text".utf8) }
        let data = try #require(stored.data)
        let entry = try #require(try Archive(data: data, accessMode: .read)["mimetype"])
        #expect(!entry.isCompressed)
        #expect(DeflateEnd.inflate(entry, in: data, limit: 1 << 20) == .verdict(.stops))
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

/// The guard's answers as the tests ask for them: whether ZIPFoundation would stop on an entry
/// or on a raw stream, and where it starts reading an entry.
extension DeflateEnd {
    static func verdict(for entry: Entry, in data: Data, limit: Int) -> Verdict {
        switch inflate(entry, in: data, limit: limit) {
        case .whole: return .stops
        case .verdict(let verdict): return verdict
        }
    }

    static func verdict(stream: Data, limit: Int) -> Verdict {
        switch inflate(stream: stream, limit: limit, keep: false) {
        case .whole: return .stops
        case .verdict(let verdict): return verdict
        }
    }

    static func dataOffset(of entry: Entry) -> Int? {
        localHeader(of: entry)?.dataOffset
    }
}

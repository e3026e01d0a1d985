import Foundation
import Testing
@testable import JaarverslagKit

@Suite struct AtomicWriterTests {
    @Test func replacesFilesAndLeavesNoTemporaryFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.txt")
        try AtomicWriter.write([(a, Data("oud".utf8))])
        try AtomicWriter.write([(a, Data("nieuw".utf8)), (directory.appendingPathComponent("b.txt"), Data("b".utf8))])
        #expect(try String(contentsOf: a, encoding: .utf8) == "nieuw")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.txt", "b.txt"])
    }

    /// A file that already holds the bytes is not replaced: same inode, same modification time.
    @Test func identicalBytesAreNotRewritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.txt")
        let b = directory.appendingPathComponent("b.txt")
        #expect(try AtomicWriter.write([(a, Data("zelfde".utf8)), (b, Data("oud".utf8))]) == [a, b])
        let before = try FileManager.default.attributesOfItem(atPath: a.path)
        #expect(try AtomicWriter.write([(a, Data("zelfde".utf8)), (b, Data("nieuw".utf8))]) == [b])
        let after = try FileManager.default.attributesOfItem(atPath: a.path)
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(try String(contentsOf: b, encoding: .utf8) == "nieuw")
        // A temporary file left by a killed writer goes, even when nothing is written.
        let leftover = directory.appendingPathComponent(".a.txt.tmp-XYZ123")
        try Data("half".utf8).write(to: leftover)
        #expect(try AtomicWriter.write([(a, Data("zelfde".utf8))]).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        // Same length, different bytes: rewritten.
        #expect(try AtomicWriter.write([(a, Data("zelfdE".utf8))]) == [a])
        #expect(try String(contentsOf: a, encoding: .utf8) == "zelfdE")
    }

    @Test func aFailedWriteKeepsTheOldFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.txt")
        try AtomicWriter.write([(a, Data("oud".utf8))])
        let impossible = directory.appendingPathComponent("a.txt/onder-een-bestand.txt")
        #expect(throws: AtomicWriter.WriteError.self) {
            try AtomicWriter.write([(a, Data("nieuw".utf8)), (impossible, Data("x".utf8))])
        }
        #expect(try String(contentsOf: a, encoding: .utf8) == "oud")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.txt"])
    }
}

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

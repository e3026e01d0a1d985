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
        // A temporary file left by a killed writer goes, even when nothing is written; one of a
        // writer that is still running stays.
        let leftover = directory.appendingPathComponent(".a.txt.tmp-\(try Self.deadProcessID())-XYZ123")
        try Data("half".utf8).write(to: leftover)
        let running = directory.appendingPathComponent(".a.txt.tmp-\(getppid())-ABC456")
        try Data("bezig".utf8).write(to: running)
        #expect(try AtomicWriter.write([(a, Data("zelfde".utf8))]).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        try FileManager.default.removeItem(at: running)
        // Same length, different bytes: rewritten.
        #expect(try AtomicWriter.write([(a, Data("zelfdE".utf8))]) == [a])
        #expect(try String(contentsOf: a, encoding: .utf8) == "zelfdE")
    }

    /// The id of a process that has ended.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A folder where the second output should go: the first output is not replaced either.
    @Test func noOutputIsReplacedWhenOneCannotBeWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.txt")
        let b = directory.appendingPathComponent("b.txt")
        try AtomicWriter.write([(a, Data("oud".utf8))])
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        #expect(throws: AtomicWriter.WriteError.self) {
            try AtomicWriter.write([(a, Data("nieuw".utf8)), (b, Data("b".utf8))])
        }
        #expect(try String(contentsOf: a, encoding: .utf8) == "oud")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.txt", "b.txt"])
    }

    /// Writers of the same files side by side never make each other fail, and leave no
    /// temporary files.
    @Test func writersSideBySide() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = ["a.txt", "b.txt"].map { directory.appendingPathComponent($0) }
        let failures = ResultSlots<Int>.concurrentMap(8) { round in
            var failed = 0
            for step in 0..<25 {
                do throws(AtomicWriter.WriteError) {
                    try AtomicWriter.write(files.map { ($0, Data("ronde \(round) stap \(step)".utf8)) })
                } catch {
                    failed += 1
                }
            }
            return failed
        }
        #expect(failures.reduce(0, +) == 0)
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

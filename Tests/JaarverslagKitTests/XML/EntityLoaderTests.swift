import Foundation
import Testing
@testable import JaarverslagKit

/// libxml2 may read a file besides its document only inside a parse of our own that asks for
/// that file's folder, on that thread, while it runs.
@Suite struct EntityLoaderTests {
    static let part = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="para"><element name="para"><text/></element></define></grammar>
        """

    static func schema(including href: String) -> String {
        """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="\(href)"/><start><ref name="para"/></start></grammar>
        """
    }

    @Test func thePermissionIsScopedToTheThreadAndTheParse() async {
        #expect(EntityLoader.allowedFolder == nil)
        EntityLoader.allowing("/tmp/schema") {
            #expect(EntityLoader.allowedFolder == "/tmp/schema/")
            let other = Thread { #expect(EntityLoader.allowedFolder == nil) }
            other.start()
            while !other.isFinished { usleep(1000) }
        }
        #expect(EntityLoader.allowedFolder == nil)
    }

    @Test func aSchemaReadsItsOwnFolderOnly() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("entity-\(UUID().uuidString)")
        let first = base.appendingPathComponent("first")
        let second = base.appendingPathComponent("second")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try Self.part.write(to: first.appendingPathComponent("part.rng"), atomically: true, encoding: .utf8)
        try Self.schema(including: "part.rng").write(to: first.appendingPathComponent("main.rng"), atomically: true, encoding: .utf8)
        let elsewhere = first.appendingPathComponent("part.rng").path
        try Self.schema(including: elsewhere).write(to: second.appendingPathComponent("main.rng"), atomically: true, encoding: .utf8)

        let schema = try DocBookSchema(path: first.appendingPathComponent("main.rng").path)
        #expect(schema.violations(in: "<para>tekst</para>").isEmpty)
        // The first schema's folder is not remembered: the second may not read from it.
        #expect(throws: DocBookSchema.LoadError.self) { try DocBookSchema(path: second.appendingPathComponent("main.rng").path) }
    }
}

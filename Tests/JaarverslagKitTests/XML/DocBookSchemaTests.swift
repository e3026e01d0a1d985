import Foundation
import Testing
@testable import JaarverslagKit

@Suite struct DocBookSchemaTests {
    static let schema = try? DocBookSchema()

    @Test func theFixtureYearIsValidDocBook() throws {
        let schema = try #require(Self.schema, "install the Debian package docbook5-xml")
        let sources = try YearLoader.load(year: 2099, from: TestSupport.everythingWorkspace).get()
        let xml = try DocBookRenderer().render(Pipeline.assemble(sources))
        #expect(schema.violations(in: xml).isEmpty)
    }

    @Test func anInvalidDocumentIsCaught() throws {
        let schema = try #require(Self.schema, "install the Debian package docbook5-xml")
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <book xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>T</title></info>
            <chapter><title>Leeg</title></chapter></book>
            """
        let violations = schema.violations(in: xml)
        #expect(!violations.isEmpty)
    }

    @Test func aMissingSchemaIsAClearError() {
        #expect(throws: DocBookSchema.LoadError.self) { try DocBookSchema(path: "/nonexistent/docbook.rng") }
    }
}

/// The committed outputs of the real years validate in-process, as `xmllint --relaxng` would.
@Suite struct RealYearsAreValidDocBookTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [2014, 2023])
    func committedReportValidates(year: Int) throws {
        let schema = try #require(DocBookSchemaTests.schema, "install the Debian package docbook5-xml")
        let xml = try String(contentsOf: Self.repository.appendingPathComponent("reports/\(year)/jaarverslag-\(year).xml"), encoding: .utf8)
        #expect(schema.violations(in: xml).isEmpty)
    }
}

import Foundation
import DocBookSubsetDerivation
import Testing
@testable import JaarverslagKit

/// The built-in schema is derived from the installed DocBook 5.0 schema, and what the
/// renderers write stays inside it. Re-derive it after a change of `DocBookSubset.vocabulary`
/// with `JAARVERSLAG_RECORD=1 swift test --filter DocBookSubsetTests`.
@Suite struct DocBookSubsetTests {
    @Test func theBuiltInSchemaIsDerivedFromTheInstalledOne() throws {
        let derived = try DocBookSubsetDerivation.derive(keeping: DocBookSubset.vocabulary)
        try Snapshot.expect(
            derived, matches: "Sources/JaarverslagKit/Resources/docbook-subset.rng", rerun: "swift test --filter DocBookSubsetTests")
        #expect(DocBookSubset.schemaText == derived)
        #expect(derived.contains("Permission to use, copy, modify and distribute the DocBook schema"))
    }

    /// Everything the renderers write is in the vocabulary, and valid against both schemas.
    @Test func everyRenderedElementIsInTheVocabulary() throws {
        let subset = try DocBookSchema.subset()
        let full = try DocBookSchema()
        let sources = try YearLoader.load(year: 2099, from: TestSupport.everythingWorkspace).get()
        let report = Pipeline.assemble(sources)
        let diffRoot = Workspace(root: TestSupport.fixturesURL.appendingPathComponent("diff"))
        let old = Pipeline.assemble(try YearLoader.load(year: 2098, from: diffRoot).get())
        let new = Pipeline.assemble(try YearLoader.load(year: 2099, from: diffRoot).get())
        let revisions = try DocBookRenderer().render(
            RevisionMarker.mark(new, against: old, diff: Differ.diff(old, new, oldSource: "2098", newSource: "2099")))
        for xml in [try DocBookRenderer().render(report), revisions] {
            let names = Set(xml.matches(of: /<([a-z]+)[ >\/]/).map { String($0.1) })
            #expect(names.subtracting(DocBookSubset.vocabulary).isEmpty, "\(names.subtracting(DocBookSubset.vocabulary))")
            #expect(subset.violations(in: xml).isEmpty)
            #expect(full.violations(in: xml).isEmpty)
        }
    }

    /// The subset is a restriction: valid DocBook with an element jaarverslag never writes is
    /// refused by the subset and accepted by the full schema; invalid DocBook is refused by both.
    @Test func theSubsetIsStricterNeverLooser() throws {
        let subset = try DocBookSchema.subset()
        let full = try DocBookSchema()
        func book(_ body: String) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <book xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>T</title></info>
            <chapter><title>H</title>\(body)</chapter></book>
            """
        }
        let ordinary = book("<para>Tekst met <emphasis>nadruk</emphasis>.</para>")
        #expect(subset.violations(in: ordinary).isEmpty && full.violations(in: ordinary).isEmpty)
        let unusual = book("<para>Zie <citation>Jansen 2020</citation>.</para>")
        #expect(!subset.violations(in: unusual).isEmpty)
        #expect(full.violations(in: unusual).isEmpty)
        let invalid = book("<para><para>Genest</para></para>")
        #expect(!subset.violations(in: invalid).isEmpty && !full.violations(in: invalid).isEmpty)
        #expect(!subset.violations(in: book("")).isEmpty && !full.violations(in: book("")).isEmpty)
    }
}

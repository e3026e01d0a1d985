import Foundation
import Testing
@testable import JaarverslagKit

/// Documents as secretaries send them (`Fixtures/docx/`, made by `make_secretary_documents.py`
/// the way Dutch Word writes them), imported into snapshots next to them: the body and every
/// Dutch message. Re-record with `JAARVERSLAG_RECORD=1 swift test --filter SecretaryDocumentTests` (the recording
/// run fails on purpose; the next must pass).
@Suite struct SecretaryDocumentTests {
    @Test(arguments: ["woningmarkt-secretaris", "armoede-zonder-stijlen"])
    func importsAsTheSnapshotSays(_ name: String) throws {
        let data = try Data(contentsOf: TestSupport.fixturesURL.appendingPathComponent("docx/\(name).docx"))
        let imported = try ImportTest.run(data, title: "Armoede en schulden")
        let formatter = DiagnosticFormatter(language: .nl)
        let snapshot =
            imported.body + "\n<!-- meldingen -->\n" + imported.diagnostics.map { formatter.format($0) + "\n" }.joined()
        try Snapshot.expect(
            snapshot, matches: "Tests/JaarverslagKitTests/Fixtures/docx/\(name).expected.md",
            rerun: "swift test --filter SecretaryDocumentTests")
        // What the snapshot holds reads back as a valid fragment body.
        let fragment = TestSupport.fragment(body: imported.body)
        #expect(fragment.unsupported.isEmpty)
    }
}

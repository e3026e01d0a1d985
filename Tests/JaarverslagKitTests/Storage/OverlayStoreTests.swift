import Foundation
import Testing

@testable import JaarverslagKit

/// A text being edited, laid over one fragment of the real 2023 year: the compiler checks and
/// assembles it in place of the file, and nothing is written.
@Suite struct OverlayStoreTests {
    static let repository = Workspace(
        root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent())
    static let woningmarkt = FragmentID(year: 2023, group: "woningmarkt")

    @Test func aCheckSeesTheEditedTextInPlaceOfTheFile() throws {
        let original = try Self.repository.readFragment(Self.woningmarkt, limit: 1 << 20).get()
        let edited = String(decoding: original, as: UTF8.self) + "\nZie [de site](www.g40.nl).\n"
        let store = OverlayStore(over: Self.repository, showing: Self.woningmarkt, as: Data(edited.utf8))
        let result = try Pipeline.check(year: 2023, in: store).get()
        let own = result.diagnostics.filter { $0.location.path == "fragments/2023/woningmarkt.md" }
        #expect(own.map(\.rule.id.rawValue) == ["invalid-url"])
        #expect(result.sources.fragments.count == 22)
        #expect(try Self.repository.readFragment(Self.woningmarkt, limit: 1 << 20).get() == original)
    }

    @Test func aFragmentThatDoesNotExistYetIsListedAndChecked() throws {
        let id = FragmentID(year: 2023, group: "nieuwe-groep")
        let text = "---\nyear: 2023\npillar: fysiek\ngroup: nieuwe-groep\ntitle: Nieuw\n---\nTekst.\n"
        let store = OverlayStore(over: Self.repository, showing: id, as: Data(text.utf8))
        #expect(store.listFragments(year: 2023).ids.contains(id))
        #expect(store.listFragments(year: 2023).ids == store.listFragments(year: 2023).ids.sorted())
        let result = try Pipeline.check(year: 2023, in: store).get()
        #expect(
            result.diagnostics.contains { $0.rule.id.rawValue == "unlisted-group" && $0.location.path == "fragments/2023/nieuwe-groep.md" })
    }

    @Test func aHiddenFragmentIsMissingSoThatNewProposesLastYearsText() throws {
        let store = OverlayStore(over: Self.repository, showing: Self.woningmarkt, as: nil)
        #expect(!store.listFragments(year: 2023).ids.contains(Self.woningmarkt))
        #expect(store.readFragment(Self.woningmarkt, limit: 10) == .failure(.missing))
        let draft = try FragmentTemplate.draft(group: "woningmarkt", year: 2023, copyText: true, in: store).get()
        #expect(draft.basedOn == "fragments/2014/woningmarkt.md")
        #expect(draft.text.contains("status: draft"))
    }
}

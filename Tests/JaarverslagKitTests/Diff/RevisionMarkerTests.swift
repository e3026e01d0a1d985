import Testing
@testable import JaarverslagKit

/// The diff's marks live in the model, so every renderer can show them.
@Suite struct RevisionMarkerTests {
    let old: Report
    let new: Report
    let marked: Report

    init() throws {
        old = try DifferTests.report(2098)
        new = try DifferTests.report(2099)
        marked = RevisionMarker.mark(new, against: old, diff: Differ.diff(old, new, oldSource: "2098", newSource: "2099"))
    }

    static func sections(_ report: Report) -> [Section] {
        report.chapters.flatMap(\.sections)
    }

    @Test func aPlainReportHasNoRevisions() {
        #expect(new.chapters.allSatisfy { $0.revision == nil })
        #expect(Self.sections(new).allSatisfy { $0.revision == nil })
    }

    @Test func removedGroupsAreKeptMarkedDeleted() throws {
        let removed = try #require(Self.sections(marked).first { $0.id == "weg" })
        #expect(removed.revision == .deleted)
        #expect(Self.sections(marked).filter { $0.revision == .added }.map(\.id).contains("nieuw"))
    }

    @Test func changedParagraphsShowTheirWords() throws {
        let zorg = try #require(Self.sections(marked).first { $0.id == "zorg" })
        #expect(zorg.revision == .changed)
        let revised = zorg.content.blocks.flatMap(\.inlineRuns).flatMap { $0 }.compactMap { inline -> Revision? in
            if case .revised(let revision, _) = inline { revision } else { nil }
        }
        #expect(!revised.isEmpty)
    }

    @Test func newMembersAreMarked() {
        #expect(marked.memberList?.joined == ["Assen"])
        #expect(new.memberList?.joined.isEmpty == true)
    }

    @Test func aForewordNewThisYearIsMarkedAdded() throws {
        var withoutForeword = old
        withoutForeword.foreword = nil
        let diff = Differ.diff(withoutForeword, new, oldSource: "2098", newSource: "2099")
        let marked = RevisionMarker.mark(new, against: withoutForeword, diff: diff)
        #expect(marked.foreword?.revision == .added)
        #expect(try DocBookRenderer().render(marked).contains("<preface xml:id=\"voorwoord\" revisionflag=\"added\">"))
        #expect(self.marked.foreword?.revision == nil)
    }
}

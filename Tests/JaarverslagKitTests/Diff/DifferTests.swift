import Foundation
import Testing
@testable import JaarverslagKit

/// The diff fixture changes everything the diff reports, once each.
@Suite struct DifferTests {
    static let workspace = Workspace(root: TestSupport.fixturesURL.appendingPathComponent("diff"))

    static func report(_ year: Int) throws -> Report {
        try DiffSide.year(year).load(in: workspace).get().report
    }

    let diff: YearDiff

    init() throws {
        diff = Differ.diff(try Self.report(2098), try Self.report(2099), oldSource: "2098", newSource: "2099")
    }

    @Test func networkAndMembers() {
        #expect(diff.network == .init(from: "G32 Stedennetwerk", to: "G40 Stedennetwerk"))
        #expect(diff.members.joined == ["Assen"])
        #expect(diff.members.left == ["Oss"])
    }

    @Test func chaptersAddedRemovedAndRenamed() {
        let changes = diff.chapters.map { "\($0.change.rawValue) \($0.oldID ?? "-")→\($0.id)" }
        #expect(changes == ["renamed economie→werk", "renamed sociaal→sociaal", "added -→overig", "removed -→werkgroepen"])
        #expect(diff.chapters[0].similarity == 1)
    }

    @Test func groupsMatchedByIDFormerNameAndSimilarity() throws {
        let mkb = try #require(diff.groups.first { $0.group == "mkb" })
        #expect(mkb.matchedBy == .formerName)
        #expect(mkb.oldGroup == "ondernemerschap")
        let retail = try #require(diff.groups.first { $0.group == "retail-en-binnensteden" })
        #expect(retail.matchedBy == .similarity)
        #expect(retail.similarity == 1)
        let veiligheid = try #require(diff.groups.first { $0.group == "veiligheid" })
        #expect(veiligheid.matchedBy == .id)
        #expect(veiligheid.renamed && veiligheid.moved)
        #expect(veiligheid.oldChapter == "Werkgroepen")
        #expect(veiligheid.chapter == "Pijler Sociaal")
        #expect(diff.groups.filter { $0.change == .added }.map(\.group) == ["nieuw", "europa"])
        #expect(diff.groups.filter { $0.change == .removed }.map(\.group) == ["weg"])
    }

    @Test func chairsAndSignatory() {
        #expect(
            diff.chairs == [
                .init(
                    group: "zorg", title: "Thema Zorg", before: ["Jan Jansen (Delft), voorzitter"],
                    after: ["Piet Pieters (Ede), voorzitter"])
            ])
        #expect(diff.signatory == .init(from: "Ferd Crone", to: "Paul Depla"))
    }

    @Test func textChangesPerSection() throws {
        let zorg = try #require(diff.sections.first { $0.group == "zorg" })
        #expect(zorg.text.added == 2)
        #expect(zorg.text.removed == 2)
        #expect(zorg.text.hunks.count == 1)
        #expect(diff.unchanged == ["mkb", "retail-en-binnensteden", "armoede", "veiligheid"])
    }

    @Test func aYearAgainstItselfIsEmpty() throws {
        let report = try Self.report(2099)
        #expect(Differ.diff(report, report, oldSource: "a", newSource: "b").isEmpty)
    }

    @Test func theDocBookOfAYearDiffsLikeTheYear() throws {
        let old = try Self.report(2098)
        let new = try Self.report(2099)
        let oldXML = DocBookReader.read(data: Data(try DocBookRenderer().render(old).utf8), path: "2098.xml")
        let newXML = DocBookReader.read(data: Data(try DocBookRenderer().render(new).utf8), path: "2099.xml")
        let fromYears = Differ.diff(old, new, oldSource: "a", newSource: "b")
        let fromFiles = Differ.diff(try oldXML.get(), try newXML.get(), oldSource: "a", newSource: "b")
        #expect(fromYears == fromFiles)
    }

    /// The same groups under a new chapter id is a rename of the chapter, not one chapter
    /// removed and another added.
    @Test func aChapterWithANewIDAndTheSameGroupsIsARename() throws {
        let old = try Self.report(2099)
        var new = old
        new.chapters[1].id = "pijler-sociaal"
        new.chapters[1].title = "Sociaal domein"
        let diff = Differ.diff(old, new, oldSource: "a", newSource: "b")
        #expect(diff.chapters.map(\.change) == [.renamed])
        #expect(diff.chapters.first?.matchedBy == .groups)
        #expect(diff.chapters.first?.oldID == "sociaal")
        #expect(diff.groups.isEmpty, "its groups did not move")
        let text = DiffTextFormatter(language: .nl, color: false).format(diff)
        #expect(text.contains("~ Pijler Sociaal → Sociaal domein (sociaal → pijler-sociaal, dezelfde groepen)"))
    }

    /// Mid-year: groups the manifest expects without a fragment are not yet submitted, not removed.
    @Test func groupsNotYetSubmittedAreNotRemoved() throws {
        let old = try Self.report(2099)
        var new = old
        let sociaal = try #require(new.chapters.firstIndex { $0.id == "sociaal" })
        new.chapters[sociaal].sections.removeAll { $0.id == "zorg" || $0.id == "armoede" }
        new.chapters.removeAll { $0.id == "overig" }
        let pending = [
            PendingGroup(group: "zorg", chapter: "sociaal", chapterTitle: "Pijler Sociaal"),
            PendingGroup(group: "armoede", chapter: "sociaal", chapterTitle: "Pijler Sociaal"),
            PendingGroup(group: "europa", chapter: "overig", chapterTitle: "Overige themagroepen"),
        ]
        var diff = Differ.diff(old, new, oldSource: "a", newSource: "b", pending: pending)
        diff.pending = Comparison.pending(missing: pending, old: old, new: new)
        #expect(diff.groups.isEmpty)
        #expect(diff.chapters.isEmpty, "a chapter waiting for its fragments is not removed")
        #expect(diff.pending?.map(\.group) == ["zorg", "armoede", "europa"])
        #expect(diff.pending?.first?.title == "Thema Zorg")
        let english = DiffTextFormatter(language: .en, color: false).format(diff)
        #expect(english.contains("Not yet submitted\n  … Thema Zorg (zorg, Pijler Sociaal)\n"))
    }

    @Test func revisionMarkedDocBookIsValid() throws {
        let schema = try #require(DocBookSchemaTests.schema, "install the Debian package docbook5-xml")
        let xml = try DocBookRenderer().render(RevisionMarker.mark(try Self.report(2099), against: try Self.report(2098), diff: diff))
        #expect(schema.violations(in: xml).isEmpty)
        #expect(xml.contains("<section xml:id=\"nieuw\" revisionflag=\"added\">"))
        #expect(xml.contains("<section xml:id=\"zorg\" revisionflag=\"changed\">"))
        #expect(
            xml.contains(
                "<phrase revisionflag=\"deleted\" role=\"deleted\"><emphasis role=\"strikethrough\">vier</emphasis></phrase> <phrase revisionflag=\"added\" role=\"added\"><emphasis role=\"underline\">vijf</emphasis></phrase>"
            ))
        #expect(xml.contains("<section xml:id=\"verwijderd.weg\" revisionflag=\"deleted\">"))
        #expect(xml.contains("<phrase role=\"member\" revisionflag=\"added\">Assen</phrase>"))
    }
}

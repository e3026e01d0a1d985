import Foundation
import Testing
@testable import JaarverslagKit

@Suite struct WorkflowTests {
    /// A scratch repository with 2098 fragments and a 2099 manifest.
    func scratch() throws -> Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("workflow-\(UUID().uuidString)")
        let source = TestSupport.fixturesURL.appendingPathComponent("diff")
        try FileManager.default.copyItem(at: source, to: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("fragments/2099"))
        return Workspace(root: root)
    }

    @Test func newCarriesLastYearsFrontMatterAsDraft() throws {
        let workspace = try scratch()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let created = try FragmentTemplate.create(group: "zorg", year: 2099, copyText: false, in: workspace).get()
        #expect(created.basedOn == "fragments/2098/zorg.md")
        let (fragment, diagnostics) = FragmentLoader.load(created.id, from: workspace)
        #expect(diagnostics.isEmpty)
        let front = try #require(fragment?.frontMatter)
        #expect(front.year?.value == 2099)
        #expect(front.status?.value == .draft)
        #expect(front.title?.value == "Thema Zorg")
        #expect(front.chairs.map(\.city) == ["Delft"])
        #expect(fragment?.text.contains(PlaceholderText.marker) == true)
    }

    @Test func newCanCopyTheTextAndRefusesToOverwrite() throws {
        let workspace = try scratch()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let created = try FragmentTemplate.create(group: "zorg", year: 2099, copyText: true, in: workspace).get()
        #expect(try String(contentsOf: workspace.fragmentURL(created.id), encoding: .utf8).contains("De themagroep kwam vier keer bijeen"))
        guard case .failure(.exists(let path)) = FragmentTemplate.create(group: "zorg", year: 2099, copyText: false, in: workspace) else {
            Issue.record("overwrote an existing fragment")
            return
        }
        #expect(path == "fragments/2099/zorg.md")
    }

    /// `woningmarket` for `woningmarkt`: refused with the suggestion, and nothing written.
    @Test func newRefusesAnUnknownGroupUnlessItIsSaidToBeNew() throws {
        let workspace = try scratch()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        guard
            case .failure(.unknownGroup(let group, _, let suggestion, _)) =
                FragmentTemplate.create(group: "zorgg", year: 2099, copyText: false, in: workspace)
        else {
            Issue.record("an unknown group was not refused")
            return
        }
        #expect(group == "zorgg" && suggestion == ["zorg"])
        #expect(!FileManager.default.fileExists(atPath: workspace.fragmentURL(FragmentID(year: 2099, group: "zorgg")).path))
        let created = try FragmentTemplate.create(group: "zorgg", year: 2099, copyText: false, newGroup: true, in: workspace).get()
        #expect(created.basedOn == nil)
        #expect(
            created.notes.map(\.en) == [
                "the manifest of 2099 does not list the group `zorgg`; ask the coordinator to add it to reports/2099/report.yaml"
            ])
        let text = try String(contentsOf: workspace.fragmentURL(created.id), encoding: .utf8)
        #expect(text.contains("# pillar: kies een van voorwoord, werk, sociaal, overig"))
    }

    /// The chapter comes from this year's manifest when it lists the group, not from last year's fragment.
    @Test func newTakesTheChapterFromThisYearsManifest() throws {
        let workspace = try scratch()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let manifest = workspace.manifestURL(year: 2099)
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "groups: [zorg, armoede, veiligheid]", with: "groups: [armoede, veiligheid]")
            .replacingOccurrences(of: "groups: [europa]", with: "groups: [europa, zorg]")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let created = try FragmentTemplate.create(group: "zorg", year: 2099, copyText: false, in: workspace).get()
        #expect(created.basedOn == "fragments/2098/zorg.md")
        #expect(FragmentLoader.load(created.id, from: workspace).0?.frontMatter.pillar?.value == "overig")
        #expect(created.notes.map(\.en) == ["the chapter is now `overig` (was `sociaal`), as the manifest of 2099 says"])
    }

    @Test func statusCountsStatesErrorsAndWords() throws {
        let workspace = try scratch()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try FragmentTemplate.create(group: "zorg", year: 2099, copyText: true, in: workspace).get()
        let report = StatusReport(try Pipeline.check(year: 2099, in: workspace).get())
        let zorg = try #require(report.chapters.flatMap(\.groups).first { $0.group == "zorg" })
        #expect(zorg.state == .draft)
        #expect(zorg.words == 24)
        #expect(report.totals.groups == 8)
        #expect(report.totals.missing == 7)
        #expect(!report.isFinal)
        let text = StatusFormatter(language: .nl).format(report)
        #expect(text.contains("zorg                    concept     0 fouten, 0 waarschuwingen, 24 woorden"))
        #expect(text.hasSuffix("Totaal: 8 groepen: 0 definitief, 1 concept, 7 ontbreken; 0 fouten, 0 waarschuwingen; 24 woorden"))
    }

    /// A text handed in through the portal waits for approval: it is neither draft nor final,
    /// and `status --final` fails until the coordinator approves it (`status: final`).
    @Test func aSubmittedTextIsNotFinalYet() throws {
        let workspace = try scratch()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let created = try FragmentTemplate.create(group: "zorg", year: 2099, copyText: true, in: workspace).get()
        let url = workspace.fragmentURL(created.id)
        let draft = try String(contentsOf: url, encoding: .utf8)
        try draft.replacingOccurrences(of: "status: draft", with: "status: submitted").write(to: url, atomically: true, encoding: .utf8)
        let report = StatusReport(try Pipeline.check(year: 2099, in: workspace).get())
        #expect(report.chapters.flatMap(\.groups).first { $0.group == "zorg" }?.state == .submitted)
        #expect(report.totals.submitted == 1)
        #expect(report.totals.draft == 0)
        #expect(!report.isFinal)
        #expect(report.json().contains("\"state\" : \"submitted\""))
        let text = StatusFormatter(language: .nl).format(report)
        #expect(text.contains("zorg                    ingeleverd  0 fouten, 0 waarschuwingen, 24 woorden"))
        #expect(
            text.hasSuffix("Totaal: 8 groepen: 0 definitief, 1 ingeleverd, 0 concept, 7 ontbreken; 0 fouten, 0 waarschuwingen; 24 woorden"))
    }

    @Test func fixWritesBackInTheOriginalFormat() throws {
        let workspace = try scratch()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let url = workspace.fragmentsDirectory(year: 2098).appendingPathComponent("armoede.md")
        try Data(
            [0xEF, 0xBB, 0xBF]
                + Array(
                    "---\r\nyear: 2098\r\npillar: sociaal\r\ngroup: armoede\r\ntitle: Armoede en schulden\r\n---\r\nTwee  spaties.\r\n".utf8
                )
        )
        .write(to: url)
        let result = try Pipeline.check(year: 2098, in: workspace).get()
        let plan = Fixer.plan(result)
        #expect(
            plan.changes.map { ChangeFormatter(language: .en, dryRun: false).format($0) } == [
                "fixed: fragments/2098/armoede.md:7:5: `Twee  spaties.` → `Twee spaties.` [double-space]"
            ])
        try Fixer.write(plan, to: workspace)
        let bytes = try Data(contentsOf: url)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasSuffix("---\r\nTwee spaties.\r\n"))
        #expect(Fixer.plan(try Pipeline.check(year: 2098, in: workspace).get()).changes.isEmpty)
    }

    @Test func machineReadableDiagnostics() {
        let diagnostic = Diagnostic(
            .invalidURL, Message(nl: "geen adres: a,b", en: "no address: a,b"),
            at: TextLocation(path: "fragments/2023/a,b.md", line: 3, column: 7), fix: Message(nl: "herstel", en: "fix it"))
        #expect(
            DiagnosticReport.github([diagnostic], language: .en)
                == "::error file=fragments/2023/a%2Cb.md,line=3,col=7,title=invalid-url::no address: a,b%0Afix: fix it\n")
        let json = DiagnosticReport.json([diagnostic], year: 2023, fragmentCount: 1, language: .nl)
        #expect(json.contains("\"message\" : \"geen adres: a,b\""))
        #expect(json.contains("\"schemaVersion\" : 1"))
    }
}

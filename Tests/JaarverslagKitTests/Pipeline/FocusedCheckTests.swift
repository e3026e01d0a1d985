import Foundation
import Testing
@testable import JaarverslagKit

/// A check with a focus lints only the fragments asked about, but must say exactly what the
/// whole year's check says about them: every rule that looks at one fragment at a time runs on
/// the focus only, and the rules that compare fragments still see the whole year. These tests
/// hold the focused check against the whole one, fragment by fragment, on the real years and on
/// a year full of broken and pasted texts that trip every rule.
@Suite struct FocusedCheckTests {
    /// The whole year's findings located in `id`'s file.
    static func wholeYear(_ result: Pipeline.CheckResult, about id: FragmentID) -> [Diagnostic] {
        let path = result.sources.paths[id]
        return result.diagnostics.filter { $0.location.path == path }
    }

    static func expectSameFindings(year: Int, in store: any FragmentStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let sources = try YearLoader.load(year: year, from: store).get()
        let whole = Pipeline.check(sources, earlier: EarlierYears(before: year, in: store))
        var compared = 0
        for id in sources.ids {
            let focused = Pipeline.check(sources, earlier: EarlierYears(before: year, in: store), focus: [id])
            #expect(
                focused.diagnostics == wholeYear(whole, about: id), "\(store.fragmentPath(id))", sourceLocation: sourceLocation)
            #expect(focused.fragmentCount == 1, sourceLocation: sourceLocation)
            // With only the focused fragment read whole, the others' front matter only.
            let light = try YearLoader.load(year: year, from: store, whole: [id]).get()
            #expect(light.fragments.allSatisfy { $0.id == id || $0.body.isEmpty }, sourceLocation: sourceLocation)
            #expect(
                Pipeline.check(light, earlier: EarlierYears(before: year, in: store), focus: [id]).diagnostics
                    == wholeYear(whole, about: id), "\(store.fragmentPath(id)), front matter only", sourceLocation: sourceLocation)
            compared += wholeYear(whole, about: id).count
        }
        // The comparison has something to compare: the year has findings in its fragments.
        #expect(compared > 0 || year == 2014 || year == 2023, sourceLocation: sourceLocation)
    }

    @Test(arguments: [2014, 2023]) func realYearsSayTheSame(year: Int) throws {
        try Self.expectSameFindings(year: year, in: Workspace(root: Snapshot.packageRoot))
    }

    @Test func aYearOfBrokenAndPastedTextsSaysTheSame() throws {
        let store = try Self.messyYear()
        let sources = try YearLoader.load(year: 2023, from: store).get()
        let rules = Set(Pipeline.check(sources, earlier: EarlierYears(before: 2023, in: store)).diagnostics.map(\.rule))
        // The year trips the rules that compare fragments, and most of the rest.
        for rule: Rule in [.duplicateGroup, .brokenWord, .unlistedGroup, .lastYearsText, .doubleSpace, .pastedBullet, .duplicateLink] {
            #expect(rules.contains(rule), "\(rule.id.rawValue)")
        }
        #expect(rules.count >= 25)
        try Self.expectSameFindings(year: 2023, in: store)
    }

    @Test func twoFragmentsAtOnce() throws {
        let store = try Self.messyYear()
        let sources = try YearLoader.load(year: 2023, from: store).get()
        let whole = Pipeline.check(sources, earlier: EarlierYears(before: 2023, in: store))
        let pair: Set<FragmentID> = [FragmentID(year: 2023, group: "woningmarkt"), FragmentID(year: 2023, group: "woningmarkt-kopie")]
        let focused = Pipeline.check(sources, earlier: EarlierYears(before: 2023, in: store), focus: pair)
        let paths = Set(pair.map(store.fragmentPath))
        #expect(focused.diagnostics == whole.diagnostics.filter { paths.contains($0.location.path) })
        #expect(focused.diagnostics.contains { $0.rule == .duplicateGroup })
    }

    /// 2014 and 2023 as they are, with 2023 joined by every fragment of the hostile corpus, a
    /// second file for one group, last year's text handed in again as final, and a text pasted
    /// from Word, PDF and Outlook (a word broken that is whole in another fragment).
    static func messyYear() throws -> MemoryStore {
        let root = Snapshot.packageRoot
        var store = MemoryStore()
        for year in [2014, 2023] {
            store.manifests[year] = try String(contentsOf: root.appendingPathComponent("reports/\(year)/report.yaml"), encoding: .utf8)
            let folder = root.appendingPathComponent("fragments/\(year)")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
                store.fragments[FragmentID(year: year, group: String(name.dropLast(3)))] = try String(
                    contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
        let corpus = root.appendingPathComponent("Tests/Corpus/fragments")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".md") {
            let data = try Data(contentsOf: corpus.appendingPathComponent(name))
            store.fragments[FragmentID(year: 2023, group: "corpus-" + name.dropLast(3))] = String(decoding: data, as: UTF8.self)
        }
        let woningmarkt = FragmentID(year: 2023, group: "woningmarkt")
        store.fragments[FragmentID(year: 2023, group: "woningmarkt-kopie")] = store.fragments[woningmarkt]
        // A group whose 2014 text comes back unchanged, marked final.
        if let old = store.fragments.keys.filter({ $0.year == 2014 }).min() {
            store.fragments[FragmentID(year: 2023, group: old.group)] = store.fragments[old]!.replacingOccurrences(
                of: "year: 2014", with: "year: 2023")
        }
        store.fragments[FragmentID(year: 2023, group: "geplakt")] = """
            ---
            year: 2023
            pillar: fysiek
            group: geplakt
            title: Geplakt uit Word
            status: draft
            ---
            De  themagroep werkte aan het gemeen- telijke beleid en aan de woning-
            markt.\tDaarna volgde “overleg' met het Rijk.

            • eerste punt
            • tweede punt

            [Lees meer](https://www.g40stedennetwerk.nl/nieuws)[ hier](https://www.g40stedennetwerk.nl/nieuws)

            a. eerste
            b. tweede

            **Vergaderingen**

            Pagina 3 van 12

            Contact: Jan Jansen | 06-12345678 | jan@example.nl
            """
        return store
    }
}

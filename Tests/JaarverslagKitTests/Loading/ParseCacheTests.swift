import Foundation
import Testing
@testable import JaarverslagKit

/// The portal loads its year on every request through a `ParseCache`: unchanged bytes are not
/// parsed again, and a load through the cache is always the load without it.
@Suite struct ParseCacheTests {
    static func repository() throws -> MemoryStore {
        try FocusedCheckTests.messyYear()
    }

    static func same(_ a: YearSources, _ b: YearSources, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.ids == b.ids, sourceLocation: sourceLocation)
        #expect(a.fragments.map(\.id) == b.fragments.map(\.id), sourceLocation: sourceLocation)
        #expect(a.fragments.map(\.text) == b.fragments.map(\.text), sourceLocation: sourceLocation)
        #expect(a.diagnostics == b.diagnostics, sourceLocation: sourceLocation)
        #expect(a.manifest == b.manifest, sourceLocation: sourceLocation)
        #expect(
            Pipeline.check(a).diagnostics == Pipeline.check(b).diagnostics, sourceLocation: sourceLocation)
    }

    @Test func aSecondLoadParsesNothing() throws {
        let store = try Self.repository()
        let cache = ParseCache()
        let first = try YearLoader.load(year: 2023, from: store, cache: cache).get()
        let parsed = cache.parseCount
        // Every fragment file, the manifest and last year's member list.
        #expect(parsed == first.ids.count + 2)
        let second = try YearLoader.load(year: 2023, from: store, cache: cache).get()
        #expect(cache.parseCount == parsed)
        Self.same(second, try YearLoader.load(year: 2023, from: store).get())
    }

    @Test func aChangedFileIsParsedAgainAndOnlyIt() throws {
        var store = try Self.repository()
        let cache = ParseCache()
        _ = try YearLoader.load(year: 2023, from: store, cache: cache).get()
        let parsed = cache.parseCount
        let id = FragmentID(year: 2023, group: "woningmarkt")
        store.fragments[id] = store.fragments[id]!.replacingOccurrences(of: "status: final", with: "status: draft")
        let changed = try YearLoader.load(year: 2023, from: store, cache: cache).get()
        #expect(cache.parseCount == parsed + 1)
        #expect(changed.fragments.first { $0.id == id }?.frontMatter.status?.value == .draft)
        Self.same(changed, try YearLoader.load(year: 2023, from: store).get())
    }

    @Test func theManifestFollowsItsOwnBytesAndLastYearsMembers() throws {
        var store = try Self.repository()
        let cache = ParseCache()
        _ = try YearLoader.load(year: 2023, from: store, cache: cache).get()
        // A member gone from last year's list: this year's manifest is judged again.
        let city = try #require(ManifestLoader.load(year: 2014, from: store).0?.members.cities.first?.value)
        store.manifests[2014] = store.manifests[2014]!.replacingOccurrences(of: "    - \(city)\n", with: "")
        let parsed = cache.parseCount
        let after = try YearLoader.load(year: 2023, from: store, cache: cache).get()
        #expect(cache.parseCount == parsed + 2)
        #expect(after.manifest.earlierMembers?.cities.contains(city) == false)
        Self.same(after, try YearLoader.load(year: 2023, from: store).get())
        store.manifests[2023] = store.manifests[2023]! + "\n"
        _ = try YearLoader.load(year: 2023, from: store, cache: cache).get()
        #expect(cache.parseCount == parsed + 3)
    }

    /// A text swapped in memory is checked as the same text saved in the file would be.
    @Test(arguments: ["woningmarkt", "een-nieuwe-groep", "aaa-eerste", "geplakt"])
    func aReplacedTextIsCheckedAsTheSavedFile(group: String) throws {
        let store = try Self.repository()
        let id = FragmentID(year: 2023, group: group)
        let text = """
            ---
            year: 2023
            pillar: fysiek
            group: woningmarkt
            title: Themagroep Woningmarkt
            status: draft
            ---
            Het gemeen- telijke beleid.\r\n\r\n• een punt

            """
        let path = store.fragmentPath(id)
        let saved = try Pipeline.check(year: 2023, in: OverlayStore(over: store, showing: id, as: Data(text.utf8))).get()
        let sources = try YearLoader.load(year: 2023, from: store).get()
        let swapped = sources.replacing(id, path: path, with: text)
        #expect(swapped.ids == saved.sources.ids)
        #expect(swapped.fragments.map(\.id) == saved.sources.fragments.map(\.id))
        let earlier = EarlierYears(before: 2023, in: store)
        #expect(Pipeline.check(swapped, earlier: earlier).diagnostics == saved.diagnostics)
        #expect(
            Pipeline.check(swapped, earlier: earlier, focus: [id]).diagnostics == saved.diagnostics.filter { $0.location.path == path })
    }
}

import Foundation
@testable import JaarverslagKit

/// A repository in memory, for tests of stages that read other years: fragment texts by
/// `year/group` and manifest texts by year.
struct MemoryStore: FragmentStore {
    var fragments: [FragmentID: String] = [:]
    var manifests: [Int: String] = [:]

    func years() -> [Int] { manifests.keys.sorted() }
    func fragmentYears() -> [Int] { Set(fragments.keys.map(\.year)).sorted() }
    func manifestPath(year: Int) -> String { "reports/\(year)/report.yaml" }

    func readManifest(year: Int) -> Result<Data, StoreError> {
        manifests[year].map { .success(Data($0.utf8)) } ?? .failure(.missing)
    }

    func fragmentPath(_ id: FragmentID) -> String { "fragments/\(id.year)/\(id.fileName)" }

    func listFragments(year: Int) -> (ids: [FragmentID], diagnostics: [Diagnostic]) {
        (fragments.keys.filter { $0.year == year }.sorted(), [])
    }

    func readFragment(_ id: FragmentID, limit: Int) -> Result<Data, StoreError> {
        fragments[id].map { .success(Data($0.utf8).prefix(limit)) } ?? .failure(.missing)
    }

    func writeFragment(_ id: FragmentID, _ data: Data, createOnly: Bool) throws(StoreError) {
        throw .system(SystemError(code: 30))
    }

    func writeManifest(year: Int, _ data: Data, createOnly: Bool) throws(StoreError) {
        throw .system(SystemError(code: 30))
    }
}

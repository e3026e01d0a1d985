import Foundation

/// A store that shows one fragment differently from the store under it: with other bytes (a
/// text being edited, so that a preview or a live check sees it in place of the file), or as
/// missing (so that `FragmentTemplate.draft` proposes last year's text for a group that already
/// has a fragment). Everything else, writes included, goes to the store under it.
public struct OverlayStore: FragmentStore {
    public var base: any FragmentStore
    public var id: FragmentID
    /// The fragment's bytes as this store shows them; nil shows it as missing.
    public var data: Data?

    public init(over base: any FragmentStore, showing id: FragmentID, as data: Data?) {
        self.base = base
        self.id = id
        self.data = data
    }

    public func years() -> [Int] { base.years() }

    public func fragmentYears() -> [Int] {
        let years = base.fragmentYears()
        return data == nil || years.contains(id.year) ? years : (years + [id.year]).sorted()
    }

    public func manifestPath(year: Int) -> String { base.manifestPath(year: year) }

    public func readManifest(year: Int) -> Result<Data, StoreError> { base.readManifest(year: year) }

    public func writeManifest(year: Int, _ data: Data, createOnly: Bool) throws(StoreError) {
        try base.writeManifest(year: year, data, createOnly: createOnly)
    }

    public func fragmentPath(_ id: FragmentID) -> String { base.fragmentPath(id) }

    public func listFragments(year: Int) -> (ids: [FragmentID], diagnostics: [Diagnostic]) {
        var listing = base.listFragments(year: year)
        guard year == id.year else { return listing }
        listing.ids.removeAll { $0 == id }
        if data != nil { listing.ids = (listing.ids + [id]).sorted() }
        return listing
    }

    public func readFragment(_ id: FragmentID, limit: Int) -> Result<Data, StoreError> {
        guard id == self.id else { return base.readFragment(id, limit: limit) }
        guard let data else { return .failure(.missing) }
        return .success(data.prefix(limit))
    }

    public func writeFragment(_ id: FragmentID, _ data: Data, createOnly: Bool) throws(StoreError) {
        try base.writeFragment(id, data, createOnly: createOnly)
    }
}

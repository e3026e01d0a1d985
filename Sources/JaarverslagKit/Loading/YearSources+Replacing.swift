import Foundation

/// A year with one fragment's text swapped for another, in memory: what the portal's live
/// check and `import` check, so that the text being written is checked as part of its year
/// without being saved first.
extension YearSources {
    /// The year with `id`'s fragment holding `text` instead of what the file holds (or added,
    /// when the group has no file yet), at the place a file of that name would be listed, so
    /// that every check sees the fragments in the order a load of the saved year would give.
    public func replacing(_ id: FragmentID, path: String, with text: String) -> YearSources {
        var year = self
        // As the file would be read: the same decoding (a BOM, CRLF, bytes that are not UTF-8).
        let (fragment, diagnostics) = FragmentLoader.load(data: Data(text.utf8), id: id, path: path)
        year.diagnostics.removeAll { $0.location.path == path }
        year.diagnostics += diagnostics
        year.fragments.removeAll { $0.id == id }
        if let fragment {
            year.fragments.insert(fragment, at: year.fragments.firstIndex { id < $0.id } ?? year.fragments.endIndex)
        }
        if !year.ids.contains(id) {
            year.ids.insert(id, at: year.ids.firstIndex { id < $0 } ?? year.ids.endIndex)
        }
        // The findings of a focused check are those located at the fragment's path.
        year.paths[id] = path
        return year
    }
}

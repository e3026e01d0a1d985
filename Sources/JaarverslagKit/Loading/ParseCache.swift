import Foundation

/// Parsed files by their bytes, for a process that loads the same year again and again: the
/// portal checks a year on every keystroke's preview and every dashboard, and re-parsing 22
/// unchanged fragments and the manifest each time was most of what a preview cost.
///
/// The files are still read every time; only the parse is skipped, and only when the bytes are
/// exactly the ones parsed before. So the cache can never be stale: a file changed on disk, by
/// the portal or by anyone else, is parsed again the next time it is read. It keeps one entry
/// per file (the last bytes seen), so it holds at most a year's worth of parsed text per year.
///
/// `@unchecked Sendable` is safe: requests load years on many threads, and every access to the
/// entries takes the lock; parsing happens outside it.
public final class ParseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var fragments: [String: (key: Data, value: (Fragment?, [Diagnostic]))] = [:]
    private var manifests: [String: (key: ManifestKey, value: (Manifest?, [Diagnostic]))] = [:]
    private var members: [String: (key: Data, value: EarlierMembers?)] = [:]
    /// How many files were parsed (not found in the cache), for tests; read it with `parseCount`.
    private var parses = 0
    var parseCount: Int { lock.withLock { parses } }

    public init() {}

    /// What a manifest's parse depends on: its own bytes and last year's member list.
    struct ManifestKey: Equatable {
        var data: Data
        var earlier: EarlierMembers?
    }

    func fragment(path: String, data: Data, parse: () -> (Fragment?, [Diagnostic])) -> (Fragment?, [Diagnostic]) {
        cached(\.fragments, path: path, key: data, parse: parse)
    }

    func manifest(path: String, key: ManifestKey, parse: () -> (Manifest?, [Diagnostic])) -> (Manifest?, [Diagnostic]) {
        cached(\.manifests, path: path, key: key, parse: parse)
    }

    /// Last year's members, by the bytes of last year's manifest: the new-member check reads
    /// them for every load of this year's manifest.
    func earlierMembers(path: String, data: Data, parse: () -> EarlierMembers?) -> EarlierMembers? {
        cached(\.members, path: path, key: data, parse: parse)
    }

    /// The entry of `path` in `table` when it was made from `key`; else parsed (outside the
    /// lock) and kept in its place.
    private func cached<Key: Equatable, Value>(
        _ table: ReferenceWritableKeyPath<ParseCache, [String: (key: Key, value: Value)]>, path: String, key: Key, parse: () -> Value
    ) -> Value {
        if let hit = lock.withLock({ self[keyPath: table][path] }), hit.key == key { return hit.value }
        let value = parse()
        lock.withLock {
            self[keyPath: table][path] = (key, value)
            parses += 1
        }
        return value
    }
}

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
    private var fragments: [String: (data: Data, loaded: (Fragment?, [Diagnostic]))] = [:]
    private var manifests: [String: (key: ManifestKey, loaded: (Manifest?, [Diagnostic]))] = [:]
    private var members: [String: (key: ManifestKey, members: EarlierMembers?)] = [:]
    /// How many files were parsed (not found in the cache), for tests.
    public private(set) var parses = 0

    public init() {}

    /// What a manifest's parse depends on: its own bytes and last year's member list.
    struct ManifestKey: Equatable {
        var data: Data
        var earlier: EarlierMembers?
    }

    func fragment(path: String, data: Data, parse: () -> (Fragment?, [Diagnostic])) -> (Fragment?, [Diagnostic]) {
        if let hit = lock.withLock({ fragments[path] }), hit.data == data { return hit.loaded }
        let loaded = parse()
        lock.withLock {
            fragments[path] = (data, loaded)
            parses += 1
        }
        return loaded
    }

    func manifest(path: String, key: ManifestKey, parse: () -> (Manifest?, [Diagnostic])) -> (Manifest?, [Diagnostic]) {
        if let hit = lock.withLock({ manifests[path] }), hit.key == key { return hit.loaded }
        let loaded = parse()
        lock.withLock {
            manifests[path] = (key, loaded)
            parses += 1
        }
        return loaded
    }

    /// Last year's members, by the bytes of last year's manifest: the new-member check reads
    /// them for every load of this year's manifest.
    func earlierMembers(path: String, data: Data, parse: () -> EarlierMembers?) -> EarlierMembers? {
        let key = ManifestKey(data: data, earlier: nil)
        if let hit = lock.withLock({ members[path] }), hit.key == key { return hit.members }
        let found = parse()
        lock.withLock {
            members[path] = (key, found)
            parses += 1
        }
        return found
    }
}

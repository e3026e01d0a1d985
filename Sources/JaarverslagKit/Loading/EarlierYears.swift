import Foundation

/// The repository's fragments of the years before the one being checked, for the checks that
/// compare with them: a broken word is joined only when the whole word is known (the first
/// fragment of a year is not blind), and a fragment marked final is compared with the group's
/// text of last year. Nothing is read until a check asks, and then each file once.
///
/// `@unchecked Sendable` is safe: the rules that ask run on several threads, and every access
/// to the cached files takes the lock.
public final class EarlierYears: @unchecked Sendable {
    /// The year being checked; only years before it are read.
    public let year: Int
    private let store: any FragmentStore
    private let lock = NSLock()
    /// Earlier years with fragments, newest first, and the group ids (file names) of each.
    private var listing: [(year: Int, groups: Set<String>)]?
    private var texts: [FragmentID: String?] = [:]

    public init(before year: Int, in store: any FragmentStore) {
        self.year = year
        self.store = store
    }

    /// The text of every earlier fragment that can be read, newest year first.
    func allTexts() -> [String] {
        lock.withLock {
            years().flatMap { earlier in
                earlier.groups.sorted().compactMap { text(of: FragmentID(year: earlier.year, group: $0)) }
            }
        }
    }

    /// The group's most recent earlier fragment file (by file name) and its text.
    func latest(group: String) -> (id: FragmentID, text: String)? {
        lock.withLock {
            guard let earlier = years().first(where: { $0.groups.contains(group) }) else { return nil }
            let id = FragmentID(year: earlier.year, group: group)
            return text(of: id).map { (id, $0) }
        }
    }

    /// The `title` of the group's most recent earlier fragment: the name to show for a group
    /// that has no text this year yet.
    public func latestTitle(group: String) -> String? {
        guard let (id, text) = latest(group: group) else { return nil }
        return FragmentLoader.load(text: text, id: id, path: "", extent: .frontMatter).0?.frontMatter.title?.value
    }

    /// Call with the lock held.
    private func years() -> [(year: Int, groups: Set<String>)] {
        if let listing { return listing }
        let found = store.fragmentYears().filter { $0 < year }.sorted(by: >).map { earlier in
            (earlier, Set(store.listFragments(year: earlier).ids.map(\.group)))
        }
        listing = found
        return found
    }

    /// Call with the lock held.
    private func text(of id: FragmentID) -> String? {
        if let known = texts[id] { return known }
        var decoded: String?
        if case .success(let data) = store.readFragment(id, limit: FragmentLoader.maxFileSize),
            case .success(let text) = SourceText.decode(data, path: store.fragmentPath(id))
        {
            decoded = text
        }
        texts[id] = decoded
        return decoded
    }
}

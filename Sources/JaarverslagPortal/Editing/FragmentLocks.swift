import Foundation
import JaarverslagKit

/// One lock per fragment, so that saves of different groups run side by side while two saves
/// of the same fragment still happen one at a time: the compare-and-replace of a save (is the
/// file still at the version the editor started from?) must not interleave with another.
///
/// The locks are recursive (a restore saves, a step reads, under the one lock), and they are
/// only ever held by synchronous code: nothing awaits while holding one, so a lock is never
/// held by a suspended task while a thread of Swift's small cooperative pool waits for it.
final class FragmentLocks: @unchecked Sendable {
    private let guardLock = NSLock()
    private var locks: [FragmentID: NSRecursiveLock] = [:]

    func withLock<T>(_ ref: FragmentID, _ body: () throws -> T) rethrows -> T {
        let lock = guardLock.withLock {
            if let known = locks[ref] { return known }
            let made = NSRecursiveLock()
            locks[ref] = made
            return made
        }
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

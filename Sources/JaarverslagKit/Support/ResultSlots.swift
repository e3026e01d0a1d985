import Foundation

/// One slot per task of a `concurrentPerform`: each task writes only its own slot, and the
/// values are read after all tasks are done, so the result never depends on scheduling.
///
/// `@unchecked Sendable` is safe: every access to the slots takes the lock, and only
/// `Sendable` values are stored, so nothing shared escapes to another thread unprotected.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// All values, in index order; call after every slot is filled.
    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}

extension ResultSlots {
    /// `body(0)`, …, `body(count - 1)` run on all cores; the results come back in index order.
    static func concurrentMap(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        let slots = ResultSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = body($0) }
        return slots.values
    }
}

import Foundation

/// One slot per task of a `concurrentPerform`: each task writes only its own slot, and the
/// values are read after all tasks are done, so the result never depends on scheduling.
final class ResultSlots<Value>: @unchecked Sendable {
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

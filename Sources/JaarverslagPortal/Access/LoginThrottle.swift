import Foundation

/// Limits login attempts per client address, so that guessing tokens is hopeless even
/// beyond their 256 bits: after `limit` failed attempts within `window` seconds, an address is
/// refused until the window has passed. Successful logins do not count.
actor LoginThrottle {
    let limit: Int
    let window: TimeInterval
    private let now: @Sendable () -> Date
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 10, window: TimeInterval = 60, now: @escaping @Sendable () -> Date) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Whether this address may try now.
    func allows(_ address: String) -> Bool {
        prune(address)
        return (failures[address]?.count ?? 0) < limit
    }

    func recordFailure(_ address: String) {
        prune(address)
        failures[address, default: []].append(now())
        // Never more than a bounded number of addresses are remembered.
        if failures.count > 10_000 { failures.removeAll() }
    }

    private func prune(_ address: String) {
        let cutoff = now().addingTimeInterval(-window)
        failures[address]?.removeAll { $0 < cutoff }
        if failures[address]?.isEmpty == true { failures[address] = nil }
    }
}

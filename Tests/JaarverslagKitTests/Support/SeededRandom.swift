import Foundation

/// A random number generator with a seed (SplitMix64), so that a failing random test can be
/// run again with the same inputs: the seed is printed, and `JAARVERSLAG_SEED=<seed>` repeats it.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The seed from `JAARVERSLAG_SEED`, or a new one; printed either way.
    static func forTest(_ function: String = #function) -> SeededRandom {
        let seed = ProcessInfo.processInfo.environment["JAARVERSLAG_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        print("\(function): random seed \(seed) (repeat with JAARVERSLAG_SEED=\(seed))")
        return SeededRandom(seed: seed)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

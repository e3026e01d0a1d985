import Foundation

/// Times a piece of work: a few warm-up runs, then the median of repeated runs.
enum Measure {
    static func median(runs: Int = 7, warmup: Int = 1, _ work: () throws -> Void) rethrows -> Duration {
        for _ in 0..<warmup { try work() }
        var times: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            times.append(try clock.measure(work))
        }
        return times.sorted()[times.count / 2]
    }

    static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

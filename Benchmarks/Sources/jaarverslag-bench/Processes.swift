import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Runs a command and reports its wall time and peak memory (maximum resident set size),
/// read with wait4(2) for that one child.
enum Processes {
    struct Run {
        var status: Int32
        var seconds: Double
        var peakMegabytes: Double
    }

    static func run(_ executable: String, _ arguments: [String], stdoutTo path: String = "/dev/null", stdin: String? = nil) -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else {
            return Run(status: -1, seconds: 0, peakMegabytes: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = ContinuousClock.now - start
        return Run(
            status: (status >> 8) & 0xFF, seconds: Measure.milliseconds(elapsed) / 1000, peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }

    /// Median wall time and the largest peak memory of `runs` runs.
    static func measure(runs: Int = 5, _ executable: String, _ arguments: [String], stdin: String? = nil) -> (
        seconds: Double, peakMegabytes: Double, status: Int32
    ) {
        measure(runs: runs, executable, { _ in arguments }, stdin: stdin)
    }

    /// The same, with arguments that may depend on the run (0 is the warm-up).
    static func measure(runs: Int = 5, _ executable: String, _ argumentsOfRun: (Int) -> [String], stdin: String? = nil) -> (
        seconds: Double, peakMegabytes: Double, status: Int32
    ) {
        _ = run(executable, argumentsOfRun(0), stdin: stdin)
        let results = (1...runs).map { run(executable, argumentsOfRun($0), stdin: stdin) }
        precondition(results.allSatisfy { $0.status >= 0 }, "could not run \(executable) \(argumentsOfRun(0).joined(separator: " "))")
        let times = results.map(\.seconds).sorted()
        return (times[times.count / 2], results.map(\.peakMegabytes).max() ?? 0, results.last?.status ?? -1)
    }

    /// Seconds of each command in each round: every round runs every command once, in turn,
    /// after one warm-up round. A command's arguments may depend on the round.
    static func interleaved(rounds: Int, _ commands: [(String, (Int) -> [String])]) -> [[Double]] {
        (0...rounds).map { round in
            commands.map { executable, argumentsOfRound in
                let arguments = argumentsOfRound(round)
                let run = run(executable, arguments)
                precondition(run.status >= 0, "could not run \(executable) \(arguments.joined(separator: " "))")
                return run.seconds
            }
        }.dropFirst().map { $0 }
    }

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

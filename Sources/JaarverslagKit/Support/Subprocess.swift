import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs another program with a time limit and collects what it writes to stderr (the first
/// 64 KB; stdout is discarded). A program that overruns is stopped, with everything it
/// started: SIGTERM to its process group, then SIGKILL.
enum Subprocess {
    enum Outcome: Sendable {
        case exited(status: Int32, stderr: String)
        case timedOut
        case failedToStart(String)
    }

    static let stderrLimit = 64 * 1024

    static func run(_ executable: URL, arguments: [String], environment: [String: String], timeLimit: Duration) -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failedToStart(error.localizedDescription)
        }
        // Read stderr while the program runs, so that it never blocks on a full pipe.
        let collected = Collected()
        let reader = Thread {
            // Up to the limit is kept; the rest is read and dropped, so the program never waits.
            while true {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                collected.append(chunk, limit: stderrLimit)
            }
            collected.done.signal()
        }
        reader.start()
        let seconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) / 1e18
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            // Foundation starts the program in a process group of its own: stop the whole group,
            // so that nothing it started lives on holding the pipe open.
            kill(-process.processIdentifier, SIGTERM)
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(-process.processIdentifier, SIGKILL)
                finished.wait()
            }
            _ = collected.done.wait(timeout: .now() + 5)
            return .timedOut
        }
        _ = collected.done.wait(timeout: .now() + 5)
        let text = String(decoding: collected.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return .exited(status: process.terminationStatus, stderr: text)
    }

    /// stderr as the reader thread collects it. The lock makes it safe to read even when the
    /// reader is still at work (something the program started holds the pipe open).
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = Data()
        let done = DispatchSemaphore(value: 0)

        func append(_ chunk: Data, limit: Int) {
            lock.withLock { if bytes.count < limit { bytes.append(chunk.prefix(limit - bytes.count)) } }
        }

        var data: Data { lock.withLock { bytes } }
    }
}

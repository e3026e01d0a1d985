import Foundation
import Synchronization

/// The folders the tests make in the temporary directory, removed when the test process
/// exits. A test that stops half-way, or that has no `defer` for one of its folders, still
/// leaves nothing behind: a run of the suite used to leave about 80 of them in /tmp (most a
/// copy of the repository with the portal's database), which over a few weeks of runs on one
/// machine came to 1.5 GB.
public enum TemporaryFolders {
    private static let made = Mutex<[URL]>([])
    private static let removedAtExit: Void = {
        atexit { TemporaryFolders.removeAll() }
    }()

    /// A new, empty folder `<name>-<UUID>` in the temporary directory.
    public static func make(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        _ = removedAtExit
        made.withLock { $0.append(url) }
        return url
    }

    static func removeAll() {
        for url in made.withLock({ $0 }) { try? FileManager.default.removeItem(at: url) }
    }
}

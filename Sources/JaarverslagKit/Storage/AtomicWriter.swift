import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Replaces files so that a reader (or a crash) only ever sees the old or the new content:
/// each file is written to a temporary file in the same directory, flushed to disk, and
/// renamed over the old one. The flush is fdatasync: the contents and size are what must
/// survive a crash, not the modification time, and it is a millisecond faster per file.
///
/// A file that already holds exactly the new bytes is left alone, modification time and all:
/// rebuilding an unchanged year touches nothing, so make, rsync and backups see no change,
/// and the build skips the most expensive part of writing (creating a file and flushing it).
///
/// Writers of the same files may run side by side (two builds, two `check --fix`): each
/// temporary file carries its writer's process id and is locked while it exists, and a
/// leftover is removed only when its writer is gone and its lock is free.
public enum AtomicWriter {
    /// A file or folder that could not be written, and why.
    public struct WriteError: CommandFailure {
        public var path: String
        public var reason: SystemError

        public var message: Message {
            Message(nl: "kan \(path) niet schrijven: \(reason.message.nl)", en: "cannot write \(path): \(reason.message.en)")
        }
    }

    /// A written and flushed temporary file, locked by its open descriptor until it is renamed.
    private struct Staged: Sendable {
        var url: URL
        var descriptor: Int32
    }

    /// Writes every file to its temporary twin first and renames only when all are written;
    /// if a rename fails, the files already renamed are put back, so no output is replaced
    /// unless all are. The files are staged side by side: most of the time goes to waiting
    /// for the disk. Returns the files whose bytes changed; the others already held these
    /// bytes and were not touched.
    @discardableResult
    public static func write(_ files: [(url: URL, contents: Data)]) throws(WriteError) -> [URL] {
        // Folders first, one at a time: two threads creating the same folder could clash. A
        // killed writer's temporary files are cleared away then, also when nothing is written.
        for directory in Set(files.map { $0.url.deletingLastPathComponent() }).sorted(by: { $0.path < $1.path }) {
            try makeDirectory(directory.path)
            removeLeftovers(in: directory, of: files.map(\.url).filter { $0.deletingLastPathComponent() == directory })
        }
        // A target that cannot be replaced by a file (a folder in its place) fails the write
        // before anything is staged.
        for file in files {
            var info = stat()
            if lstat(file.url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                throw WriteError(path: file.url.path, reason: SystemError(code: EISDIR))
            }
        }
        let results = ResultSlots<Result<Staged?, WriteError>>.concurrentMap(files.count) { index in
            let (url, contents) = files[index]
            guard !holds(url, contents) else { return .success(nil) }
            do throws(WriteError) {
                return .success(try stage(contents, for: url))
            } catch {
                return .failure(error)
            }
        }
        var staged: [(temporary: Staged, target: URL)] = []
        var firstError: WriteError?
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let temporary?): staged.append((temporary, file.url))
            case .success(nil): continue
            case .failure(let error): firstError = firstError ?? error
            }
        }
        defer {
            for item in staged {
                unlink(item.temporary.url.path)
                close(item.temporary.descriptor)
            }
        }
        if let firstError { throw firstError }
        try replace(staged.map { ($0.temporary.url, $0.target) })
        return staged.map(\.target)
    }

    /// Renames each temporary file over its target. The old target is kept under a second
    /// name (a hard link) until all are renamed; on a failure every target renamed so far gets
    /// its old file back, or is removed when there was none.
    private static func replace(_ pairs: [(temporary: URL, target: URL)]) throws(WriteError) {
        var done: [(target: URL, backup: URL?)] = []
        var failure: WriteError?
        for (temporary, target) in pairs {
            // Named after the temporary file, which is unique: `.a.xml.tmp-<pid>-XXXXXX.old`.
            let backup = URL(fileURLWithPath: temporary.path + ".old")
            let kept = link(target.path, backup.path) == 0
            guard rename(temporary.path, target.path) == 0 else {
                failure = WriteError(path: target.path, reason: .current)
                if kept { unlink(backup.path) }
                break
            }
            done.append((target, kept ? backup : nil))
        }
        guard let failure else {
            for item in done { if let backup = item.backup { unlink(backup.path) } }
            return
        }
        for item in done.reversed() {
            if let backup = item.backup { rename(backup.path, item.target.path) } else { unlink(item.target.path) }
        }
        throw failure
    }

    /// Writes a new file, flushed, that appears whole or not at all, and never replaces a file
    /// that exists: the staged file is linked to its name, which fails when the name is taken
    /// (`EEXIST`), also when another writer got there first.
    public static func create(_ contents: Data, at url: URL) throws(WriteError) {
        let directory = url.deletingLastPathComponent()
        try makeDirectory(directory.path)
        let temporary = try stage(contents, for: url)
        defer {
            unlink(temporary.url.path)
            close(temporary.descriptor)
        }
        guard link(temporary.url.path, url.path) == 0 else { throw WriteError(path: url.path, reason: .current) }
    }

    /// Whether `url` is a regular file holding exactly `contents`. Reading and comparing is
    /// much cheaper than creating, writing and flushing a new file.
    static func holds(_ url: URL, _ contents: Data) -> Bool {
        guard case .success(let file) = RegularFile.open(url.path) else { return false }
        let descriptor = file.descriptor
        defer { close(descriptor) }
        guard file.size == contents.count else { return false }
        var buffer = [UInt8](repeating: 0, count: min(contents.count, 1 << 20))
        var offset = 0
        while offset < contents.count {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, min($0.count, contents.count - offset)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            let same = buffer.withUnsafeBytes { old in
                contents.withUnsafeBytes { new in memcmp(old.baseAddress!, new.baseAddress! + offset, count) == 0 }
            }
            guard same else { return false }
            offset += count
        }
        return true
    }

    /// A writer killed between writing and renaming leaves its temporary files behind; the
    /// next write of the same file clears them away, but only those that are certainly
    /// stale: their writer (the process id in the name) is gone, and no one holds their lock.
    /// Another writer's files, still being written, are left alone. The folder is listed once
    /// for all targets.
    private static func removeLeftovers(in directory: URL, of targets: [URL]) {
        let prefixes = targets.map { ".\($0.lastPathComponent).tmp-" }
        for entry in DirectoryEntries.read(directory.path) ?? [] {
            guard let prefix = prefixes.first(where: entry.name.hasPrefix),
                let owner = Int32(entry.name.dropFirst(prefix.count).prefix { $0 != "-" }),
                owner != getpid(), kill(owner, 0) != 0, errno == ESRCH
            else { continue }
            let path = directory.appendingPathComponent(entry.name).path
            let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(descriptor)
        }
    }

    /// Makes a folder and the folders above it, as `mkdir -p` does.
    static func makeDirectory(_ path: String) throws(WriteError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw WriteError(path: path, reason: SystemError(code: ENOTDIR)) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw WriteError(path: path, reason: .current) }
    }

    /// Writes and flushes `contents` to a new temporary file next to `target`, named with this
    /// process's id and locked for as long as the returned descriptor is open.
    private static func stage(_ contents: Data, for target: URL) throws(WriteError) -> Staged {
        let directory = target.deletingLastPathComponent()
        var template = Array(directory.appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else { throw WriteError(path: target.path, reason: .current) }
        flock(descriptor, LOCK_EX)
        let written = contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += result
            }
            return true
        }
        guard written, fchmod(descriptor, 0o644) == 0, fdatasync(descriptor) == 0 else {
            let reason = SystemError.current
            unlink(temporaryPath)
            close(descriptor)
            throw WriteError(path: target.path, reason: reason)
        }
        return Staged(url: URL(fileURLWithPath: temporaryPath), descriptor: descriptor)
    }
}

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
public enum AtomicWriter {
    /// A file or folder that could not be written, and why.
    public struct WriteError: CommandFailure {
        public var path: String
        public var reason: SystemError

        public var message: Message {
            Message(nl: "kan \(path) niet schrijven: \(reason.message.nl)", en: "cannot write \(path): \(reason.message.en)")
        }
    }

    /// Writes every file to its temporary twin first and renames only when all are written,
    /// so a failure halfway leaves all the old files in place. The files are staged side by
    /// side: most of the time goes to waiting for the disk. Returns the files whose bytes
    /// changed; the others already held these bytes and were not touched.
    @discardableResult
    public static func write(_ files: [(url: URL, contents: Data)]) throws(WriteError) -> [URL] {
        // Folders first, one at a time: two threads creating the same folder could clash. A
        // killed writer's temporary files are cleared away then, also when nothing is written.
        for directory in Set(files.map { $0.url.deletingLastPathComponent() }).sorted(by: { $0.path < $1.path }) {
            try makeDirectory(directory.path)
            removeLeftovers(in: directory, of: files.map(\.url).filter { $0.deletingLastPathComponent() == directory })
        }
        let results = ResultSlots<Result<URL?, WriteError>>.concurrentMap(files.count) { index in
            let (url, contents) = files[index]
            guard !holds(url, contents) else { return .success(nil) }
            do throws(WriteError) {
                return .success(try stage(contents, for: url))
            } catch {
                return .failure(error)
            }
        }
        var staged: [(temporary: URL, target: URL)] = []
        var firstError: WriteError?
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let temporary?): staged.append((temporary, file.url))
            case .success(nil): continue
            case .failure(let error): firstError = firstError ?? error
            }
        }
        if let firstError {
            for item in staged { unlink(item.temporary.path) }
            throw firstError
        }
        for item in staged where rename(item.temporary.path, item.target.path) != 0 {
            let reason = SystemError.current
            for rest in staged { unlink(rest.temporary.path) }
            throw WriteError(path: item.target.path, reason: reason)
        }
        return staged.map(\.target)
    }

    /// Writes a new file, flushed, that appears whole or not at all, and never replaces a file
    /// that exists: the staged file is linked to its name, which fails when the name is taken
    /// (`EEXIST`), also when another writer got there first.
    public static func create(_ contents: Data, at url: URL) throws(WriteError) {
        let directory = url.deletingLastPathComponent()
        try makeDirectory(directory.path)
        let temporary = try stage(contents, for: url)
        defer { unlink(temporary.path) }
        guard link(temporary.path, url.path) == 0 else { throw WriteError(path: url.path, reason: .current) }
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

    /// A writer killed between writing and renaming leaves its temporary file behind; the
    /// next write of the same file clears it away. The folder is listed once for all targets.
    private static func removeLeftovers(in directory: URL, of targets: [URL]) {
        let prefixes = targets.map { ".\($0.lastPathComponent).tmp-" }
        for entry in DirectoryEntries.read(directory.path) ?? [] where prefixes.contains(where: entry.name.hasPrefix) {
            unlink(directory.appendingPathComponent(entry.name).path)
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

    private static func stage(_ contents: Data, for target: URL) throws(WriteError) -> URL {
        let directory = target.deletingLastPathComponent()
        var template = Array(directory.appendingPathComponent(".\(target.lastPathComponent).tmp-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else { throw WriteError(path: target.path, reason: .current) }
        defer { close(descriptor) }
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
            throw WriteError(path: target.path, reason: reason)
        }
        return URL(fileURLWithPath: temporaryPath)
    }
}

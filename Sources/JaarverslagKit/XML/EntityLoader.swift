#if canImport(Glibc)
    import Glibc
#endif

/// What libxml2 may read besides the document it is given: nothing, unless a parse of our
/// own asks for one folder (a RELAX NG schema the user chose, and the files it includes), and
/// then only on the thread doing that parse, only while it runs. No input document can make
/// the tool read a local file or reach the network, and no permission outlives its parse or
/// accumulates in the process.
enum EntityLoader {
    /// The folder the current thread's parse may read from, if any. Read by libxml2's loader
    /// callback, which runs on the thread that parses.
    static var allowedFolder: String? {
        guard let pointer = pthread_getspecific(key) else { return nil }
        return Unmanaged<Box>.fromOpaque(pointer).takeUnretainedValue().folder
    }

    /// Runs `body` with libxml2 allowed to read files under `folder`, on this thread only.
    static func allowing<Result>(_ folder: String, _ body: () throws -> Result) rethrows -> Result {
        LibXML.ready
        let previous = pthread_getspecific(key)
        let box = Unmanaged.passRetained(Box(folder.hasSuffix("/") ? folder : folder + "/"))
        pthread_setspecific(key, box.toOpaque())
        defer {
            pthread_setspecific(key, previous)
            box.release()
        }
        return try body()
    }

    private final class Box {
        let folder: String
        init(_ folder: String) { self.folder = folder }
    }

    /// A thread-specific slot; created once, never destroyed (one key per process).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}

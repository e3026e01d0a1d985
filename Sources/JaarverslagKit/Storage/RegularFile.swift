#if canImport(Glibc)
    import Glibc
#endif

/// Opens a file for reading only when it is a regular file. The open does not wait, so a named
/// pipe in its place (or a link to one) cannot block a build in open(2) or read(2).
enum RegularFile {
    struct Failure: Error {
        /// errno of the failing call; 0 when the file is not a regular file.
        var code: Int32
        var notAFile: Bool { code == 0 }
    }

    /// The descriptor (the caller closes it) and the file's size.
    static func open(_ path: String) -> Result<(descriptor: Int32, size: Int), Failure> {
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(Failure(code: code))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(Failure(code: 0))
        }
        return .success((descriptor, Int(info.st_size)))
    }
}

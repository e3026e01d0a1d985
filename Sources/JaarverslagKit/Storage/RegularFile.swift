import Foundation
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

    /// Reads up to `limit` bytes of a regular file with plain read(2): no more is ever read
    /// of a huge file. With `whole`, a file larger than `limit` is refused (`tooLarge`) before
    /// a byte of it is read.
    static func read(_ path: String, limit: Int, whole: Bool = false) -> Result<Data, StoreError> {
        let file: (descriptor: Int32, size: Int)
        switch open(path) {
        case .success(let opened): file = opened
        case .failure(let failure):
            if failure.notAFile { return .failure(.notAFile) }
            return .failure(failure.code == ENOENT ? .missing : .system(SystemError(code: failure.code)))
        }
        let descriptor = file.descriptor
        defer { close(descriptor) }
        if whole && file.size > limit { return .failure(.tooLarge(limit: limit)) }
        let expected = min(file.size, limit)
        var buffer = [UInt8](repeating: 0, count: max(expected, 1))
        var count = 0
        while count < limit {
            if count == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: min(buffer.count, limit - count))) }
            let result = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if result < 0 {
                if errno == EINTR { continue }
                return .failure(.system(.current))
            }
            if result == 0 { break }
            count += result
        }
        // A file that grew while it was read is still refused.
        if whole && count >= limit {
            var probe: UInt8 = 0
            if Glibc.read(descriptor, &probe, 1) > 0 { return .failure(.tooLarge(limit: limit)) }
        }
        return .success(Data(buffer[0..<count]))
    }
}

import CMemoryFile
import CInflate
import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#endif

/// The zip container of a .docx, read with ZIPFoundation: which parts there are, and the
/// bytes of the few XML parts the importer reads. Images and other media are never unpacked.
///
/// Every limit of `DocxLimits` is checked on the way: the entry count and names while the
/// directory is listed, and the sizes while a part is inflated (the sizes a zip declares may
/// lie, so the bytes are counted as they come).
struct DocxPackage {
    private let archive: Archive
    /// The file's bytes, for `DeflateEnd`.
    private let data: Data
    private let entries: [String: Entry]
    private let limits: DocxLimits
    private var unpacked = 0

    /// All entry names, for telling a .docx from other zip files.
    let names: Set<String>

    init(data: Data, limits: DocxLimits) throws(ImportFailure) {
        self.limits = limits
        guard Self.hasEndRecord(data) else { throw ImportFailure(.damagedZip) }
        guard let archive = Self.open(data) else { throw ImportFailure(.damagedZip) }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else { throw ImportFailure(.tooManyEntries(limits.entries)) }
            let name = entry.path
            guard Self.isSafe(name) else { throw ImportFailure(.unsafeName(name)) }
            if entries[name] == nil { entries[name] = entry }
        }
        guard count > 0 else { throw ImportFailure(.damagedZip) }
        self.archive = archive
        self.data = data
        self.entries = entries
        self.names = Set(entries.keys)
    }

    /// ZIPFoundation's in-memory archive traps when a damaged zip points past its end (its
    /// `MemoryFile` reads a negative range; the fuzzer found it). The bytes go into an
    /// anonymous file in memory instead (`memfd_create`, nothing is written to disk), which
    /// ZIPFoundation opens as an ordinary file, where reading past the end reads nothing.
    private static func open(_ data: Data) -> Archive? {
        let descriptor = jv_memory_file()
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += result
            }
            return true
        }
        guard written else { return nil }
        return try? Archive(url: URL(fileURLWithPath: "/proc/self/fd/\(descriptor)"), accessMode: .read, pathEncoding: nil)
    }

    /// ZIPFoundation looks for the end record from the end of the file backwards through the
    /// whole file; a zip keeps it in its last 64 KB (its comment is at most 65,535 bytes), so
    /// a file without one there is refused before ZIPFoundation is asked.
    private static func hasEndRecord(_ data: Data) -> Bool {
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard data.count >= 22 else { return false }
        let tail = data.suffix(65_535 + 22)
        return tail.withUnsafeBytes { bytes in
            guard bytes.count >= 4 else { return false }
            var index = bytes.count - 22
            while index >= 0 {
                if bytes[index] == signature[0], bytes[index + 1] == signature[1], bytes[index + 2] == signature[2],
                    bytes[index + 3] == signature[3]
                {
                    return true
                }
                index -= 1
            }
            return false
        }
    }

    /// Names a zip may not have: absolute, climbing out with `..`, backslashes, control characters.
    static func isSafe(_ name: String) -> Bool {
        // Foundation's `contains` searches through NSString; a name without a backslash byte
        // cannot hold one, whatever it would say.
        let backslash = name.utf8.contains(UInt8(ascii: "\\")) && name.contains("\\")
        guard !name.isEmpty, !name.hasPrefix("/"), !backslash else { return false }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    func contains(_ name: String) -> Bool {
        entries[name] != nil
    }

    /// The unpacked bytes of one part, or nil when there is no such part.
    mutating func part(_ name: String) throws(ImportFailure) -> Data? {
        guard let entry = entries[name] else { return nil }
        guard entry.type == .file else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        guard declared <= limits.partSize else { throw ImportFailure(.partTooLarge(name, limits.partSize)) }
        let packed = max(Int(clamping: entry.compressedSize), 1)
        // Past this many bytes the checks below refuse the part while it is inflated, so the
        // guard need not look further (a zip bomb is not inflated whole twice).
        let ratioBound = packed.multipliedReportingOverflow(by: limits.ratio + 1)
        let refusedBeyond = min(
            limits.partSize, limits.totalSize - unpacked, max(limits.ratioFloor, ratioBound.overflow ? .max : ratioBound.partialValue))
        let limits = self.limits
        let already = unpacked
        /// The limits on what comes out, as the bytes come: each only grows with the count.
        func refuse(_ count: Int) throws(ImportFailure) {
            if count > limits.partSize { throw ImportFailure(.partTooLarge(name, limits.partSize)) }
            if already + count > limits.totalSize { throw ImportFailure(.packageTooLarge(limits.totalSize)) }
            if count > limits.ratioFloor, count / packed > limits.ratio { throw ImportFailure(.compressionRatio(name, limits.ratio)) }
        }
        if entry.isCompressed {
            switch DeflateEnd.inflate(entry, in: data, limit: refusedBeyond) {
            case .whole(let bytes):
                // Within `refusedBeyond` only the ratio can refuse it, and it would at the end
                // if at any chunk, so one look at the whole gives what ZIPFoundation's would.
                try refuse(bytes.count)
                try Self.verify(bytes, of: entry, name)
                unpacked += bytes.count
                return bytes
            case .verdict(.stops): break
            case .verdict: throw ImportFailure(.damagedPart(name))
            }
        }
        var bytes = Data()
        bytes.reserveCapacity(min(declared, limits.partSize))
        do {
            // ZIPFoundation clears a buffer of this size for every chunk it inflates: the part's
            // own size (4 to 64 KB) spares the many small parts of a document 64 KB each.
            let buffer = min(64 * 1024, max(4 * 1024, declared + 1))
            _ = try archive.extract(entry, bufferSize: buffer) { chunk in
                bytes.append(chunk)
                try refuse(bytes.count)
            }
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw ImportFailure(.damagedPart(name))
        }
        try Self.verify(bytes, of: entry, name)
        unpacked += bytes.count
        return bytes
    }

    /// A part whose bytes do not give the checksum the package records for it is damaged: one
    /// flipped bit in a download or on a USB stick changes a letter of the text, and a
    /// secretary's words must come in as they were written, or not at all.
    static func verify(_ bytes: Data, of entry: Entry, _ name: String) throws(ImportFailure) {
        let checksum = bytes.withUnsafeBytes { raw -> UInt32 in
            guard let base = raw.bindMemory(to: Bytef.self).baseAddress else { return UInt32(crc32(0, nil, 0)) }
            return UInt32(crc32_z(0, base, raw.count))
        }
        guard checksum == entry.checksum else { throw ImportFailure(.damagedPart(name)) }
    }
}

import CInflate
import Foundation
import Synchronization
import ZIPFoundation

/// A guard before ZIPFoundation inflates a part. On Linux, ZIPFoundation 0.9.20 inflates a
/// deflated entry by reading on from where the entry's data starts until the deflate stream
/// ends; when the file ends first, it is given nothing and asks again, forever, at full CPU
/// (weichsel/ZIPFoundation#389, not merged in a version this project can use). The import
/// fuzzer found an 879-byte .docx that does this. Limits on what comes out never fire, since
/// nothing comes out.
///
/// So zlib first inflates the same bytes, from the same place, to the end of the file: the
/// stream must end, or be refused by zlib, or give more than `limit` bytes (which the part's
/// own limits then refuse while ZIPFoundation inflates it), before the bytes run out.
///
/// A deflated entry whose stream ends within `limit` (every part of an ordinary document) is
/// then not inflated a second time: the bytes zlib gave are the bytes ZIPFoundation would give
/// (it runs the same zlib on the same bytes from the same place), and are kept.
enum DeflateEnd {
    enum Verdict: Equatable {
        /// ZIPFoundation will stop: the stream ends, zlib refuses it, or it outgrows the limit.
        case stops
        /// The bytes run out first: ZIPFoundation would never return.
        case runsOut
        /// Where the entry's data starts could not be read from ZIPFoundation's entry.
        case unknownStart
    }

    /// What zlib made of an entry's stream.
    enum Inflated: Equatable {
        /// A deflated entry whose stream ended within the limit: its bytes.
        case whole(Data)
        /// Anything else: ZIPFoundation inflates it (and its limits refuse it), or it is refused.
        case verdict(Verdict)
    }

    /// The entry's bytes when ZIPFoundation would give the same ones without fail: the local
    /// header says deflate (ZIPFoundation refuses any other method but none), and the stream
    /// ends within `limit`.
    static func inflate(_ entry: Entry, in data: Data, limit: Int) -> Inflated {
        guard let header = localHeader(of: entry), header.dataOffset <= data.count else { return .verdict(.unknownStart) }
        return inflate(stream: data[(data.startIndex + header.dataOffset)...], limit: limit, keep: header.method == 8)
    }

    /// Raw deflate (as in a zip) from the start of `stream` to its end; with `keep`, the bytes
    /// it gives are kept and returned when it ends within `limit`.
    static func inflate(stream: Data, limit: Int, keep: Bool) -> Inflated {
        var z = z_stream()
        guard inflateInit2_(&z, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return .verdict(.runsOut) }
        defer { inflateEnd(&z) }
        var output = [UInt8](repeating: 0, count: 64 * 1024)
        var produced = 0
        var kept = Data()
        return stream.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Inflated in
            guard let base = input.bindMemory(to: Bytef.self).baseAddress else { return .verdict(.runsOut) }
            z.next_in = UnsafeMutablePointer(mutating: base)
            z.avail_in = uInt(clamping: input.count)
            while true {
                let result = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    z.next_out = buffer.baseAddress
                    z.avail_out = uInt(buffer.count)
                    return CInflate.inflate(&z, Z_NO_FLUSH)
                }
                let count = output.count - Int(z.avail_out)
                produced += count
                if keep, produced <= limit { kept.append(contentsOf: output[..<count]) }
                switch result {
                case Z_STREAM_END where keep && produced <= limit: return .whole(kept)
                case Z_STREAM_END, Z_DATA_ERROR, Z_NEED_DICT, Z_MEM_ERROR, Z_STREAM_ERROR: return .verdict(.stops)
                case _ where produced > limit: return .verdict(.stops)
                // Z_BUF_ERROR, or Z_OK with the input used up: no progress is possible.
                case _ where z.avail_in == 0 && z.avail_out > 0: return .verdict(.runsOut)
                case Z_BUF_ERROR: return .verdict(.runsOut)
                default: continue
                }
            }
        }
    }

    /// Where ZIPFoundation starts reading an entry's data (after its local header, whose place
    /// the central directory gives: `Entry.dataOffset`, which ZIPFoundation keeps internal, is
    /// read from the entry's stored properties), and the compression method its local header
    /// gives (the one ZIPFoundation inflates by). `DeflateEndTests` holds this to the bytes of
    /// real zips, so a ZIPFoundation that stores them differently fails the tests, not a user.
    static func localHeader(of entry: Entry) -> (dataOffset: Int, method: UInt16)? {
        let entryFields = fields(of: entry, ["centralDirectoryStructure", "localFileHeader"])
        guard let directory = entryFields[0], let header = entryFields[1] else { return nil }
        guard let offset32 = fields(of: directory, ["relativeOffsetOfLocalHeader"])[0] as? UInt32 else { return nil }
        var offset = UInt64(offset32)
        if offset32 == .max {
            // A zip64 archive keeps the real offset in the zip64 extended information, one of
            // the directory's extra fields (an optional list of them).
            guard let extraFields = fields(of: directory, ["extraFields"])[0],
                let list = Mirror(reflecting: extraFields).children.first?.value,
                let offset64 = Mirror(reflecting: list).children.lazy.compactMap({
                    fields(of: $0.value, ["relativeOffsetOfLocalHeader"])[0] as? UInt64
                }).first
            else { return nil }
            offset = offset64
        }
        let headerFields = fields(of: header, ["fileNameLength", "extraFieldLength", "compressionMethod"])
        guard let nameLength = headerFields[0] as? UInt16, let extraLength = headerFields[1] as? UInt16,
            let method = headerFields[2] as? UInt16
        else { return nil }
        return (Int(clamping: offset) + 30 + Int(nameLength) + Int(extraLength), method)
    }

    /// The values of the stored properties with these labels. Each child a mirror makes costs
    /// a few thousand instructions (its type is looked up by name), so the places of the labels
    /// in a type are found once per process, by walking all its children, and after that only
    /// the children asked for are made; a child whose label is not the one remembered is looked
    /// for again.
    private static func fields(of value: Any, _ labels: [String]) -> [Any?] {
        let children = Mirror(reflecting: value).children
        let type = ObjectIdentifier(Swift.type(of: value))
        var found = [Any?](repeating: nil, count: labels.count)
        var missing: [Int] = []
        for (index, label) in labels.enumerated() {
            guard let place = places.withLock({ $0.first { $0.type == type && $0.label == label }?.place }), place < children.count else {
                missing.append(index)
                continue
            }
            let child = children[children.index(children.startIndex, offsetBy: place)]
            if child.label == label { found[index] = child.value } else { missing.append(index) }
        }
        guard !missing.isEmpty else { return found }
        for (place, child) in children.enumerated() {
            guard let label = child.label, let index = labels.firstIndex(of: label), missing.contains(index) else { continue }
            found[index] = child.value
            places.withLock { places in
                places.removeAll { $0.type == type && $0.label == label }
                places.append(Place(type: type, label: label, place: place))
            }
        }
        return found
    }

    /// Where a label sits among a type's children. A list, not a dictionary: there are six,
    /// and a dictionary keyed by a type of our own costs a scan of every protocol conformance
    /// in the binary when it is first made (about 0.4 million instructions).
    private struct Place {
        var type: ObjectIdentifier
        var label: String
        var place: Int
    }

    private static let places = Mutex<[Place]>([])
}

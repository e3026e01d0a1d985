#if canImport(Glibc)
    import Glibc
#endif

/// Byte-level helpers for the hot paths of checking a large year. Our texts are UTF-8 with
/// LF line ends, so lines and ASCII markers can be found with memchr and memmem instead of
/// walking Characters, which is an order of magnitude slower.
extension StringProtocol {
    /// Runs `body` on the UTF-8 bytes, without copying when the text is contiguous.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// The lines of the text, split on LF bytes.
    var lines: [SubSequence] {
        let offsets: [Int] = withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var result: [Int] = []
            var position = 0
            while position < bytes.count, let found = memchr(base + position, 10, bytes.count - position) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                result.append(offset)
                position = offset + 1
            }
            return result
        }
        var lines: [SubSequence] = []
        lines.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        var previous = 0
        for offset in offsets {
            let end = utf8.index(start, offsetBy: offset - previous)
            lines.append(self[start..<end])
            start = utf8.index(after: end)
            previous = offset + 1
        }
        lines.append(self[start..<endIndex])
        return lines
    }

    /// Without spaces and tabs at either end (no Foundation bridging, which is slow on Linux).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Only spaces, tabs and line ends.
    var isBlank: Bool {
        withUTF8Bytes { bytes in !bytes.contains { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 } }
    }

    /// True when the UTF-8 bytes of `needle` occur in the text; a cheap test before a regex.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            withUTF8Bytes { bytes in
                guard let base = bytes.baseAddress, let wanted = pattern.baseAddress else { return pattern.isEmpty }
                var position = 0
                while position + pattern.count <= bytes.count,
                    let found = memchr(base + position, Int32(pattern[0]), bytes.count - position - pattern.count + 1)
                {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, wanted, pattern.count) == 0 { return true }
                    position = offset + 1
                }
                return false
            }
        }
    }

    /// The offset of the first `byte` in the UTF-8 bytes, by memchr (a Substring's
    /// `utf8.firstIndex(of:)` walks the generic way, byte by byte through its index).
    func firstOffset(ofByte byte: UInt8) -> Int? {
        withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// True when the byte occurs in the text.
    func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}

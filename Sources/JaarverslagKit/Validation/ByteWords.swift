/// Words split at spaces, tabs and line ends, read from UTF-8 bytes, for comparing long texts
/// word by word (`LastYearsTextRule.sameWords`) exactly as splitting the `String` into
/// `Character`s at `" "`, `"\n"` and `"\t"` would, where the bytes allow it.
///
/// A tab and a line feed are always characters of their own (Unicode's grapheme rules break
/// around controls), but a carriage return joins a following line feed (`"\r\n"` is one
/// character, and no separator), and a space joins a following combining mark or a preceding
/// prepended letter (`" \u{301}"` is no space either). Texts with none of those split the same
/// either way, and `splitsAsCharacters` says so; other texts are compared by character. Whether
/// a letter beyond ASCII next to a space joins it is asked of Swift itself, for that pair: the
/// rules that join a space to its neighbour look at the two of them only.
enum ByteWords {
    static let space = UInt8(ascii: " ")

    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == space || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
    }

    /// No carriage return, and no space joined to the letter before or after it.
    static func splitsAsCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") { return false }
            guard byte == space else { continue }
            if index > 0, bytes[index - 1] >= 0x80 {
                var start = index - 1
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                if joins(bytes[start..<index], bytes[index...index]) { return false }
            }
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
                var end = index + 2
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if joins(bytes[index...index], bytes[(index + 1)..<end]) { return false }
            }
        }
        return true
    }

    /// Whether two pieces of UTF-8 make one character together.
    private static func joins(_ first: Slice<UnsafeBufferPointer<UInt8>>, _ second: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        (String(decoding: first, as: UTF8.self) + String(decoding: second, as: UTF8.self)).count < 2
    }

    /// Whether both texts have the same words; nil when two words differ in their bytes but
    /// may still be equal as text (the same accents composed otherwise): then the caller
    /// compares by character.
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0
        var j = 0
        while true {
            while i < a.count, isSeparator(a[i]) { i += 1 }
            while j < b.count, isSeparator(b[j]) { j += 1 }
            if i == a.count || j == b.count { return i == a.count && j == b.count }
            let wordA = i
            let wordB = j
            var ascii = true
            while i < a.count, !isSeparator(a[i]) {
                ascii = ascii && a[i] < 0x80
                i += 1
            }
            while j < b.count, !isSeparator(b[j]) {
                ascii = ascii && b[j] < 0x80
                j += 1
            }
            let x = UnsafeBufferPointer(rebasing: a[wordA..<i])
            let y = UnsafeBufferPointer(rebasing: b[wordB..<j])
            if !x.elementsEqual(y) {
                // Different bytes are different words in ASCII; beyond it, only the text says.
                if ascii { return false }
                return nil
            }
        }
    }
}

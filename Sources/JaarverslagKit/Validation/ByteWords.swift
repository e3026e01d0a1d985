/// Words split at spaces, tabs and line ends, read from UTF-8 bytes, for comparing long texts
/// word by word (`LastYearsTextRule.sameWords`) exactly as splitting the `String` into
/// `Character`s at `" "`, `"\n"` and `"\t"` would, where the bytes allow it.
///
/// A tab and a line feed are always characters of their own (Unicode's grapheme rules break
/// around controls), but a carriage return joins a following line feed (`"\r\n"` is one
/// character, and no separator), and a space joins a following combining mark or a preceding
/// prepended letter (`" \u{301}"` is no space either). Texts with none of those splits the same
/// either way, and `splitsAsCharacters` says so; other texts are compared by character.
enum ByteWords {
    static let space = UInt8(ascii: " ")

    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == space || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
    }

    /// No carriage return, and no byte beyond ASCII on either side of a space.
    static func splitsAsCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\r") { return false }
            if (byte == space && previous >= 0x80) || (previous == space && byte >= 0x80) { return false }
            previous = byte
        }
        return true
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

/// Which of a few words a collection of texts shows to be words, for deciding whether
/// `gemeen- telijke` is one broken word. A word is shown by a letter run on its own, by a
/// hyphenated compound as a whole (`MKB-dienstverlening`), and by each part of one (`beleid` in
/// `zzp-beleid`); but not by a run right after a hyphen and a space or line end: the broken
/// text itself does not show that `telijke` is a word. A part may go on with digits after its
/// first letter (`G40` in `G40-steden`); its letter runs still count on their own.
///
/// One pass over the bytes: a year of 10,000 fragments has millions of words, so a run is
/// compared only when its length and hash match a wanted word. Letters are compared with ASCII
/// capitals folded, so `Gemeentelijke` at the start of a sentence shows `gemeentelijke`.
enum KnownWords {
    static func occurring(_ wanted: Set<String>, in texts: [String]) -> Set<String> {
        var table: [UInt64: [(word: String, folded: [UInt8])]] = [:]
        // Bit n set: some wanted word is n bytes long (longer words all share bit 63).
        var lengths: UInt64 = 0
        for word in wanted {
            let folded = word.utf8.map(foldCase)
            table[hash(folded[...]), default: []].append((word, folded))
            lengths |= 1 << min(folded.count, 63)
        }
        var found: Set<String> = []
        for text in texts where found.count < wanted.count {
            text.withUTF8Bytes { bytes in
                func check(_ range: Range<Int>) {
                    guard lengths & (1 << min(range.count, 63)) != 0 else { return }
                    let word = UnsafeBufferPointer(rebasing: bytes[range])
                    guard let matches = table[hash(word)] else { return }
                    for match in matches where !found.contains(match.word) && match.folded.elementsEqual(word.lazy.map(foldCase)) {
                        found.insert(match.word)
                    }
                }
                var index = 0
                while index < bytes.count {
                    while index < bytes.count, !isLetterByte(bytes[index]) { index += 1 }
                    guard index < bytes.count else { break }
                    let tokenStart = index
                    var partStart = index
                    var parts = 0
                    while true {
                        let counts = partStart != tokenStart || !followsBreak(bytes, tokenStart)
                        var runStart = index
                        var hasDigits = false
                        while true {
                            while index < bytes.count, isLetterByte(bytes[index]) { index += 1 }
                            if counts || runStart != partStart { check(runStart..<index) }
                            guard index < bytes.count, isDigitByte(bytes[index]) else { break }
                            while index < bytes.count, isDigitByte(bytes[index]) { index += 1 }
                            hasDigits = true
                            guard index < bytes.count, isLetterByte(bytes[index]) else { break }
                            runStart = index
                        }
                        if hasDigits && counts { check(partStart..<index) }
                        parts += 1
                        guard index + 1 < bytes.count, bytes[index] == 45, isLetterByte(bytes[index + 1]) else { break }
                        index += 1
                        partStart = index
                    }
                    if parts > 1 { check(tokenStart..<index) }
                }
            }
        }
        return found
    }

    /// A letter run that starts after `letter-` (or `G40-`) and a space or line end: the second
    /// half of a broken word, or of an elided compound (`Zorg- en`).
    private static func followsBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var index = start - 1
        while index >= 0, bytes[index] == 32 || bytes[index] == 10 || bytes[index] == 9 { index -= 1 }
        return index < start - 1 && index >= 1 && bytes[index] == 45 && isWordByte(bytes[index - 1])
    }

    /// ASCII digits: they go on a part that starts with a letter (`G40`, `covid19`).
    static func isDigitByte(_ byte: UInt8) -> Bool {
        byte &- 48 < 10
    }

    /// What a part of a word is made of: letters, and digits after its first letter.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isLetterByte(byte) || isDigitByte(byte)
    }

    /// ASCII letters, or any byte of a non-ASCII character.
    static func isLetterByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 97 < 26
    }

    private static func foldCase(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    /// FNV-1a over the bytes with ASCII capitals folded.
    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(foldCase(byte))) &* 0x100_0000_01B3 }
        return hash
    }
}

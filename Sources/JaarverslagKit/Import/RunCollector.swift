/// The runs of one paragraph as they are read: text with the same formatting and link is
/// joined, Word's optional hyphens are removed and its non-breaking hyphens become `-`.
struct RunCollector {
    private(set) var runs: [ImportedRun] = []
    /// Set while a paragraph's runs are being read (findings wait for the paragraph's end).
    var collecting = false
    /// Text formatted Hidden in the paragraph, left out: the finding quotes it, as nobody sees
    /// it in Word.
    var hidden = ""
    var struck = false
    /// Text typed in small letters that Word shows in capitals (All Caps, Small Caps): it is
    /// carried over as typed, and the finding quotes it.
    var capitals = ""
    /// Set at the edges of a link, so that its text stays in runs of its own.
    private var sealed = false

    var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
    var count: Int { runs.count }
    /// How much text has been read, in UTF-8 bytes: a place in the paragraph. Kept as the runs
    /// change, not summed when asked: it is asked at every tracked change, and a paragraph of
    /// many thousand changes in alternating formats made the sum quadratic.
    private(set) var length = 0

    mutating func append(_ text: String, bold: Bool, italic: Bool, link: String?) {
        var cleaned = text
        // A tab, U+00AD (C2 AD) and U+2011 (E2 80 91) each have a byte no ASCII text has.
        let mayChange = text.withUTF8Bytes { $0.contains { $0 == 0x09 || $0 == 0xAD || $0 == 0x91 } }
        if mayChange, text.unicodeScalars.contains(where: { $0 == "\u{00AD}" || $0 == "\u{2011}" || $0 == "\t" }) {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\u{00AD}": continue
                case "\u{2011}": scalars.append("-")
                case "\t": scalars.append(" ")
                default: scalars.append(scalar)
                }
            }
            cleaned = String(scalars)
        }
        guard !cleaned.isEmpty else { return }
        length += cleaned.utf8.count
        if !sealed, let last = runs.last, last.bold == bold, last.italic == italic, last.link == link {
            // In place: a copy of the run would copy its text on every append.
            runs[runs.count - 1].text += cleaned
        } else {
            runs.append(ImportedRun(text: cleaned, bold: bold, italic: italic, link: link))
        }
        sealed = false
    }

    /// The next text starts a run of its own (a link starts or ends here).
    mutating func seal() {
        sealed = true
    }

    /// The text of the runs from `index` on.
    func text(from index: Int) -> String {
        runs[min(index, runs.count)...].map(\.text).joined()
    }

    /// Replaces the runs from `index` on by one run with `text`, keeping the first one's format.
    mutating func replace(from index: Int, with text: String) {
        guard index < runs.count else { return }
        length += text.utf8.count - runs[index...].reduce(0) { $0 + $1.text.utf8.count }
        var first = runs[index]
        first.text = text
        runs.removeSubrange(index...)
        runs.append(first)
    }

    /// Drops the link from the runs from `index` on.
    mutating func unlink(from index: Int) {
        guard index < runs.count else { return }
        for position in index..<runs.count { runs[position].link = nil }
    }

    /// Spaces at the start and end of a paragraph, and runs of spaces inside it, are layout;
    /// one space is kept where there were several (as `check --fix` does with double spaces).
    static func trim(_ runs: inout [ImportedRun]) {
        var previousSpace = true
        for index in runs.indices {
            // Most runs have nothing to drop: no doubled space, no space before a line break,
            // and no space at their start after one.
            let (needsWork, lastByte) = runs[index].text.withUTF8Bytes { bytes -> (Bool, UInt8?) in
                if previousSpace && bytes.first == 32 { return (true, bytes.last) }
                var last: UInt8 = 0
                for byte in bytes {
                    if last == 32, byte == 32 || byte == 10 { return (true, bytes.last) }
                    last = byte
                }
                return (false, bytes.last)
            }
            if !needsWork {
                if let lastByte { previousSpace = lastByte == 32 || lastByte == 10 }
                continue
            }
            let original = runs[index].text.unicodeScalars
            var text = String.UnicodeScalarView()
            var changed = false
            for scalar in original {
                if scalar == " " {
                    if previousSpace {
                        changed = true
                        continue
                    }
                    previousSpace = true
                } else if scalar == "\n" {
                    if text.last == " " {
                        text.removeLast()
                        changed = true
                    }
                    previousSpace = true
                } else {
                    previousSpace = false
                }
                text.append(scalar)
            }
            if changed { runs[index].text = String(text) }
        }
        // A line break (Shift+Enter) at the start of a paragraph carries no words.
        while let first = runs.first, let character = first.text.first, character == " " || character == "\n" {
            runs[0].text.removeFirst()
            if runs[0].text.isEmpty { runs.removeFirst() }
        }
        while let last = runs.last, let character = last.text.last, character == " " || character == "\n" {
            runs[runs.count - 1].text.removeLast()
            if runs[runs.count - 1].text.isEmpty { runs.removeLast() }
        }
        runs.removeAll { $0.text.isEmpty }
    }

}

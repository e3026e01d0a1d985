/// How runs read to a person, for `FragmentMarkdownWriter` to check that what it wrote reads
/// back as the runs it was given.
extension ImportedRun {
    /// Runs as a reader sees them: line breaks as `\n`, neighbours with one format joined.
    static func flatten(_ inlines: [Inline], bold: Bool = false, italic: Bool = false, link: String? = nil) -> [ImportedRun] {
        inlines.flatMap { inline -> [ImportedRun] in
            switch inline {
            case .text(let text): return [ImportedRun(text: text, bold: bold, italic: italic, link: link)]
            case .softBreak: return [ImportedRun(text: "\n", bold: bold, italic: italic, link: link)]
            case .strong(let children): return flatten(children, bold: true, italic: italic, link: link)
            case .emphasis(let children): return flatten(children, bold: bold, italic: true, link: link)
            case .link(let destination, let children): return flatten(children, bold: bold, italic: italic, link: destination)
            case .revised(_, let children): return flatten(children, bold: bold, italic: italic, link: link)
            }
        }
    }

    /// White space as `Character.isWhitespace` has it, ASCII first: asked of every character.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 11 || scalar.value == 12
        }
        return scalar.properties.isWhitespace
    }

    /// Whether two run lists read the same: the same characters, and the same bold, italic
    /// and link on every character that is not a space (spaces at the edge of a bold word or
    /// a link are written outside it).
    ///
    /// The whole text is compared as bytes at once, and the formats a stretch at a time
    /// (between the run boundaries of either side, which are character boundaries of both),
    /// rather than character by character: the writer asks this of every paragraph it writes.
    /// `ImportedRunTests` holds it to `sameReadingByScalars`.
    static func sameReading(_ left: [ImportedRun], _ right: [ImportedRun]) -> Bool {
        let (leftBytes, leftEnds) = joinedBytes(left)
        let (rightBytes, rightEnds) = joinedBytes(right)
        guard leftBytes == rightBytes else { return false }
        var (leftRun, rightRun, start) = (0, 0, 0)
        while start < leftBytes.count {
            while leftEnds[leftRun] <= start { leftRun += 1 }
            while rightEnds[rightRun] <= start { rightRun += 1 }
            let end = min(leftEnds[leftRun], rightEnds[rightRun])
            let (a, b) = (left[leftRun], right[rightRun])
            if a.bold != b.bold || a.italic != b.italic || a.link != b.link {
                let stretch = String(decoding: leftBytes[start..<end], as: UTF8.self)
                guard stretch.unicodeScalars.allSatisfy(isSpace) else { return false }
            }
            start = end
        }
        return true
    }

    /// The runs' text as one byte array, and where each run ends in it.
    private static func joinedBytes(_ runs: [ImportedRun]) -> ([UInt8], [Int]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(runs.count)
        for run in runs {
            bytes += run.text.utf8
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }

    /// `sameReading` character by character: the plain statement of the rule.
    static func sameReadingByScalars(_ left: [ImportedRun], _ right: [ImportedRun]) -> Bool {
        var rightRun = 0
        var rightScalars = right.first?.text.unicodeScalars.makeIterator()
        for run in left {
            for scalar in run.text.unicodeScalars {
                var next = rightScalars?.next()
                while next == nil, rightRun + 1 < right.count {
                    rightRun += 1
                    rightScalars = right[rightRun].text.unicodeScalars.makeIterator()
                    next = rightScalars?.next()
                }
                guard let other = next, other == scalar else { return false }
                if !ImportedRun.isSpace(scalar) {
                    let formatted = right[rightRun]
                    guard formatted.bold == run.bold, formatted.italic == run.italic, formatted.link == run.link else { return false }
                }
            }
        }
        while rightRun < right.count {
            if rightScalars?.next() != nil { return false }
            rightRun += 1
            rightScalars = rightRun < right.count ? right[rightRun].text.unicodeScalars.makeIterator() : nil
        }
        return true
    }

}

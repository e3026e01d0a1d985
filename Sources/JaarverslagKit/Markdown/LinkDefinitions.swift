/// Link reference definitions (`[label]: https://…`) that would vanish from the report.
///
/// cmark consumes a definition and keeps nothing of it but the links that use it, and it
/// says nowhere which lines it consumed. So every line that could start a definition is put
/// to cmark itself: the body is parsed again with that one `[` escaped. When the result is the
/// same, the line was ordinary text; when it differs, the line was a definition, and it was
/// used exactly when escaping it costs the body a link. Real fragments have no such lines;
/// more than `maxProbes` is reported rather than parsed again and again.
enum LinkDefinitions {
    static let maxProbes = 100

    struct Dropped {
        /// 1-based line of the body and byte column of the `[`.
        var line: Int
        var column: Int
        var label: String
        /// `[^1]: …`: a footnote in other Markdown dialects.
        var isFootnote: Bool
        /// Past `maxProbes`: not checked, reported as such.
        var unchecked: Bool = false
    }

    static func dropped(in body: String, lines: [Substring], blocks: [Block], parse: (String) -> [Block]) -> [Dropped] {
        let candidates = lines.enumerated().compactMap { index, line in
            candidate(line).map { (line: index, offset: $0.offset, label: $0.label) }
        }
        guard !candidates.isEmpty else { return [] }
        let links = linkCount(blocks)
        var dropped: [Dropped] = []
        for (number, candidate) in candidates.enumerated() {
            let isFootnote = candidate.label.hasPrefix("^")
            guard number < maxProbes else {
                dropped.append(
                    Dropped(
                        line: candidate.line + 1, column: candidate.offset + 1, label: candidate.label, isFootnote: isFootnote,
                        unchecked: true))
                break
            }
            var probe = lines
            let line = lines[candidate.line]
            let bracket = line.utf8.index(line.utf8.startIndex, offsetBy: candidate.offset)
            probe[candidate.line] = Substring(String(line[..<bracket]) + "\\" + String(line[bracket...]))
            let reparsed = parse(probe.joined(separator: "\n"))
            guard reparsed != blocks else { continue }
            if isFootnote || linkCount(reparsed) >= links {
                dropped.append(
                    Dropped(line: candidate.line + 1, column: candidate.offset + 1, label: candidate.label, isFootnote: isFootnote))
            }
        }
        return dropped
    }

    /// Where a line could start a definition: after at most three spaces and any quote and
    /// list markers, `[label]:`. The byte offset of the `[` and the label.
    static func candidate(_ line: Substring) -> (offset: Int, label: String)? {
        guard line.containsBytes("]:") else { return nil }
        let bytes = Array(line.utf8)
        var index = 0
        var progressed = true
        while progressed {
            progressed = false
            var spaces = 0
            while index < bytes.count, bytes[index] == 32, spaces < 4 {
                index += 1
                spaces += 1
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                progressed = true
            } else if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index]), index + 1 < bytes.count,
                bytes[index + 1] == 32
            {
                index += 2
                progressed = true
            } else {
                var digits = index
                while digits < bytes.count, digits - index < 9, (48...57).contains(bytes[digits]) { digits += 1 }
                if digits > index, digits + 1 < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
                    bytes[digits + 1] == 32
                {
                    index = digits + 2
                    progressed = true
                }
            }
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "["),
            let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "]")), close > index + 1,
            close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: ":")
        else { return nil }
        return (index, String(decoding: bytes[(index + 1)..<close], as: UTF8.self))
    }

    private static func linkCount(_ blocks: [Block]) -> Int {
        blocks.reduce(0) { $0 + $1.inlineRuns.reduce(0) { $0 + $1.linkDestinations.count } }
    }
}

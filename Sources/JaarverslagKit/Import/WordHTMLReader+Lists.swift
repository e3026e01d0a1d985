/// Word's own lists in clipboard HTML: the `mso-list` style of a paragraph, the list formats
/// in the style sheet, and the number or letter Word drew.
extension WordHTMLReader {
    /// `mso-list:l0 level2 lfo1` → list `l0`, level 1 (0-based), instance `lfo1`.
    static func msoList(_ style: String) -> (list: String, level: Int, instance: String)? {
        guard let range = style.range(of: "mso-list:") else { return nil }
        let value = style[range.upperBound...].prefix { $0 != ";" && $0 != "'" && $0 != "\"" }
        let parts = value.split(whereSeparator: { $0.isWhitespace })
        guard let list = parts.first(where: { $0.hasPrefix("l") && Int($0.dropFirst()) != nil }),
            let level = parts.first(where: { $0.hasPrefix("level") }).flatMap({ Int($0.dropFirst(5)) }), level >= 1
        else { return nil }
        let instance = parts.first { $0.hasPrefix("lfo") }.map(String.init) ?? String(list)
        return (String(list), min(level - 1, 8), instance)
    }

    /// `@list l0:level1 {mso-level-number-format:alpha-lower; …}` in Word's style sheet.
    mutating func readListFormats(_ css: String) {
        var rest = Substring(css)
        while let start = rest.range(of: "@list ") {
            let after = rest[start.upperBound...]
            guard let open = after.firstIndex(of: "{"), let close = after[open...].firstIndex(of: "}") else { break }
            let name = after[..<open].trimmingCharacters(in: .whitespacesAndNewlines)
            let body = after[open..<close]
            if let format = body.range(of: "mso-level-number-format:") {
                listFormats[name] = String(body[format.upperBound...].prefix { $0 != ";" && $0 != "}" }).trimmingCharacters(
                    in: .whitespaces)
            }
            rest = after[close...]
        }
    }

    /// A Word list paragraph's kind and number: the format from the style sheet, else from
    /// the marker Word drew; the number from the marker, else counted.
    mutating func wordListMark(_ list: (list: String, level: Int, instance: String)) -> ListMark {
        let format = listFormats["\(list.list):level\(list.level + 1)"]
        let drawn = marker ?? ""
        var kind: ListMark.Kind
        switch format {
        case "bullet", "image": kind = .bullet
        case "alpha-lower", "alpha-upper": kind = .letter
        case "roman-lower", "roman-upper":
            kind = .decimal
            ledger.pend(.importNumbering, WordDocumentReader.Messages.numberFormat(format ?? ""))
        case .some: kind = .decimal
        case nil:
            let stripped = drawn.trimmingCharacters(in: .punctuationCharacters)
            if let first = stripped.first, first.isNumber {
                kind = .decimal
            } else if stripped.count == 1, stripped.first!.isLetter,
                drawn.count > 1
            {
                kind = .letter
            } else {
                kind = .bullet
            }
        }
        let key = "\(list.instance):\(list.level)"
        var number = (wordNumbers[key] ?? 0) + 1
        let digits = drawn.prefix { $0.isNumber }
        if kind == .decimal, let drawnNumber = Int(digits) { number = drawnNumber }
        if kind == .letter, let letter = drawn.lowercased().first, let value = letter.asciiValue, (97...122).contains(value) {
            number = Int(value) - 96
        }
        if wordSequences[key] == nil || number <= (wordNumbers[key] ?? 0) {
            wordSequences[key] = nextSequence
            nextSequence += 1
        }
        // A deeper level starts again under a new item.
        for other in wordNumbers.keys where other.hasPrefix("\(list.instance):") {
            if let level = Int(other.split(separator: ":").last ?? ""), level > list.level {
                wordNumbers[other] = nil
                wordSequences[other] = nil
            }
        }
        wordNumbers[key] = number
        return ListMark(level: list.level, kind: kind, number: number, sequence: wordSequences[key]!)
    }
}

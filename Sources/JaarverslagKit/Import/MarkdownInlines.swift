/// Writes runs as CommonMark inline text: `**bold**`, `*italic*`, `[text](address)`, with
/// everything else escaped so that it reads back as the same words. Escapes are kept to what
/// CommonMark needs, so the fragment stays readable: `R&D` and `snake_case` stay as they are.
enum MarkdownInlines {
    /// `atLineStart`: the text begins a line of the fragment, where `#`, `>`, `- ` and `1. `
    /// would start a block. `indent` goes after each manual line break.
    static func write(_ runs: [ImportedRun], indent: String, bold: Bool = true, italic: Bool = true, links: Bool = true) -> String {
        var output = ""
        var index = 0
        while index < runs.count {
            let link = links ? runs[index].link : nil
            var end = index + 1
            while end < runs.count, (links ? runs[end].link : nil) == link { end += 1 }
            let group = runs[index..<end].map { run in
                ImportedRun(text: run.text, bold: bold && run.bold, italic: italic && run.italic, link: nil)
            }
            let text = formatted(group, indent: indent)
            if let link, !text.isOnlyWhitespacesAndNewlines {
                let (lead, core, trail) = splitWhitespace(text)
                output += lead + "[" + core + "](" + destination(link) + ")" + trail
            } else {
                output += text
            }
            index = end
        }
        return escapeLineStarts(output, indent: indent)
    }

    /// Bold and italic as nested delimiters, opened and closed next to non-space characters
    /// (CommonMark ignores `** word**`).
    private static func formatted(_ runs: [ImportedRun], indent: String) -> String {
        var output = ""
        var open: [String] = []  // "**" and/or "*", outermost first
        var pendingSpace = ""
        for run in runs {
            let (lead, core, trail) = splitWhitespace(run.text)
            if core.isEmpty {
                pendingSpace += whitespace(lead + trail, indent: indent)
                continue
            }
            var wanted: [String] = []
            if run.bold { wanted.append("**") }
            if run.italic { wanted.append("*") }
            // Close from the innermost until what stays open is a prefix of what is wanted.
            while !open.isEmpty, !wanted.starts(with: open) {
                output += open.removeLast()
            }
            output += pendingSpace + whitespace(lead, indent: indent)
            pendingSpace = ""
            for delimiter in wanted.dropFirst(open.count) {
                output += delimiter
                open.append(delimiter)
            }
            output += escape(core, indent: indent)
            pendingSpace = whitespace(trail, indent: indent)
        }
        while let delimiter = open.popLast() { output += delimiter }
        return output + pendingSpace
    }

    private static func whitespace(_ text: String, indent: String) -> String {
        text.containsByte(10) ? text.replacingOccurrences(of: "\n", with: "\n" + indent) : text
    }

    static func splitWhitespace(_ text: String) -> (String, String, String) {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return (text, "", "") }
        let end = text.lastIndex(where: { !$0.isWhitespace }).map(text.index(after:)) ?? text.endIndex
        return (String(text[..<start]), String(text[start..<end]), String(text[end...]))
    }

    /// The characters `escape` may have to change; most text has none of them.
    private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "[", "]", "<", "_", "&", "\n": return true
        default: return false
        }
    }

    /// Backslash-escapes what CommonMark would read as markup inside a line.
    static func escape(_ text: String, indent: String) -> String {
        // Every special character is ASCII: its byte cannot be part of another character.
        guard text.withUTF8Bytes({ $0.contains { $0 < 0x80 && isSpecial(Unicode.Scalar($0)) } }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        output.reserveCapacity(scalars.count + 8)
        func isWordCharacter(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            return scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
        }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "[", "]", "<":
                output.append("\\")
                output.append(scalar)
            case "_":
                if !(isWordCharacter(index - 1) && isWordCharacter(index + 1)) { output.append("\\") }
                output.append(scalar)
            case "&":
                if startsEntity(scalars, at: index) { output.append("\\") }
                output.append(scalar)
            case "\n":
                output.append(scalar)
                output.append(contentsOf: indent.unicodeScalars)
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// `&amp;`, `&#123;`, `&#x1F;`: what CommonMark would turn into a character.
    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var cursor = index + 1
        var length = 0
        if cursor < scalars.count, scalars[cursor] == "#" { cursor += 1 }
        while cursor < scalars.count, scalars[cursor].isASCII,
            scalars[cursor].properties.isAlphabetic || ("0"..."9").contains(scalars[cursor]),
            length < 32
        {
            cursor += 1
            length += 1
        }
        return length > 0 && cursor < scalars.count && scalars[cursor] == ";"
    }

    /// Escapes the first character of each line where it would start a block: a heading, a
    /// quote, a bullet, a numbered item (`2023. `), a code fence, a setext underline.
    /// A line after a manual line break starts with `indent` (the `> ` of a quote, the spaces
    /// of a list item), which is markup of the block, not text: what follows it is escaped.
    static func escapeLineStarts(_ text: String, indent: String = "") -> String {
        guard text.containsByte(10) else { return escapeLineStart(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            guard index > 0, !indent.isEmpty, line.hasPrefix(indent) else { return escapeLineStart(String(line), continuation: index > 0) }
            return indent + escapeLineStart(String(line.dropFirst(indent.count)), continuation: true)
        }.joined(separator: "\n")
    }

    /// One line: `continuation` when it follows a line break inside the paragraph, where a
    /// line of `=` would underline the line before as a heading.
    private static func escapeLineStart(_ line: String, continuation: Bool = false) -> String {
        let indentation = line.prefix { $0 == " " }
        let body = line[indentation.endIndex...]
        guard let first = body.first else { return line }
        var escaped: String?
        switch first {
        case "#", ">", "~", "|":
            escaped = "\\" + body
        case "=":
            if continuation { escaped = "\\" + body }
        case "+", "-":
            let second = body.dropFirst().first
            if second == nil || second == " " || second == "-" { escaped = "\\" + body }
        case "0"..."9":
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            let rest = body.dropFirst(digits.count)
            if digits.count <= 9, let marker = rest.first, marker == "." || marker == ")" {
                let after = rest.dropFirst().first
                if after == nil || after == " " { escaped = String(digits) + "\\" + rest }
            }
        default: break
        }
        return escaped.map { String(indentation) + $0 } ?? line
    }

    /// A link address as CommonMark reads it back unchanged. A space or angle bracket cannot
    /// stand in one: `LinkTarget` has already encoded them in every address the importer reads.
    static func destination(_ address: String) -> String {
        let address = LinkTarget.encoded(address)
        // Most addresses hold none of these characters (each one ASCII, so a byte).
        let special = address.withUTF8Bytes { bytes in
            bytes.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "\\") }
        }
        guard special else { return address }
        var output = ""
        for character in address {
            if character == "(" || character == ")" || character == "\\" { output += "\\" }
            output.append(character)
        }
        return output
    }
}

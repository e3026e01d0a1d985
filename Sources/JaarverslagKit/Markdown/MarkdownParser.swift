import CCmark

/// Parses a fragment body with cmark and keeps the part of CommonMark a report can show.
/// Everything else is collected as `UnsupportedMarkup` for validation to report; nothing is
/// dropped silently.
struct MarkdownParser {
    /// Sub-headings deeper than `##` have no place in a section of an annual report.
    static let maxHeadingLevel = 2
    /// Lists in lists in quotes: deeper than this is not a report but an attack on the stack.
    static let maxNesting = 24

    /// What a body turned into, and what is wrong with it.
    struct Parsed {
        var blocks: [Block]
        var unsupported: [UnsupportedMarkup]
        /// Where the nesting first went deeper than `maxNesting`.
        var tooDeep: TextLocation?
        /// Where the body first went over `ReportLimits.blocksPerFragment` or `markupPerFragment`.
        var tooMany: TextLocation?
        /// Characters XML forbids that cmark decoded from character references (`&#1;`).
        var forbidden: [CharacterReference]
    }

    /// A numeric character reference that stands for a character XML 1.0 forbids.
    struct CharacterReference: Hashable, Sendable {
        var scalar: Unicode.Scalar
        /// As written, `&#x1B;`; empty when the place of the reference could not be found.
        var written: String
        var location: TextLocation
    }

    let path: String
    /// File lines before the body, so that locations are file locations.
    let lineOffset: Int
    private let lines: [Substring]
    private var unsupported: [UnsupportedMarkup] = []
    private var tooDeep: TextLocation?
    private var tooMany: TextLocation?
    private var forbidden: [CharacterReference] = []
    private var blockCount = 0
    private var markupCount = 0
    /// Set while reading a block's text when cmark decoded a forbidden character in it.
    private var sawForbidden: Unicode.Scalar?
    /// Set when the decoded text holds U+FFFD: cmark writes `&#xFFFE;` as a byte that is not
    /// UTF-8, which reads back as U+FFFD, so the reference is looked for in the source.
    private var sawReplacement = false

    init(path: String, body: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
        self.lines = body.lines
    }

    static func parse(_ body: String, path: String, lineOffset: Int) -> Parsed {
        var parser = MarkdownParser(path: path, body: body, lineOffset: lineOffset)
        guard let blocks = parser.blocks(of: body) else { return Parsed(blocks: [], unsupported: [], forbidden: []) }
        var unsupported = parser.unsupported
        unsupported += LinkDefinitions.dropped(in: body, lines: parser.lines, blocks: blocks) { text in
            var probe = MarkdownParser(path: path, body: text, lineOffset: lineOffset)
            return probe.blocks(of: text) ?? []
        }.map { dropped in
            let kind: UnsupportedMarkup.Kind = dropped.unchecked ? .manyDefinitions : dropped.isFootnote ? .footnote : .unusedDefinition
            return UnsupportedMarkup(kind, at: parser.location(line: dropped.line, column: dropped.column), text: "[\(dropped.label)]")
        }
        return Parsed(
            blocks: LetteredLists.apply(to: blocks), unsupported: onePerLine(unsupported), tooDeep: parser.tooDeep,
            tooMany: parser.tooMany, forbidden: parser.forbidden)
    }

    /// The blocks of a body, before lettered lists are found; nil when cmark cannot parse it.
    private mutating func blocks(of body: String) -> [Block]? {
        guard let tree = CmarkTree(markdown: body) else { return nil }
        return blocks(tree.document.children, depth: 0, inList: false)
    }

    /// `<b>bold</b>` is two HTML nodes but one mistake: report each kind once per line.
    private static func onePerLine(_ items: [UnsupportedMarkup]) -> [UnsupportedMarkup] {
        var seen: Set<String> = []
        return items.filter { seen.insert("\($0.kind.rawValue):\($0.location.line)").inserted }
    }

    private func location(_ node: CmarkNode) -> TextLocation {
        location(line: node.startLine, column: node.startColumn)
    }

    /// A file location from a line of the body and a byte column in it, as cmark counts.
    fileprivate func location(line: Int, column byteColumn: Int) -> TextLocation {
        var column = byteColumn
        if line >= 1, line <= lines.count, column > 1 {
            let utf8 = lines[line - 1].utf8
            column = String(decoding: utf8.prefix(column - 1), as: UTF8.self).count + 1
        }
        return TextLocation(path: path, line: line + lineOffset, column: max(column, 1))
    }

    private mutating func blocks(_ nodes: [CmarkNode], depth: Int, inList: Bool) -> [Block] {
        if depth > Self.maxNesting {
            if tooDeep == nil, let first = nodes.first { tooDeep = location(first) }
            return []
        }
        var result: [Block] = []
        for node in nodes {
            let here = location(node)
            blockCount += 1
            if blockCount > ReportLimits.blocksPerFragment, tooMany == nil { tooMany = here }
            switch node.type {
            case CMARK_NODE_PARAGRAPH:
                if looksLikeTable(node) { unsupported.append(UnsupportedMarkup(.table, at: here)) }
                result.append(Block(.paragraph(text(of: node, depth: depth)), at: here))
            case CMARK_NODE_HEADING:
                if inList {
                    unsupported.append(UnsupportedMarkup(.headingInList, at: here))
                } else if node.headingLevel > Self.maxHeadingLevel {
                    unsupported.append(UnsupportedMarkup(.deepHeading, at: here, level: node.headingLevel))
                }
                result.append(
                    Block(.heading(level: min(node.headingLevel, Self.maxHeadingLevel), text(of: node, depth: depth)), at: here))
            case CMARK_NODE_LIST:
                let items = node.children.map { item in
                    ListItem(blocks: blocks(item.children, depth: depth + 1, inList: true), at: location(item))
                }
                result.append(Block(node.isOrderedList ? .orderedList(start: node.listStart, items) : .bulletList(items), at: here))
            case CMARK_NODE_BLOCK_QUOTE:
                result.append(Block(.blockQuote(blocks(node.children, depth: depth + 1, inList: true)), at: here))
            case CMARK_NODE_HTML_BLOCK:
                unsupported.append(UnsupportedMarkup(.html, at: here))
            case CMARK_NODE_CODE_BLOCK:
                unsupported.append(UnsupportedMarkup(.code, at: here))
            case CMARK_NODE_THEMATIC_BREAK:
                unsupported.append(UnsupportedMarkup(.thematicBreak, at: here))
            default:
                unsupported.append(UnsupportedMarkup(.html, at: here))
            }
        }
        return result
    }

    /// The inline content of a paragraph or heading, with what cmark decoded checked.
    private mutating func text(of block: CmarkNode, depth: Int) -> [Inline] {
        sawForbidden = nil
        sawReplacement = false
        let result = inlines(block.children, depth: depth)
        if sawForbidden != nil || sawReplacement { locateReferences(in: block, decoded: sawForbidden) }
        let lineRange = max(block.startLine, 1)...max(block.endLine, block.startLine, 1)
        // `\[^1\]` is the writer's way of saying the brackets are text: only an unescaped `[^` counts.
        let mayHaveFootnote = lineRange.contains { $0 <= lines.count && Self.unescapedFootnoteStart(in: lines[$0 - 1]) != nil }
        if mayHaveFootnote, let footnote = Self.footnoteReference(in: result) {
            let column = lines.indices.contains(block.startLine - 1) ? Self.unescapedFootnoteStart(in: lines[block.startLine - 1]) : nil
            let byteColumn = column.map {
                lines[block.startLine - 1].utf8.distance(from: lines[block.startLine - 1].utf8.startIndex, to: $0) + 1
            }
            unsupported.append(
                UnsupportedMarkup(.footnote, at: location(line: block.startLine, column: byteColumn ?? block.startColumn), text: footnote))
        }
        return result
    }

    private mutating func inlines(_ nodes: [CmarkNode], depth: Int) -> [Inline] {
        if depth > Self.maxNesting * 4 {
            if tooDeep == nil, let first = nodes.first { tooDeep = inlineLocation(first) }
            return []
        }
        var result: [Inline] = []
        for node in nodes {
            switch node.type {
            case CMARK_NODE_TEXT:
                let literal = node.literal
                check(literal)
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + literal)
                } else {
                    result.append(.text(literal))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                result.append(.softBreak)
            case CMARK_NODE_EMPH:
                countMarkup(node)
                result.append(.emphasis(inlines(node.children, depth: depth + 1)))
            case CMARK_NODE_STRONG:
                countMarkup(node)
                result.append(.strong(inlines(node.children, depth: depth + 1)))
            case CMARK_NODE_LINK:
                countMarkup(node)
                check(node.url)
                result.append(.link(destination: node.url, inlines(node.children, depth: depth + 1)))
            case CMARK_NODE_IMAGE:
                unsupported.append(UnsupportedMarkup(.image, at: inlineLocation(node)))
            case CMARK_NODE_CODE:
                unsupported.append(UnsupportedMarkup(.code, at: inlineLocation(node)))
                result.append(.text(node.literal))
            default:
                unsupported.append(UnsupportedMarkup(.html, at: inlineLocation(node)))
            }
        }
        return result
    }

    private mutating func countMarkup(_ node: CmarkNode) {
        markupCount += 1
        if markupCount > ReportLimits.markupPerFragment, tooMany == nil { tooMany = inlineLocation(node) }
    }

    /// Notes a character XML forbids in text cmark decoded; `locateReferences` finds where.
    private mutating func check(_ decoded: String) {
        if sawForbidden == nil, let scalar = XMLCharacters.firstForbidden(in: decoded) { sawForbidden = scalar }
        if !sawReplacement, decoded.containsBytes("\u{FFFD}") { sawReplacement = true }
    }

    /// Finds the numeric character references in a block's lines that stand for a forbidden
    /// character. A link that uses a definition (`[a]` with `[a]: https://…&#1;` elsewhere)
    /// holds what cmark decoded on the definition's lines, so those are looked at next. A
    /// forbidden character written as itself is found by `ForbiddenCharacterRule` on the file's
    /// text; one that is neither is reported at the block.
    private mutating func locateReferences(in block: CmarkNode, decoded: Unicode.Scalar?) {
        let range = max(block.startLine, 1)...max(block.endLine, block.startLine, 1)
        var raw = false
        for number in range where number <= lines.count {
            raw = raw || XMLCharacters.firstForbidden(in: lines[number - 1]) != nil
        }
        var found = noteReferences(onLines: Array(range))
        if !found && !raw {
            // A definition's destination and title may follow on the next two lines.
            let definitionLines = lines.indices.filter { LinkDefinitions.candidate(lines[$0]) != nil }
                .flatMap { index in (index + 1)...(index + 3) }
            found = noteReferences(onLines: Array(Set(definitionLines)).sorted())
        }
        if !found && !raw, let decoded {
            forbidden.append(CharacterReference(scalar: decoded, written: "", location: location(block)))
        }
    }

    /// Notes each reference to a forbidden character on the given 1-based lines, once however
    /// many blocks lead to it. Whether there was any.
    private mutating func noteReferences(onLines numbers: [Int]) -> Bool {
        var found = false
        for number in numbers where number <= lines.count {
            for reference in CharacterReferences.numeric(in: lines[number - 1]) where XMLCharacters.isForbidden(reference.scalar) {
                found = true
                let noted = CharacterReference(
                    scalar: reference.scalar, written: reference.written, location: location(line: number, column: reference.byteOffset + 1)
                )
                if !forbidden.contains(noted) { forbidden.append(noted) }
            }
        }
        return found
    }

    /// Where the first `[^` of a line starts whose `[` no backslash escapes (an odd number of
    /// backslashes before it escapes it), as a UTF-8 index.
    static func unescapedFootnoteStart(in line: Substring) -> Substring.UTF8View.Index? {
        let bytes = line.utf8
        guard line.containsBytes("[^") else { return nil }
        var backslashes = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == UInt8(ascii: "["), backslashes % 2 == 0, next < bytes.endIndex, bytes[next] == UInt8(ascii: "^") { return index }
            backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
            index = next
        }
        return nil
    }

    /// `[^1]` in a paragraph's text: the footnote syntax of other Markdown dialects, which
    /// CommonMark prints as it stands.
    private static func footnoteReference(in inlines: [Inline]) -> String? {
        let text = inlines.plainText
        guard text.containsBytes("[^"), let start = text.firstRange(of: "[^") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "]"), end > rest.startIndex,
            !rest[..<end].contains(where: { $0 == " " || $0 == "[" })
        else { return nil }
        return "[^" + rest[..<end] + "]"
    }

    /// The position cmark gives an inline node, or its enclosing block's.
    private func inlineLocation(_ node: CmarkNode) -> TextLocation {
        var current: OpaquePointer? = node.pointer
        while let pointer = current {
            let candidate = CmarkNode(pointer: pointer)
            if candidate.startLine > 0 { return location(candidate) }
            current = cmark_node_parent(pointer)
        }
        return TextLocation(path: path, line: lineOffset + 1, column: 1)
    }

    /// A GitHub-style table is a plain paragraph to CommonMark; its `|---|---|` row gives it away.
    private func looksLikeTable(_ node: CmarkNode) -> Bool {
        let range = max(node.startLine, 1)...max(node.endLine, node.startLine, 1)
        return range.contains { number in
            guard number <= lines.count else { return false }
            let line = lines[number - 1]
            guard line.containsByte(124), line.containsBytes("---") else { return false }
            return line.allSatisfy { "|-: \t".contains($0) }
        }
    }
}

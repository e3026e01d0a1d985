import CCmark

/// Parses a fragment body with cmark and keeps the part of CommonMark a report can show.
/// Everything else is collected as `UnsupportedMarkup` for validation to report; nothing is
/// dropped silently.
struct MarkdownParser {
    /// Sub-headings deeper than `##` have no place in a section of an annual report.
    static let maxHeadingLevel = 2
    /// Lists in lists in quotes: deeper than this is not a report but an attack on the stack.
    static let maxNesting = 24

    let path: String
    /// File lines before the body, so that locations are file locations.
    let lineOffset: Int
    private let lines: [Substring]
    private(set) var unsupported: [UnsupportedMarkup] = []
    private(set) var tooDeep: TextLocation?

    init(path: String, body: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
        self.lines = body.lines
    }

    static func parse(_ body: String, path: String, lineOffset: Int) -> (
        blocks: [Block], unsupported: [UnsupportedMarkup], tooDeep: TextLocation?
    ) {
        var parser = MarkdownParser(path: path, body: body, lineOffset: lineOffset)
        guard let tree = CmarkTree(markdown: body) else { return ([], [], nil) }
        let blocks = parser.blocks(tree.document.children, depth: 0, inList: false)
        return (LetteredLists.apply(to: blocks), onePerLine(parser.unsupported), parser.tooDeep)
    }

    /// `<b>bold</b>` is two HTML nodes but one mistake: report each kind once per line.
    private static func onePerLine(_ items: [UnsupportedMarkup]) -> [UnsupportedMarkup] {
        var seen: Set<String> = []
        return items.filter { seen.insert("\($0.kind.rawValue):\($0.location.line)").inserted }
    }

    private func location(_ node: CmarkNode) -> TextLocation {
        let line = node.startLine
        var column = node.startColumn
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
            switch node.type {
            case CMARK_NODE_PARAGRAPH:
                if looksLikeTable(node) { unsupported.append(UnsupportedMarkup(.table, at: here)) }
                result.append(Block(.paragraph(inlines(node.children, depth: depth)), at: here))
            case CMARK_NODE_HEADING:
                if inList {
                    unsupported.append(UnsupportedMarkup(.headingInList, at: here))
                } else if node.headingLevel > Self.maxHeadingLevel {
                    unsupported.append(UnsupportedMarkup(.deepHeading, at: here, level: node.headingLevel))
                }
                result.append(
                    Block(.heading(level: min(node.headingLevel, Self.maxHeadingLevel), inlines(node.children, depth: depth)), at: here))
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

    private mutating func inlines(_ nodes: [CmarkNode], depth: Int) -> [Inline] {
        if depth > Self.maxNesting * 4 {
            if tooDeep == nil, let first = nodes.first { tooDeep = location(first) }
            return []
        }
        var result: [Inline] = []
        for node in nodes {
            switch node.type {
            case CMARK_NODE_TEXT:
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + node.literal)
                } else {
                    result.append(.text(node.literal))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                result.append(.softBreak)
            case CMARK_NODE_EMPH:
                result.append(.emphasis(inlines(node.children, depth: depth + 1)))
            case CMARK_NODE_STRONG:
                result.append(.strong(inlines(node.children, depth: depth + 1)))
            case CMARK_NODE_LINK:
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

    /// cmark 0.30 gives inline nodes no reliable position; use the enclosing block's start.
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

/// The body of a section in HTML: paragraphs, lists (lettered lists as `ol type="a"`),
/// quotes, the member list, and the inline markup inside them.
extension HTMLRenderer {
    /// One block; `level` is the heading level of the section it is in.
    func write(_ block: Block, level: Int, to writer: XMLWriter) {
        writeMarked(block.revision, to: writer) { writeUnmarked(block, level: level, to: writer) }
    }

    private func writeUnmarked(_ block: Block, level: Int, to writer: XMLWriter) {
        switch block.kind {
        case .paragraph(let inlines):
            writer.startLine("p")
            write(inlines, to: writer)
            writer.endLine()
        case .heading(_, let inlines):
            // Headings become sections in assembly; one left here is inside a list or skips a
            // level, and is shown one level below its section so the heading order holds.
            writer.startLine("h\(min(level + 1, 6))")
            write(inlines, to: writer)
            writer.endLine()
        case .bulletList(let items):
            writeList("ul", attributes: [], items: items, level: level, to: writer)
        case .orderedList(let start, let items):
            writeList("ol", attributes: start == 1 ? [] : [("start", String(start))], items: items, level: level, to: writer)
        case .letteredList(let items):
            writeList("ol", attributes: [("type", "a")], items: items, level: level, to: writer)
        case .blockQuote(let blocks):
            writer.startBlock("blockquote")
            for inner in blocks { write(inner, level: level, to: writer) }
            writer.endBlock()
        case .memberList(let members):
            writer.startLine("p", attributes: [("class", "leden")])
            writer.text(members.lead)
            for (index, city) in members.cities.enumerated() {
                writer.text(DutchEnumeration.separator(before: index, of: members.cities.count))
                if members.joined.contains(city) { writer.startInline("ins") }
                writer.text(city)
                if members.joined.contains(city) { writer.endInline() }
            }
            writer.text(".")
            writer.endLine()
        }
    }

    func writeList(_ name: String, attributes: [(String, String)], items: [ListItem], level: Int, to writer: XMLWriter) {
        writer.startBlock(name, attributes: attributes)
        for item in items {
            // A tight item (one paragraph) is written without `p`, as a browser expects.
            if item.blocks.count == 1, case .paragraph(let inlines) = item.blocks[0].kind {
                writer.startLine("li")
                write(inlines, to: writer)
                writer.endLine()
                continue
            }
            writer.startBlock("li")
            for inner in item.blocks { write(inner, level: level, to: writer) }
            writer.endBlock()
        }
        writer.endBlock()
    }

    func write(_ inlines: [Inline], to writer: XMLWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                writer.text(text)
            case .softBreak:
                writer.text(" ")
            case .emphasis(let children):
                writer.startInline("em")
                write(children, to: writer)
                writer.endInline()
            case .strong(let children):
                writer.startInline("strong")
                write(children, to: writer)
                writer.endInline()
            case .link(let destination, let children):
                writer.startInline("a", attributes: [("href", LinkAddress.uri(destination))])
                write(children, to: writer)
                writer.endInline()
            case .revised(let revision, let children):
                writer.startInline(revision == .deleted ? "del" : "ins")
                write(children, to: writer)
                writer.endInline()
            }
        }
    }
}

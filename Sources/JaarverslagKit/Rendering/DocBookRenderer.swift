/// Writes the report as a DocBook 5.0 `book` through libxml2's text writer.
///
/// Everything the diff needs to read a year back is kept in the XML: group ids as `xml:id`,
/// and the rest as `DocBookRenderer+Metadata` describes it. Titles are plain `title` children,
/// never inside `info`: pandoc takes any `info/title` for the book's title.
///
/// A report that shows its changes since an earlier year (`Revision`s in the model) is
/// marked in the convention of DocBook XSL's `show.revisionflag`: `revisionflag` on the
/// changed elements and `<phrase revisionflag="…">` around changed words, which also carry
/// a struck-out or underlined `emphasis` for the tools that ignore `revisionflag`. A deleted
/// element's `xml:id` is prefixed with `verwijderd.`, so that it cannot clash with a new one.
public struct DocBookRenderer: Renderer {
    public static let namespace = "http://docbook.org/ns/docbook"
    public static let xlinkNamespace = "http://www.w3.org/1999/xlink"
    static let deletedPrefix = "verwijderd."

    public init() {}

    public var fileExtension: String { "xml" }

    public func render(_ report: Report) throws(RenderRefusal) -> String {
        let writer = XMLWriter()
        writer.startBlock(
            "book",
            attributes: [
                ("xmlns", Self.namespace), ("xmlns:xlink", Self.xlinkNamespace), ("version", "5.0"),
                ("xml:lang", "nl"), ("xml:id", "jaarverslag-\(report.year)"),
            ] + (report.isDraft ? [("status", "draft")] : []))
        writeInfo(report, to: writer)
        if let foreword = report.foreword { write(foreword, to: writer) }
        for chapter in report.chapters { write(chapter, to: writer) }
        writer.endBlock()
        return try writer.finishedDocument()
    }

    func write(_ foreword: Foreword, to writer: XMLWriter) {
        var attributes = [("xml:id", foreword.id)]
        if let revision = foreword.revision { attributes.append(("revisionflag", revision.rawValue)) }
        writer.startBlock("preface", attributes: attributes)
        writer.line("title", foreword.title)
        write(foreword.content, to: writer)
        if let signature = foreword.signature { write(signature, to: writer) }
        writer.endBlock()
    }

    func write(_ chapter: Chapter, to writer: XMLWriter) {
        let id = (chapter.kind == .appendix ? "bijlage." : "hoofdstuk.") + chapter.id
        var attributes = [("xml:id", chapter.revision == .deleted ? Self.deletedPrefix + id : id)]
        if let number = chapter.number { attributes.append(("label", String(number))) }
        if let revision = chapter.revision { attributes.append(("revisionflag", revision.rawValue)) }
        writer.startBlock(chapter.kind == .appendix ? "appendix" : "chapter", attributes: attributes)
        writer.line("title", chapter.title)
        if let origin = chapter.introGroup { write(origin, introOf: true, to: writer) }
        write(chapter.intro, to: writer)
        for section in chapter.sections { write(section, to: writer) }
        writer.endBlock()
    }

    func write(_ section: Section, to writer: XMLWriter) {
        var attributes = [("xml:id", section.revision == .deleted ? Self.deletedPrefix + section.id : section.id)]
        if section.origin?.status == .draft { attributes.append(("status", "draft")) }
        if let revision = section.revision { attributes.append(("revisionflag", revision.rawValue)) }
        writer.startBlock("section", attributes: attributes)
        writer.line("title", section.title)
        if let origin = section.origin { write(origin, introOf: false, to: writer) }
        write(section.content, to: writer)
        writer.endBlock()
    }

    func write(_ content: SectionContent, to writer: XMLWriter) {
        for block in content.blocks { write(block, to: writer) }
        for subsection in content.subsections { write(subsection, to: writer) }
    }

    func write(_ block: Block, to writer: XMLWriter) {
        let marks = block.revision.map { [("revisionflag", $0.rawValue)] } ?? []
        switch block.kind {
        case .paragraph(let inlines):
            writer.startLine("para", attributes: marks)
            write(inlines, to: writer)
            writer.endLine()
        case .heading(_, let inlines):
            // Headings become sections in assembly; one left here is inside a list and was reported.
            writer.startLine("bridgehead", attributes: marks)
            write(inlines, to: writer)
            writer.endLine()
        case .bulletList(let items):
            writeList("itemizedlist", attributes: marks, items: items, to: writer)
        case .orderedList(let start, let items):
            writeList("orderedlist", attributes: (start == 1 ? [] : [("startingnumber", String(start))]) + marks, items: items, to: writer)
        case .letteredList(let items):
            writeList("orderedlist", attributes: [("numeration", "loweralpha")] + marks, items: items, to: writer)
        case .blockQuote(let blocks):
            writer.startBlock("blockquote", attributes: marks)
            for inner in blocks { write(inner, to: writer) }
            writer.endBlock()
        case .memberList(let members):
            writer.startLine("para", attributes: [("role", "members")] + marks)
            writer.text(members.lead)
            for (index, city) in members.cities.enumerated() {
                if index > 0 { writer.text(index == members.cities.count - 1 ? " en " : ", ") }
                var attributes = [("role", "member")]
                if members.joined.contains(city) { attributes.append(("revisionflag", Revision.added.rawValue)) }
                writer.startInline("phrase", attributes: attributes)
                writer.text(city)
                writer.endInline()
            }
            writer.text(".")
            writer.endLine()
        }
    }

    func writeList(_ name: String, attributes: [(String, String)], items: [ListItem], to writer: XMLWriter) {
        writer.startBlock(name, attributes: attributes)
        for item in items {
            writer.startBlock("listitem")
            if item.blocks.isEmpty {
                writer.line("para", "")
            }
            for inner in item.blocks { write(inner, to: writer) }
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
                writer.startInline("emphasis")
                write(children, to: writer)
                writer.endInline()
            case .strong(let children):
                writer.startInline("emphasis", attributes: [("role", "strong")])
                write(children, to: writer)
                writer.endInline()
            case .link(let destination, let children):
                writer.startInline("link", attributes: [("xlink:href", LinkAddress.uri(destination))])
                write(children, to: writer)
                writer.endInline()
            case .revised(let revision, let children):
                // `revisionflag` for DocBook XSL's show.revisionflag; the role and the struck-out
                // or underlined emphasis for tools that ignore it (pandoc keeps both).
                writer.startInline("phrase", attributes: [("revisionflag", revision.rawValue), ("role", revision.rawValue)])
                writer.startInline("emphasis", attributes: [("role", revision == .deleted ? "strikethrough" : "underline")])
                write(children, to: writer)
                writer.endInline()
                writer.endInline()
            }
        }
    }
}

/// Writes the report as a DocBook 5.0 `book` through libxml2's text writer.
///
/// Everything the diff needs to read a year back is kept in the XML: group ids as `xml:id`,
/// chairs as `othercredit`, earlier names as `bibliomisc role="formerly-<year>"`, the
/// foreword's signatory as `author`, and the member cities as `phrase role="member"`.
public struct DocBookRenderer: Renderer {
    public static let namespace = "http://docbook.org/ns/docbook"
    public static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    public init() {}

    public var fileExtension: String { "xml" }

    public func render(_ report: Report) -> String {
        let writer = XMLWriter()
        writer.startBlock("book", attributes: [
            ("xmlns", Self.namespace), ("xmlns:xlink", Self.xlinkNamespace), ("version", "5.0"),
            ("xml:lang", "nl"), ("xml:id", "jaarverslag-\(report.year)"),
        ])
        writer.startBlock("info")
        writer.line("title", report.title)
        writer.line("orgname", report.network.name)
        writer.endBlock()
        if let foreword = report.foreword { write(foreword, to: writer) }
        for chapter in report.chapters { write(chapter, to: writer) }
        writer.endBlock()
        return writer.finish()
    }

    private func write(_ foreword: Foreword, to writer: XMLWriter) {
        writer.startBlock("preface", attributes: [("xml:id", foreword.id)])
        writer.startBlock("info")
        writer.line("title", foreword.title)
        if let signature = foreword.signature {
            writer.startBlock("author")
            writer.line("personname", signature.name)
            if let role = signature.role {
                writer.startBlock("affiliation")
                writer.line("jobtitle", role)
                writer.endBlock()
            }
            writer.endBlock()
        }
        writer.endBlock()
        write(foreword.content, to: writer)
        if let signature = foreword.signature {
            writer.line("para", signature.line, attributes: [("role", "signature")])
        }
        writer.endBlock()
    }

    private func write(_ chapter: Chapter, to writer: XMLWriter) {
        var attributes = [("xml:id", chapter.kind == .appendix ? "bijlage.\(chapter.id)" : "hoofdstuk.\(chapter.id)")]
        if let number = chapter.number { attributes.append(("label", String(number))) }
        writer.startBlock(chapter.kind == .appendix ? "appendix" : "chapter", attributes: attributes)
        writer.startBlock("info")
        writer.line("title", chapter.title)
        if let origin = chapter.introGroup {
            writer.line("bibliomisc", origin.group, attributes: [("role", "group")])
            write(origin, to: writer)
        }
        writer.endBlock()
        write(chapter.intro, to: writer)
        for section in chapter.sections { write(section, to: writer) }
        writer.endBlock()
    }

    private func write(_ section: Section, to writer: XMLWriter) {
        var attributes = [("xml:id", section.id)]
        if section.origin?.status == .draft { attributes.append(("status", "draft")) }
        writer.startBlock("section", attributes: attributes)
        writer.startBlock("info")
        writer.line("title", section.title)
        if let origin = section.origin { write(origin, to: writer) }
        writer.endBlock()
        write(section.content, to: writer)
        writer.endBlock()
    }

    /// Chairs and earlier names, inside an `info`.
    private func write(_ origin: Section.Origin, to writer: XMLWriter) {
        for chair in origin.chairs {
            writer.startBlock("othercredit", attributes: [("class", "other"), ("otherclass", chair.role.rawValue)])
            if let name = chair.name {
                writer.line("personname", name)
                writer.startBlock("affiliation")
                writer.line("orgname", chair.city)
                writer.endBlock()
            } else {
                writer.line("orgname", chair.city)
            }
            writer.endBlock()
        }
        for former in origin.formerly {
            writer.line("bibliomisc", former.title, attributes: [("role", former.year.map { "formerly-\($0)" } ?? "formerly")])
        }
    }

    private func write(_ content: SectionContent, to writer: XMLWriter) {
        for block in content.blocks { write(block, to: writer) }
        for subsection in content.subsections { write(subsection, to: writer) }
    }

    private func write(_ block: Block, to writer: XMLWriter) {
        switch block.kind {
        case .paragraph(let inlines):
            writer.startLine("para")
            write(inlines, to: writer)
            writer.endLine()
        case .heading(_, let inlines):
            // Headings become sections in assembly; one left here is inside a list and was reported.
            writer.startLine("bridgehead")
            write(inlines, to: writer)
            writer.endLine()
        case .bulletList(let items):
            writeList("itemizedlist", attributes: [], items: items, to: writer)
        case .orderedList(let start, let items):
            writeList("orderedlist", attributes: start == 1 ? [] : [("startingnumber", String(start))], items: items, to: writer)
        case .letteredList(let items):
            writeList("orderedlist", attributes: [("numeration", "loweralpha")], items: items, to: writer)
        case .blockQuote(let blocks):
            writer.startBlock("blockquote")
            for inner in blocks { write(inner, to: writer) }
            writer.endBlock()
        case .memberList(let members):
            writer.startLine("para", attributes: [("role", "members")])
            writer.text(members.lead)
            for (index, city) in members.cities.enumerated() {
                if index > 0 { writer.text(index == members.cities.count - 1 ? " en " : ", ") }
                writer.startInline("phrase", attributes: [("role", "member")])
                writer.text(city)
                writer.endInline()
            }
            writer.text(".")
            writer.endLine()
        }
    }

    private func writeList(_ name: String, attributes: [(String, String)], items: [ListItem], to writer: XMLWriter) {
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

    private func write(_ inlines: [Inline], to writer: XMLWriter) {
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
                writer.startInline("link", attributes: [("xlink:href", destination)])
                write(children, to: writer)
                writer.endInline()
            }
        }
    }
}

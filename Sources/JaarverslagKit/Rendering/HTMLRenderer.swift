/// Writes the report as one self-contained HTML5 page: a cover with the network and the
/// title, a table of contents, the foreword, a `section` per chapter and group with the
/// same ids as the DocBook, and the stylesheet inside. No script, nothing fetched.
///
/// The page is written by libxml2's text writer in HTML syntax (`XMLWriter(.html)`), never by
/// joining strings, so every text and attribute is escaped by the library. Headings follow the nesting: the
/// title is `h1`, chapters `h2`, groups `h3`, their sub-headings `h4` and `h5`.
public struct HTMLRenderer: Renderer {
    /// Adds the PDF's page layout (`Stylesheet.print`) after the page's own stylesheet: the
    /// page that WeasyPrint turns into the PDF. The published page leaves it out.
    public var paged: Bool
    /// Off for a second copy of a text on the same page (the diff's side-by-side view), whose
    /// ids would clash with the first.
    var writesIDs = true

    public init(paged: Bool = false) {
        self.paged = paged
    }

    public var fileExtension: String { "html" }

    public func render(_ report: Report) throws(RenderRefusal) -> String {
        let writer = XMLWriter(.html)
        writer.startBlock("html", attributes: [("lang", "nl")])
        writeHead(title: "\(report.title) – \(report.network.name)", report: report, to: writer)
        writer.startBlock("body")
        writeCover(report, to: writer)
        writeContents(report, to: writer)
        writer.startBlock("main")
        if let foreword = report.foreword { write(foreword, to: writer) }
        for chapter in report.chapters { write(chapter, to: writer) }
        writer.endBlock()
        writer.endBlock()
        writer.endBlock()
        return try writer.finishedDocument()
    }

    /// `head`: character set, title, author, date for the PDF's metadata, and the stylesheet.
    func writeHead(title: String, report: Report?, to writer: XMLWriter) {
        writer.startBlock("head")
        writer.empty("meta", attributes: [("charset", "utf-8")])
        writer.empty("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        writer.line("title", title)
        if let report {
            writer.empty("meta", attributes: [("name", "author"), ("content", report.network.name)])
            writer.empty("meta", attributes: [("name", "dcterms.created"), ("content", report.publicationDate)])
        }
        writer.empty("meta", attributes: [("name", "generator"), ("content", "jaarverslag")])
        writer.unescapedLine("style", "\n" + Stylesheet.page)
        if paged { writer.unescapedLine("style", "\n" + Stylesheet.print) }
        writer.endBlock()
    }

    func writeCover(_ report: Report, to writer: XMLWriter) {
        writer.startBlock("header", attributes: [("class", "omslag"), ("id", "jaarverslag-\(report.year)")])
        writer.line("p", report.network.name, attributes: [("class", "netwerk")])
        writer.line("h1", report.title)
        if report.isDraft { writer.line("p", Report.draftMark, attributes: [("class", "concept")]) }
        writer.endBlock()
    }

    func write(_ foreword: Foreword, to writer: XMLWriter, after: () -> Void = {}) {
        writer.startBlock("section", attributes: [("id", foreword.id), ("class", "voorwoord")])
        writer.line("h2", foreword.title)
        write(foreword.content, level: 2, to: writer)
        if let signature = foreword.signature {
            writer.startBlock("footer", attributes: [("class", "ondertekening")])
            writer.line("p", signature.name, attributes: [("class", "naam")])
            if let role = signature.role { writer.line("p", role, attributes: [("class", "functie")]) }
            writer.endBlock()
        }
        after()
        writer.endBlock()
    }

    func write(_ chapter: Chapter, to writer: XMLWriter) {
        let isAppendix = chapter.kind == .appendix
        let id = (isAppendix ? "bijlage." : "hoofdstuk.") + chapter.id
        let classes = [isAppendix ? "bijlage" : "hoofdstuk"] + Self.revisionClass(chapter.revision)
        writer.startBlock(
            "section", attributes: [("id", Self.revisedID(id, chapter.revision)), ("class", classes.joined(separator: " "))])
        writeHeading(2, chapter.numberedTitle, revision: chapter.revision, to: writer)
        writeMarked(chapter.revision, to: writer) {
            if let origin = chapter.introGroup { writeChairs(origin.chairs, to: writer) }
            write(chapter.intro, level: 2, to: writer)
            for section in chapter.sections { write(section, level: Self.groupLevel, to: writer) }
        }
        writer.endBlock()
    }

    /// A group's section (with its chairs), or a sub-section made from a heading; `after`
    /// adds to its end (the diff page's side-by-side view).
    func write(_ section: Section, level: Int, to writer: XMLWriter, after: () -> Void = {}) {
        var classes = section.origin == nil ? [] : ["groep"]
        if section.origin?.status == .draft { classes.append("concept") }
        classes += Self.revisionClass(section.revision)
        writer.startBlock(
            "section",
            attributes: (writesIDs ? [("id", Self.revisedID(section.id, section.revision))] : [])
                + (classes.isEmpty ? [] : [("class", classes.joined(separator: " "))]))
        writeHeading(level, section.title, revision: section.revision, to: writer)
        writeMarked(section.revision, to: writer) {
            if let origin = section.origin {
                if origin.status == .draft {
                    writer.line("p", "Concept: deze tekst is nog niet definitief.", attributes: [("class", "status")])
                }
                writeChairs(origin.chairs, to: writer)
            }
            write(section.content, level: level, to: writer)
        }
        after()
        writer.endBlock()
    }

    func write(_ content: SectionContent, level: Int, to writer: XMLWriter) {
        for block in content.blocks { write(block, level: level, to: writer) }
        for subsection in content.subsections { write(subsection, level: level + 1, to: writer) }
    }

    /// `Trekkers: Dordrecht en Apeldoorn`, one line per role, as a description list.
    func writeChairs(_ chairs: [Chair], to writer: XMLWriter) {
        guard !chairs.isEmpty else { return }
        writer.startBlock("dl", attributes: [("class", "voorzitters")])
        for group in Chair.byRole(chairs) {
            writer.startBlock("div")
            writer.line("dt", group.role.label(count: group.chairs.count).capitalizedFirst)
            writer.line("dd", DutchEnumeration.join(group.chairs.map(\.displayName)))
            writer.endBlock()
        }
        writer.endBlock()
    }
}

extension String {
    /// `trekkers` → `Trekkers`
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}

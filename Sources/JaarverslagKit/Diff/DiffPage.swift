/// `jaarverslag diff --format html`: what changed between two reports as one self-contained
/// page with the report's look. The structure comes first (`DiffPage+Summary`), then the new
/// report with its changes marked (`RevisionMarker`): every changed section with the words
/// deleted and added inside its paragraphs, and the old and new text next to each other on
/// request; unchanged sections are folded away. `details` does the folding, so no script runs.
public struct DiffPage: Sendable {
    public var comparison: Comparison
    /// The language of the page's own words; the report's text stays Dutch.
    public var language: Language

    public init(_ comparison: Comparison, language: Language) {
        self.comparison = comparison
        self.language = language
    }

    func say(_ message: Message) -> String { message.text(language) }

    var oldName: String { name(comparison.old, source: comparison.diff.old.source) }
    var newName: String { name(comparison.new, source: comparison.diff.new.source) }

    /// `Jaarverslag 2014`, with the file it was read from when it was not a year.
    private func name(_ report: Report, source: String) -> String {
        source == String(report.year) ? report.title : "\(report.title) (\(source))"
    }

    public func render() throws(RenderRefusal) -> String {
        let marked = RevisionMarker.mark(comparison.new, against: comparison.old, diff: comparison.diff)
        let renderer = HTMLRenderer()
        let writer = XMLWriter(.html)
        writer.startBlock("html", attributes: [("lang", language.rawValue)])
        renderer.writeHead(title: say(Messages.title) + " \(oldName) → \(newName)", report: nil, to: writer)
        writer.startBlock("body")
        writer.startBlock("header", attributes: [("class", "omslag")])
        writer.line("p", comparison.new.network.name, attributes: [("class", "netwerk")])
        writer.line("h1", say(Messages.title))
        writer.line("p", "\(oldName) → \(newName)")
        writer.endBlock()
        writeSummary(to: writer)
        writer.startBlock("main", attributes: language == .nl ? [] : [("lang", "nl")])
        if let foreword = marked.foreword {
            let diff = comparison.diff
            if foreword.revision == .added {
                renderer.writeMarked(.added, to: writer) { renderer.write(foreword, to: writer) }
            } else if diff.sections.contains(where: { $0.group == foreword.id }) {
                // Changed in its text, or only in its signature (which the summary shows).
                renderer.write(foreword, to: writer) {
                    if foreword.content.hasRevisions { writeSideBySide(foreword.content, level: 2, to: writer) }
                }
            } else {
                writeFolded(id: foreword.id, title: foreword.title, classes: ["voorwoord"], level: 2, to: writer) {
                    renderer.write(foreword.content, level: 2, to: writer)
                }
            }
        }
        for chapter in marked.chapters { write(chapter, renderer: renderer, to: writer) }
        writer.endBlock()
        writer.endBlock()
        writer.endBlock()
        return try writer.finishedDocument()
    }

    /// An added or deleted chapter whole; any other with its changed sections open and its
    /// unchanged ones folded.
    func write(_ chapter: Chapter, renderer: HTMLRenderer, to writer: XMLWriter) {
        guard chapter.revision == nil else { return renderer.write(chapter, to: writer) }
        let id = (chapter.kind == .appendix ? "bijlage." : "hoofdstuk.") + chapter.id
        writer.startBlock("section", attributes: [("id", id), ("class", chapter.kind == .appendix ? "bijlage" : "hoofdstuk")])
        writer.line("h2", chapter.numberedTitle)
        if chapter.intro.hasRevisions {
            if let origin = chapter.introGroup { renderer.writeChairs(origin.chairs, to: writer) }
            renderer.write(chapter.intro, level: 2, to: writer)
            if chapter.introGroup != nil { writeSideBySide(chapter.intro, level: 2, to: writer) }
        } else if !chapter.intro.isEmpty {
            writer.startBlock("details", attributes: [("class", "ongewijzigd")])
            writer.line("summary", say(Messages.introUnchanged))
            renderer.write(chapter.intro, level: 2, to: writer)
            writer.endBlock()
        }
        for section in chapter.sections {
            if section.revision == nil {
                var classes = ["groep"]
                if section.origin?.status == .draft { classes.append("concept") }
                writeFolded(id: section.id, title: section.title, classes: classes, level: HTMLRenderer.groupLevel, to: writer) {
                    if let origin = section.origin { renderer.writeChairs(origin.chairs, to: writer) }
                    renderer.write(section.content, level: HTMLRenderer.groupLevel, to: writer)
                }
            } else {
                renderer.write(section, level: HTMLRenderer.groupLevel, to: writer) {
                    if section.revision == .changed { writeSideBySide(section.content, level: HTMLRenderer.groupLevel, to: writer) }
                }
            }
        }
        writer.endBlock()
    }

    /// An unchanged section: its heading, and its text behind a click.
    func writeFolded(id: String, title: String, classes: [String], level: Int, to writer: XMLWriter, _ body: () -> Void) {
        writer.startBlock("section", attributes: [("id", id), ("class", (classes + ["ongewijzigd"]).joined(separator: " "))])
        writer.startBlock("details", attributes: [("class", "ongewijzigd")])
        // A summary holds phrasing content or one heading: the label goes inside the heading.
        writer.startBlock("summary")
        writer.startLine("h\(level)")
        writer.text(title + " ")
        writer.startInline("span", attributes: [("class", "wijziging")])
        writer.text(say(Messages.unchanged))
        writer.endInline()
        writer.endLine()
        writer.endBlock()
        body()
        writer.endBlock()
        writer.endBlock()
    }

    /// The old text with its deletions and the new text with its additions, in two columns.
    func writeSideBySide(_ content: SectionContent, level: Int, to writer: XMLWriter) {
        var renderer = HTMLRenderer()
        renderer.writesIDs = false
        writer.startBlock("details", attributes: [("class", "naast-elkaar")])
        writer.line("summary", say(Messages.sideBySide))
        writer.startBlock("div", attributes: [("class", "kolommen")])
        for (name, side, kept) in [(oldName, "oud", Revision.deleted), (newName, "nieuw", Revision.added)] {
            writer.startBlock("div", attributes: [("class", side)])
            writer.line("p", name, attributes: [("class", "kolomkop")])
            renderer.write(content.side(kept), level: level, to: writer)
            writer.endBlock()
        }
        writer.endBlock()
        writer.endBlock()
    }

    enum Messages {
        static let title = Message(nl: "Wat is er veranderd?", en: "What has changed?")
        static let unchanged = Message(nl: "ongewijzigd", en: "unchanged")
        static let introUnchanged = Message(nl: "Tekst onder de hoofdstuktitel: ongewijzigd", en: "Text under the chapter title: unchanged")
        static let sideBySide = Message(nl: "Oud en nieuw naast elkaar", en: "Old and new side by side")
    }
}

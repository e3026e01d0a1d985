/// The table of contents: the foreword, every chapter and, under each chapter, its groups.
/// In the PDF the print stylesheet adds the page numbers (`target-counter`).
extension HTMLRenderer {
    static let contentsTitle = "Inhoud"

    func writeContents(_ report: Report, to writer: XMLWriter) {
        writer.startBlock("nav", attributes: [("class", "inhoud")])
        writer.line("h2", Self.contentsTitle)
        writer.startBlock("ol")
        if let foreword = report.foreword {
            writeEntry(foreword.title, id: foreword.id, to: writer)
        }
        for chapter in report.chapters {
            let id = (chapter.kind == .appendix ? "bijlage." : "hoofdstuk.") + chapter.id
            let sections = chapter.intro.subsections + chapter.sections
            guard !sections.isEmpty else {
                writeEntry(chapter.numberedTitle, id: id, to: writer)
                continue
            }
            writer.startBlock("li")
            writer.startLine("a", attributes: [("href", "#" + id)])
            writer.text(chapter.numberedTitle)
            writer.endLine()
            writer.startBlock("ol")
            for section in sections { writeEntry(section.title, id: section.id, to: writer) }
            writer.endBlock()
            writer.endBlock()
        }
        writer.endBlock()
        writer.endBlock()
    }

    private func writeEntry(_ title: String, id: String, to writer: XMLWriter) {
        writer.startLine("li")
        writer.startInline("a", attributes: [("href", "#" + id)])
        writer.text(title)
        writer.endInline()
        writer.endLine()
    }
}

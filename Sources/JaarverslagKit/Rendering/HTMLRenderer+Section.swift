/// One group's section on its own, as the portal's preview shows it while a secretary
/// writes: the same markup and stylesheet as in the whole report.
extension HTMLRenderer {
    /// The `section` element alone, to place inside another page.
    public func fragment(_ section: Section) throws(RenderRefusal) -> String {
        let writer = XMLWriter(.htmlFragment)
        write(section, level: Self.groupLevel, to: writer)
        return try writer.finishedDocument()
    }

    /// A whole page holding only this section, with the report's stylesheet.
    public func page(_ section: Section) throws(RenderRefusal) -> String {
        let writer = XMLWriter(.html)
        writer.startBlock("html", attributes: [("lang", "nl")])
        writeHead(title: section.title, report: nil, to: writer)
        writer.startBlock("body")
        writer.startBlock("main", attributes: [("class", "voorbeeld")])
        write(section, level: Self.groupLevel, to: writer)
        writer.endBlock()
        writer.endBlock()
        writer.endBlock()
        return try writer.finishedDocument()
    }

    /// A fragment as the report would print it, split at its headings.
    public func page(_ fragment: Fragment) throws(RenderRefusal) -> String {
        try page(Assembler.section(fragment))
    }

    /// The heading level of a group's section in the report (`h3`).
    static let groupLevel = 3
}

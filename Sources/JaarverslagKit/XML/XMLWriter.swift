import CLibXML2

/// A thin Swift layer over libxml2's `xmlTextWriter`, writing into memory, as XML or as HTML.
///
/// libxml2 does the escaping and the well-formedness bookkeeping; we decide where newlines go,
/// because `xmlTextWriterSetIndent` puts whitespace into mixed content (see NOTES-xml.md).
/// The writer streams: a large report is never held as a tree (libxml2's HTML tree of a year of
/// 10,000 fragments took 150 MB more).
final class XMLWriter {
    /// HTML is written in its own syntax: `<!DOCTYPE html>` instead of an XML declaration, an
    /// end tag for every element but the void ones (`meta`), and the text of `style` as it is.
    enum Syntax {
        case xml
        case html
        /// One HTML element alone, without a document around it.
        case htmlFragment
    }

    private let syntax: Syntax
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var depth = 0

    init(_ syntax: Syntax = .xml) {
        LibXML.ready
        self.syntax = syntax
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        switch syntax {
        case .xml: xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        case .html:
            xmlTextWriterWriteDTD(writer, "html", nil, nil, nil)
            raw("\n")
        case .htmlFragment: break
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element that holds only other elements, on a line of its own.
    func startBlock(_ name: String, attributes: [(String, String)] = []) {
        raw(String(repeating: "  ", count: depth))
        start(name, attributes: attributes)
        raw("\n")
        depth += 1
    }

    func endBlock() {
        depth -= 1
        raw(String(repeating: "  ", count: depth))
        end()
        raw("\n")
    }

    /// Opens an element with mixed content (text and inline elements) on a line of its own;
    /// close it with `endLine()`.
    func startLine(_ name: String, attributes: [(String, String)] = []) {
        raw(String(repeating: "  ", count: depth))
        start(name, attributes: attributes)
    }

    func endLine() {
        end()
        raw("\n")
    }

    /// An element with only text, on a line of its own.
    func line(_ name: String, _ text: String, attributes: [(String, String)] = []) {
        startLine(name, attributes: attributes)
        self.text(text)
        endLine()
    }

    /// Opens an inline element inside mixed content.
    func startInline(_ name: String, attributes: [(String, String)] = []) {
        start(name, attributes: attributes)
    }

    func endInline() {
        end()
    }

    /// An HTML void element such as `meta`, on a line of its own: `<meta charset="utf-8"/>`.
    func empty(_ name: String, attributes: [(String, String)]) {
        raw(String(repeating: "  ", count: depth))
        start(name, attributes: attributes)
        xmlTextWriterEndElement(writer)
        raw("\n")
    }

    /// An element whose text is written as it is: CSS in an HTML `style`, which the HTML parser
    /// reads up to the first `</style`.
    func unescapedLine(_ name: String, _ text: String) {
        assert(!text.contains("</"), "unescaped text must not close its element")
        startLine(name)
        raw(text)
        endLine()
    }

    func text(_ text: String) {
        xmlTextWriterWriteString(writer, text)
    }

    /// The finished document.
    func finish() -> String {
        if syntax == .xml { xmlTextWriterEndDocument(writer) }
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private func start(_ name: String, attributes: [(String, String)]) {
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes {
            xmlTextWriterWriteAttribute(writer, key, value)
        }
    }

    /// HTML has no empty-element tags: `<p></p>`, never `<p/>`.
    private func end() {
        if syntax == .xml { xmlTextWriterEndElement(writer) } else { xmlTextWriterFullEndElement(writer) }
    }

    private func raw(_ text: String) {
        guard !text.isEmpty else { return }
        xmlTextWriterWriteRaw(writer, text)
    }
}

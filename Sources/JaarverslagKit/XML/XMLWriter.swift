import CLibXML2

/// A thin Swift layer over libxml2's `xmlTextWriter`, writing into memory, as XML or as HTML.
///
/// libxml2 does the escaping and the well-formedness bookkeeping; we decide where newlines go,
/// because `xmlTextWriterSetIndent` puts whitespace into mixed content (see NOTES-xml.md).
/// The writer streams: a large report is never held as a tree (libxml2's HTML tree of a year of
/// 10,000 fragments took 150 MB more).
///
/// libxml2 writes a character XML 1.0 forbids (U+0001) as a character reference, which no XML
/// reader accepts (and HTML does not allow either), and does not look at ids. So the writer
/// itself refuses text with a forbidden character and an id (`xml:id`, or `id` in HTML) written
/// twice: whatever reaches it, `finish()` gives a well-formed document with unique ids, or the
/// reason there is none.
final class XMLWriter {
    /// Why a document was not finished.
    enum Refusal: Error, Hashable, Sendable {
        /// The text (an attribute value or character data) holds a character XML cannot hold.
        case forbiddenCharacter(Unicode.Scalar, in: String)
        case duplicateID(String)
    }

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
    private var ids: Set<String> = []
    /// The first reason the document cannot be finished; nothing more is written after it.
    private var refusal: Refusal?

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
        if accepts(text) { raw(text) }
        endLine()
    }

    func text(_ text: String) {
        guard accepts(text) else { return }
        xmlTextWriterWriteString(writer, text)
    }

    /// The finished document, or why there is none.
    func finish() throws(Refusal) -> String {
        if let refusal { throw refusal }
        if syntax == .xml { xmlTextWriterEndDocument(writer) }
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private func start(_ name: String, attributes: [(String, String)]) {
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes where accepts(value) {
            if key == (syntax == .xml ? "xml:id" : "id"), !ids.insert(value).inserted, refusal == nil { refusal = .duplicateID(value) }
            xmlTextWriterWriteAttribute(writer, key, value)
        }
    }

    /// Whether `text` may be written; notes the refusal when not.
    private func accepts(_ text: String) -> Bool {
        guard let scalar = XMLCharacters.firstForbidden(in: text) else { return refusal == nil }
        if refusal == nil { refusal = .forbiddenCharacter(scalar, in: text) }
        return false
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

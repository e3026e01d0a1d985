import CLibXML2

/// A thin Swift layer over libxml2's `xmlTextWriter`, writing into memory.
///
/// libxml2 does the escaping and the well-formedness bookkeeping; we decide where newlines go,
/// because `xmlTextWriterSetIndent` puts whitespace into mixed content (see NOTES-xml.md).
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var depth = 0

    init() {
        LibXML.ready
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
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
        xmlTextWriterEndElement(writer)
        raw("\n")
    }

    /// Opens an element with mixed content (text and inline elements) on a line of its own;
    /// close it with `endLine()`.
    func startLine(_ name: String, attributes: [(String, String)] = []) {
        raw(String(repeating: "  ", count: depth))
        start(name, attributes: attributes)
    }

    func endLine() {
        xmlTextWriterEndElement(writer)
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
        xmlTextWriterEndElement(writer)
    }

    func text(_ text: String) {
        xmlTextWriterWriteString(writer, text)
    }

    /// The finished document.
    func finish() -> String {
        xmlTextWriterEndDocument(writer)
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

    private func raw(_ text: String) {
        guard !text.isEmpty else { return }
        xmlTextWriterWriteRaw(writer, text)
    }
}

import CLibXML2

/// A thin Swift layer over libxml2's HTML tree and serializer, with the same shape as
/// `XMLWriter`: blocks on lines of their own, indented; lines and inlines for mixed content.
///
/// libxml2 builds the tree and writes it as HTML: it escapes text and attribute values,
/// writes void elements such as `meta` without an end tag, and leaves the text of `style`
/// unescaped. We decide where newlines and indentation go, by adding whitespace text only
/// between block elements, never inside mixed content.
final class HTMLWriter {
    private let document: htmlDocPtr
    /// The open elements, innermost last; empty until the root is opened.
    private var open: [xmlNodePtr] = []
    /// The number of open block elements, for indentation.
    private var depth = 0

    /// A document starting `<!DOCTYPE html>`, or, for `fragment`, one element written alone.
    init(fragment: Bool = false) {
        document = htmlNewDocNoDtD(nil, nil)
        if !fragment { xmlCreateIntSubset(document, "html", nil, nil) }
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Opens an element that holds only other elements, on a line of its own.
    func startBlock(_ name: String, attributes: [(String, String)] = []) {
        indent()
        start(name, attributes: attributes)
        whitespace("\n")
        depth += 1
    }

    func endBlock() {
        depth -= 1
        indent()
        end()
        whitespace("\n")
    }

    /// Opens an element with mixed content (text and inline elements) on a line of its own;
    /// close it with `endLine()`.
    func startLine(_ name: String, attributes: [(String, String)] = []) {
        indent()
        start(name, attributes: attributes)
    }

    func endLine() {
        end()
        whitespace("\n")
    }

    /// An element with only text, on a line of its own.
    func line(_ name: String, _ text: String, attributes: [(String, String)] = []) {
        startLine(name, attributes: attributes)
        self.text(text)
        endLine()
    }

    /// An element without content, such as `meta`, on a line of its own.
    func empty(_ name: String, attributes: [(String, String)]) {
        startLine(name, attributes: attributes)
        endLine()
    }

    /// Opens an inline element inside mixed content.
    func startInline(_ name: String, attributes: [(String, String)] = []) {
        start(name, attributes: attributes)
    }

    func endInline() {
        end()
    }

    func text(_ text: String) {
        guard let parent = open.last, !text.isEmpty else { return }
        xmlAddChild(parent, xmlNewDocText(document, text))
    }

    /// The finished document (or fragment), as UTF-8 HTML.
    func finish() -> String {
        precondition(open.isEmpty, "HTMLWriter: unclosed element")
        guard let output = xmlAllocOutputBuffer(nil) else { return "" }
        defer { xmlOutputBufferClose(output) }
        if document.pointee.intSubset != nil {
            // Ends with a newline of its own.
            htmlDocContentDumpFormatOutput(output, document, nil, 0)
        } else if let root = xmlDocGetRootElement(document) {
            htmlNodeDumpFormatOutput(output, document, root, nil, 0)
            xmlOutputBufferWriteString(output, "\n")
        }
        xmlOutputBufferFlush(output)
        guard let content = xmlOutputBufferGetContent(output) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(output))), as: UTF8.self)
    }

    private func start(_ name: String, attributes: [(String, String)]) {
        let node = xmlNewDocNode(document, nil, name, nil)!
        for (key, value) in attributes {
            xmlSetProp(node, key, value)
        }
        if let parent = open.last {
            xmlAddChild(parent, node)
        } else {
            precondition(xmlDocGetRootElement(document) == nil, "HTMLWriter: a second root element")
            xmlDocSetRootElement(document, node)
        }
        open.append(node)
    }

    private func end() {
        open.removeLast()
    }

    private func indent() {
        whitespace(String(repeating: "  ", count: depth))
    }

    /// Whitespace between blocks; nothing outside the root element.
    private func whitespace(_ text: String) {
        self.text(text)
    }
}

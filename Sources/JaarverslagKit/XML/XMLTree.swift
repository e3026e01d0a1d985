import CLibXML2
import Foundation

/// A parsed XML document read with the safe options only: no network, no entity expansion,
/// no DTD loading, and no document type declaration at all (neither DocBook 5 nor Office
/// Open XML needs one). The parser stops at the first sight of a DOCTYPE, before any entity
/// declaration in it is read, so an entity expansion ("billion laughs") never begins.
///
/// Limits: the size given (64 MB by default), and libxml2's own limits without
/// `XML_PARSE_HUGE`: 256 levels of nesting, 10 MB in one text node.
///
/// Encodings: UTF-8 and UTF-16 only, the two Office Open XML allows (ECMA-376 part 2, 8.1.4)
/// and the one the project writes. A declared encoding is not followed (`XML_PARSE_IGNORE_ENC`):
/// bytes that are not UTF-8 are refused where they stand. So libxml2 never loads a character
/// converter, which the statically linked release build could only take from the system's C
/// library (Scripts/build-release.sh).
final class XMLTree {
    private let document: xmlDocPtr

    struct ParseError: Error, Sendable {
        enum Kind: Sendable {
            case tooLarge
            case doctype
            case tooDeep
            case notWellFormed
            /// UCS-4 or EBCDIC, told by the first bytes: the message names it.
            case encoding
        }
        var kind: Kind = .notWellFormed
        var line: Int
        var message: String

        init(kind: Kind = .notWellFormed, line: Int, message: String) {
            self.kind = kind
            self.line = line
            self.message = message
        }
    }

    /// Files larger than this are refused before parsing.
    static let maxSize = 64 * 1024 * 1024

    init(data: Data, maxSize: Int = XMLTree.maxSize) throws(ParseError) {
        guard let parsed = try Self.parse(data, maxSize: maxSize, keepTree: true) else {
            throw ParseError(line: 0, message: "libxml2 made no document")
        }
        document = parsed
    }

    /// Reads `data` with the same parser, limits and refusals as `init`, without building a
    /// tree: for a part that must be sound but is not read (a Word theme, its settings). It
    /// throws exactly what `init` would; `XMLTreeTests` holds the two together.
    static func check(_ data: Data, maxSize: Int = XMLTree.maxSize) throws(ParseError) {
        _ = try parse(data, maxSize: maxSize, keepTree: false)
    }

    /// The parse itself: the document when `keepTree`, nil otherwise.
    private static func parse(_ data: Data, maxSize: Int, keepTree: Bool) throws(ParseError) -> xmlDocPtr? {
        LibXML.ready
        guard data.count <= maxSize else {
            throw ParseError(kind: .tooLarge, line: 0, message: "larger than \(maxSize / (1024 * 1024)) MB")
        }
        guard !data.isEmpty else { throw ParseError(line: 1, message: "the document is empty") }
        if let encoding = unreadEncoding(of: data) { throw ParseError(kind: .encoding, line: 1, message: encoding) }
        // `XML_PARSE_COMPACT` keeps short texts inside their node instead of a block of their
        // own (fewer allocations); it forbids changing the tree afterwards, which nothing does.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
                | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        let outcome: Result<xmlDocPtr?, ParseError> = data.withUnsafeBytes { bytes in
            guard
                let context = xmlCreateMemoryParserCtxt(
                    bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count))
            else { return .failure(ParseError(line: 0, message: "libxml2 could not start a parser")) }
            defer { xmlFreeParserCtxt(context) }
            xmlCtxtUseOptions(context, options)
            // `XML_PARSE_NOERROR` leaves the validity channel on, and libxml2 prints its checks of
            // `xml:id` (an id written twice) to stderr with the input's line as it stands; such
            // a problem is ours to report, in the user's language and made safe to print.
            context.pointee.vctxt.error = nil
            context.pointee.vctxt.warning = nil
            // The handler table belongs to this context; the DOCTYPE callback marks the context
            // and stops the parser before the declaration's contents are read.
            context.pointee.sax.pointee.internalSubset = { raw, _, _, _ in
                guard let parser = raw?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
                parser.pointee._private = UnsafeMutableRawPointer(bitPattern: 1)
                xmlStopParser(parser)
            }
            if !keepTree { Self.dropTreeBuilding(from: context.pointee.sax) }
            xmlParseDocument(context)
            let parsed = context.pointee.myDoc
            context.pointee.myDoc = nil
            let line = Int(context.pointee.input?.pointee.line ?? 0)
            if context.pointee._private != nil {
                xmlFreeDoc(parsed)
                return .failure(ParseError(kind: .doctype, line: max(line, 1), message: "DOCTYPE"))
            }
            guard context.pointee.wellFormed != 0, parsed != nil || !keepTree else {
                xmlFreeDoc(parsed)
                let error = context.pointee.lastError
                let message =
                    error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "not well-formed XML"
                let kind: ParseError.Kind = message.contains("Excessive depth") ? .tooDeep : .notWellFormed
                return .failure(ParseError(kind: kind, line: Int(error.line), message: message))
            }
            return .success(parsed)
        }
        switch outcome {
        case .success(let parsed): return parsed
        case .failure(let error): throw error
        }
    }

    /// The name of the encoding libxml2 tells from the first four bytes, when it is one it
    /// cannot read without a converter (UCS-4 and EBCDIC); nil for UTF-8, UTF-16, or no sign.
    static func unreadEncoding(of data: Data) -> String? {
        let detected = data.prefix(4).withUnsafeBytes { bytes in
            xmlDetectCharEncoding(bytes.bindMemory(to: UInt8.self).baseAddress, Int32(bytes.count))
        }
        switch detected {
        case XML_CHAR_ENCODING_NONE, XML_CHAR_ENCODING_UTF8, XML_CHAR_ENCODING_UTF16LE, XML_CHAR_ENCODING_UTF16BE: return nil
        case XML_CHAR_ENCODING_EBCDIC: return "EBCDIC"
        default: return "UCS-4"
        }
    }

    /// Takes the callbacks that build the tree out of a context's own handler table. Text,
    /// comments and the like go to callbacks that do nothing rather than to none: libxml2 reads
    /// them differently without one (its message for a bad comment quotes the comment only when
    /// someone listens). Characters and ignorable white space share one function, as in
    /// libxml2's own table, where that equality means "keep white space".
    private static func dropTreeBuilding(from sax: UnsafeMutablePointer<xmlSAXHandler>) {
        sax.pointee.startDocument = nil
        sax.pointee.endDocument = nil
        sax.pointee.startElement = nil
        sax.pointee.endElement = nil
        sax.pointee.startElementNs = nil
        sax.pointee.endElementNs = nil
        sax.pointee.characters = ignoreText
        sax.pointee.ignorableWhitespace = ignoreText
        sax.pointee.cdataBlock = ignoreText
        sax.pointee.comment = { _, _ in }
        sax.pointee.processingInstruction = { _, _, _ in }
        sax.pointee.reference = { _, _ in }
    }

    private static let ignoreText: charactersSAXFunc = { _, _, _ in }

    deinit {
        xmlFreeDoc(document)
    }

    var root: XMLElement? {
        xmlDocGetRootElement(document).map(XMLElement.init)
    }
}

/// A borrowed view of one element of an `XMLTree`; valid while the tree lives.
struct XMLElement {
    let node: xmlNodePtr

    var name: String { String(cString: node.pointee.name) }
    var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }
    var line: Int { Int(xmlGetLineNo(node)) }

    func attribute(_ name: String, namespace: String? = nil) -> String? {
        let value = namespace == nil ? xmlGetNoNsProp(node, name) : xmlGetNsProp(node, name, namespace)
        guard let value else { return nil }
        defer { jv_xmlFree(value) }
        return String(cString: value)
    }

    /// The `xml:id` attribute.
    var id: String? { attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") }

    /// Child nodes in order: elements and text.
    var children: [XMLChild] {
        var result: [XMLChild] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: result.append(.element(XMLElement(node: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.append(.text(String(cString: content))) }
            case XML_ENTITY_REF_NODE: result.append(.entity(String(cString: current.pointee.name)))
            default: break
            }
            child = current.pointee.next
        }
        return result
    }

    var elements: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current)) }
            child = current.pointee.next
        }
        return result
    }

    func element(_ name: String) -> XMLElement? {
        elements.first { $0.name == name }
    }

    /// All text below this element, as a reader sees it.
    var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { jv_xmlFree(content) }
        return String(cString: content)
    }
}

enum XMLChild {
    case element(XMLElement)
    case text(String)
    case entity(String)
}

import CLibXML2
import Foundation

/// A parsed XML document read with the safe options only: no network, no entity expansion,
/// no DTD loading, and no document type declaration at all (DocBook 5 needs none).
final class XMLTree {
    private let document: xmlDocPtr

    struct ParseError: Error, Sendable {
        var line: Int
        var message: String
    }

    /// Files larger than this are refused before parsing.
    static let maxSize = 64 * 1024 * 1024

    init(data: Data) throws(ParseError) {
        LibXML.ready
        guard data.count <= Self.maxSize else { throw ParseError(line: 0, message: "larger than 64 MB") }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        xmlResetLastError()
        let parsed = data.withUnsafeBytes { bytes in
            xmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), "input.xml", nil, options)
        }
        guard let parsed else {
            let error = xmlGetLastError()
            let message =
                error?.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "not well-formed XML"
            throw ParseError(line: Int(error?.pointee.line ?? 0), message: message)
        }
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            throw ParseError(line: 1, message: "DOCTYPE")
        }
        document = parsed
    }

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
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
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

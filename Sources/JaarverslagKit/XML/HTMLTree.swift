import CLibXML2
import Foundation

/// HTML (as Word puts it on the clipboard) parsed by libxml2's HTML parser with the safe
/// options: no network, no error output. HTML has no entities of its own to declare and the
/// parser loads no DTD; the size is limited before parsing. Elements are read through the
/// same `XMLElement` view as XML; their names are lowercase and have no namespace.
final class HTMLTree {
    private let document: htmlDocPtr

    struct ParseError: Error, Sendable {
        var message: String
    }

    init(text: String, maxSize: Int) throws(ParseError) {
        LibXML.ready
        let bytes = Array(text.utf8)
        guard bytes.count <= maxSize else { throw ParseError(message: "larger than \(maxSize / (1024 * 1024)) MB") }
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), "clipboard.html", "UTF-8", options)
                }
            }
        }
        guard let parsed else { throw ParseError(message: "not readable as HTML") }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    var root: XMLElement? {
        xmlDocGetRootElement(document).map(XMLElement.init)
    }
}

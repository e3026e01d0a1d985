import CLibXML2
import Foundation

/// Derives the part of the DocBook 5.0 RELAX NG schema that `jaarverslag` writes from the
/// official `docbook.rng`, by two steps that can only make the language smaller:
///
/// 1. every `element` pattern for an element outside the vocabulary (and every pattern with
///    a wildcard name) becomes `notAllowed`;
/// 2. definitions no longer reachable from `start` are dropped, and so are annotations.
///
/// RELAX NG is monotone in its patterns, so every document valid against the result is valid
/// DocBook 5.0. The result is committed as `Sources/JaarverslagKit/Resources/docbook-subset.rng`;
/// this target is a tool of the repository, not part of the shipping library. Derive it again with
/// `JAARVERSLAG_RECORD=1 swift test --filter DocBookSubsetTests`.
public enum DocBookSubsetDerivation {
    static let relaxNG = "http://relaxng.org/ns/structure/1.0"

    static let notice = """
        Derived by jaarverslag (DocBookSubset) from docbook.rng of DocBook 5.0, whose notice \
        follows: element patterns for elements jaarverslag does not write are notAllowed; unreachable \
        definitions and annotations are removed. Every document valid against this subset is valid \
        DocBook 5.0.
        """

    public enum DeriveError: Error, Sendable {
        case unreadable(path: String)
    }

    /// Where Debian's `docbook5-xml` package installs the schema.
    public static let officialSchema = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"

    /// The subset of the schema at `path` that keeps the elements of `vocabulary`, as RELAX NG
    /// XML text. The file is read whole and parsed from memory: nothing else is loaded.
    public static func derive(fromSchemaAt path: String = officialSchema, keeping vocabulary: Set<String>) throws(DeriveError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = data.withUnsafeBytes { bytes in
            xmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), path, nil, options)
        }
        guard let document = parsed, let root = xmlDocGetRootElement(document) else {
            throw .unreadable(path: path)
        }
        defer { xmlFreeDoc(document) }
        restrict(root, to: vocabulary)
        dropUnreachableDefinitions(under: root)
        xmlAddPrevSibling(root, xmlNewDocComment(document, " \(notice) "))
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
        guard let buffer else { throw .unreadable(path: path) }
        defer { jv_xmlFree(buffer) }
        return String(decoding: UnsafeBufferPointer(start: buffer, count: Int(size)), as: UTF8.self)
    }

    /// Step 1, and the removal of annotations (elements outside the RELAX NG namespace).
    private static func restrict(_ node: xmlNodePtr, to vocabulary: Set<String>) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            guard isRelaxNG(current) else {
                xmlUnlinkNode(current)
                xmlFreeNode(current)
                continue
            }
            if name(of: current) == "element", !(attribute("name", of: current).map(vocabulary.contains) ?? false) {
                let notAllowed = xmlNewNode(current.pointee.ns, "notAllowed")
                xmlReplaceNode(current, notAllowed)
                xmlFreeNode(current)
                continue
            }
            restrict(current, to: vocabulary)
        }
    }

    /// Step 2: definitions (also inside `div`) that no `ref` reachable from `start` names.
    private static func dropUnreachableDefinitions(under root: xmlNodePtr) {
        var definitions: [String: [xmlNodePtr]] = [:]
        var starts: [xmlNodePtr] = []
        forEachElement(under: root) { node in
            switch name(of: node) {
            case "define": if let defined = attribute("name", of: node) { definitions[defined, default: []].append(node) }
            case "start": starts.append(node)
            default: break
            }
        }
        var reachable: Set<String> = []
        var pending = starts.flatMap(references)
        while let next = pending.popLast() {
            guard reachable.insert(next).inserted else { continue }
            pending += (definitions[next] ?? []).flatMap(references)
        }
        for (defined, nodes) in definitions.sorted(by: { $0.key < $1.key }) where !reachable.contains(defined) {
            for node in nodes {
                xmlUnlinkNode(node)
                xmlFreeNode(node)
            }
        }
    }

    /// The names in `ref` elements below `node`.
    private static func references(in node: xmlNodePtr) -> [String] {
        var names: [String] = []
        forEachElement(under: node) { element in
            if name(of: element) == "ref", let referenced = attribute("name", of: element) { names.append(referenced) }
        }
        return names
    }

    private static func forEachElement(under node: xmlNodePtr, _ body: (xmlNodePtr) -> Void) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            body(current)
            forEachElement(under: current, body)
        }
    }

    private static func isRelaxNG(_ node: xmlNodePtr) -> Bool {
        guard let namespace = node.pointee.ns?.pointee.href else { return false }
        return String(cString: namespace) == relaxNG
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func attribute(_ attribute: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, attribute) else { return nil }
        defer { jv_xmlFree(value) }
        return String(cString: value).trimmingCharacters(in: .whitespaces)
    }
}

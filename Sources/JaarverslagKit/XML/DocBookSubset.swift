import CLibXML2
import Foundation

/// The part of the DocBook 5.0 RELAX NG schema that `jaarverslag` writes, derived from the
/// official `docbook.rng` by two steps that can only make the language smaller:
///
/// 1. every `element` pattern for an element the renderers never write (and every pattern
///    with a wildcard name) becomes `notAllowed`;
/// 2. definitions no longer reachable from `start` are dropped, and so are annotations.
///
/// RELAX NG is monotone in its patterns: putting `notAllowed` in place of a pattern never
/// admits a document the original rejected, and unreachable definitions do not take part in
/// validation at all. So every document valid against the subset is valid DocBook 5.0. The
/// converse does not hold: a DocBook element outside `vocabulary` is rejected, which is the
/// point, since it would mean a renderer writes something it was not meant to.
///
/// Why: libxml2 needs about 20 ms to parse the whole 500 KB schema on every build, longer than
/// the rest of building the real report; it parses the subset in about 3 ms. The generated
/// text is committed (`DocBookSubsetSchema.swift`); a test derives it again from the installed
/// schema and compares. `build --schema PATH` still validates against any full schema.
public enum DocBookSubset {
    /// Every element `DocBookRenderer` (and the revision marks of `diff --format docbook`)
    /// can write. A test renders every feature and checks that nothing else appears.
    public static let vocabulary: Set<String> = [
        "affiliation", "appendix", "author", "bibliomisc", "blockquote", "book", "bridgehead", "chapter", "emphasis",
        "info", "itemizedlist", "jobtitle", "link", "listitem", "orderedlist", "orgname", "othercredit", "para",
        "personname", "phrase", "preface", "section", "title",
    ]

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

    /// The subset of the schema at `path`, as RELAX NG XML text.
    public static func derive(fromSchemaAt path: String = DocBookSchema.defaultPath, keeping vocabulary: Set<String> = vocabulary)
        throws(DeriveError) -> String
    {
        EntityLoader.install(allowing: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let document = xmlReadFile(path, nil, options), let root = xmlDocGetRootElement(document) else {
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

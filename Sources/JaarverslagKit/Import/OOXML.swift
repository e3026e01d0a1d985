import CLibXML2
import Foundation

/// Names of Office Open XML: the WordprocessingML namespaces of transitional and strict
/// documents (Word can save both), and attribute access by local name.
enum OOXML {
    static let word: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let math: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math",
    ]
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The WordprocessingML namespaces as C strings, made once and kept for the process.
    nonisolated(unsafe) static let wordNamespaces: [UnsafePointer<xmlChar>] = word.sorted().map { name in
        // Never freed: two short strings for the life of the process. Read-only after this.
        UnsafePointer(xmlStrdup(name)!)
    }
}

extension XMLElement {
    /// Whether this is a WordprocessingML element called `name`.
    func isWord(_ name: String) -> Bool {
        isWord && name.withCString { xmlStrEqual(node.pointee.name, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) != 0 }
    }

    /// Compared as C strings: this is asked of every element of a document.
    /// Asked of nearly every element, with namespaces that agree in their first 34 bytes:
    /// C's `strcmp` (the same answer as `xmlStrEqual` for two strings) compares them
    /// several bytes at a time.
    var isWord: Bool {
        guard let href = node.pointee.ns?.pointee.href else { return false }
        return OOXML.wordNamespaces.contains {
            strcmp(UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self), UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                == 0
        }
    }

    /// The first WordprocessingML child called `name`.
    func word(_ name: String) -> XMLElement? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let element = XMLElement(node: current)
                if element.isWord(name) { return element }
            }
            child = current.pointee.next
        }
        return nil
    }

    /// An attribute by its local name, whatever its namespace (`w:val`, `r:id`, `Target`).
    func value(_ localName: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if localName.withCString({ xmlStrEqual(current.pointee.name, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) != 0 })
            {
                guard let content = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) else { return "" }
                defer { jv_xmlFree(content) }
                return String(cString: content)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// An on/off property such as `<w:b/>`, `<w:b w:val="0"/>`: nil when absent.
    func toggle(_ name: String) -> Bool? {
        guard let element = word(name) else { return nil }
        switch element.value("val") {
        case nil: return true
        case "0", "false", "off", "none": return false
        default: return true
        }
    }
}

/// One part's relationships (`word/_rels/document.xml.rels`): id → target.
struct Relationships {
    struct Target {
        var type: String
        var target: String
        var external: Bool
    }

    private(set) var targets: [String: Target] = [:]

    init() {}

    init(tree: XMLTree) {
        guard let root = tree.root else { return }
        for element in root.elements where element.name == "Relationship" {
            guard let id = element.value("Id"), let target = element.value("Target") else { continue }
            targets[id] = Target(
                type: element.value("Type") ?? "", target: target, external: element.value("TargetMode") == "External")
        }
    }

    subscript(id: String) -> Target? { targets[id] }

    /// The part a relationship of this type points to, as a path inside the package.
    func part(ofType suffix: String, relativeTo base: String) -> String? {
        guard let target = targets.values.filter({ $0.type.hasSuffix(suffix) && !$0.external }).map(\.target).sorted().first
        else { return nil }
        return Self.resolve(target, relativeTo: base)
    }

    /// `styles.xml` relative to `word/document.xml` is `word/styles.xml`; `/word/x.xml` is absolute.
    static func resolve(_ target: String, relativeTo base: String) -> String {
        var components: [Substring] =
            target.hasPrefix("/") ? [] : base.split(separator: "/").dropLast()
        for component in target.split(separator: "/") {
            if component == ".." {
                if !components.isEmpty { components.removeLast() }
            } else if component != "." {
                components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// Where the relationships of a part are kept: `word/_rels/document.xml.rels`.
    static func path(for part: String) -> String {
        var components = part.split(separator: "/").map(String.init)
        let name = components.popLast() ?? part
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }
}

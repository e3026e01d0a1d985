import CLibXML2

/// What an object in a paragraph is, in the words a secretary uses: a picture (with its
/// alternative text), a chart, SmartArt, a text box (with its first words), an equation, an
/// embedded spreadsheet. None of these can be carried into a fragment.
enum EmbeddedObject {
    static func describe(_ element: XMLElement) -> Message {
        let uris = Set(element.descendants { $0.name == "graphicData" }.compactMap { $0.value("uri") })
        let textBox = element.descendants { $0.name == "txbxContent" }.first
        if let textBox {
            // Its paragraphs, each ending in a space: "gebouwd" and "Bron:" are two words.
            let paragraphs = textBox.descendants { $0.name == "p" }.map(\.text)
            let excerpt = ImportPosition.excerpt(of: paragraphs.isEmpty ? textBox.text : paragraphs.joined(separator: " "), words: 8)
            return excerpt.isEmpty
                ? Message(nl: "een tekstvak", en: "a text box")
                : Message(nl: "een tekstvak met „\(excerpt)”", en: "a text box reading “\(excerpt)”")
        }
        // An embedded object (an Excel sheet, an old equation) carries a picture of itself
        // (`v:imagedata`) to show: what it is comes from the object, not from the picture.
        if element.name == "oMath" || element.name == "oMathPara" { return Message(nl: "een vergelijking", en: "an equation") }
        if let ole = element.descendants({ $0.name == "OLEObject" }).first {
            let program = ole.value("ProgID") ?? ""
            if program.hasPrefix("Equation") { return Message(nl: "een vergelijking", en: "an equation") }
            if program.hasPrefix("Excel") { return Message(nl: "een ingesloten Excel-werkblad", en: "an embedded Excel worksheet") }
            return Message(nl: "een ingesloten object (\(program))", en: "an embedded object (\(program))")
        }
        let properties = element.descendants { $0.name == "docPr" }.first
        let alt = [properties?.value("descr"), properties?.value("title")].compactMap { $0 }.first { !$0.isEmpty }
        func named(_ what: Message) -> Message {
            alt.map { Message(nl: "\(what.nl) („\($0)”)", en: "\(what.en) (“\($0)”)") } ?? what
        }
        if uris.contains(where: { $0.hasSuffix("/chart") }) { return named(Message(nl: "een grafiek", en: "a chart")) }
        if uris.contains(where: { $0.hasSuffix("/diagram") }) {
            return named(Message(nl: "een SmartArt-afbeelding", en: "a SmartArt graphic"))
        }
        if uris.contains(where: { $0.hasSuffix("/picture") }) || !element.descendants({ $0.name == "imagedata" }).isEmpty {
            return named(Message(nl: "een afbeelding", en: "an image"))
        }
        if element.name == "contentPart" { return Message(nl: "een handgetekende aantekening", en: "an ink annotation") }
        if uris.contains(where: { $0.contains("wordprocessingGroup") || $0.contains("wordprocessingCanvas") }) {
            return Message(nl: "een groep vormen of tekenpapier", en: "a group of shapes or a drawing canvas")
        }
        return Message(nl: "een vorm of tekening", en: "a shape or drawing")
    }
}

extension XMLElement {
    /// Elements below this one that match, in document order; stops after `limit` elements
    /// (libxml2 already bounds the depth).
    func descendants(limit: Int = 100_000, _ matches: (XMLElement) -> Bool) -> [XMLElement] {
        var result: [XMLElement] = []
        var visited = 0
        func walk(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child, visited < limit {
                if current.pointee.type == XML_ELEMENT_NODE {
                    visited += 1
                    let element = XMLElement(node: current)
                    if matches(element) { result.append(element) }
                    walk(current)
                }
                child = current.pointee.next
            }
        }
        walk(node)
        return result
    }
}

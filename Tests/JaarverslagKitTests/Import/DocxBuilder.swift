import Foundation
import ZIPFoundation

/// Builds a minimal .docx in memory from the XML a test gives, the way Word lays out a
/// package: `[Content_Types].xml`, `_rels/.rels`, `word/document.xml` and its relationships.
struct DocxBuilder {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
        xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
        """

    /// The inside of `w:body`.
    var body: String
    /// The inside of `w:styles`.
    var styles: String?
    /// The inside of `w:numbering`.
    var numbering: String?
    /// The inside of `w:footnotes`.
    var footnotes: String?
    /// The inside of `w:comments`.
    var comments: String?
    /// Hyperlink relationships of the document: id → address.
    var links: [String: String] = [:]
    /// Parts added as they are (name → bytes), or replacing the generated ones.
    var parts: [String: Data] = [:]

    init(
        body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil, comments: String? = nil,
        links: [String: String] = [:]
    ) {
        self.body = body
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes
        self.comments = comments
        self.links = links
    }

    /// Paragraph XML: `p("Tekst", style: "Kop1")`.
    static func p(_ text: String, style: String? = nil, numbering: (id: Int, level: Int)? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numbering { properties += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
            + "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    func partsToWrite() -> [String: Data] {
        var documentRelationships = [
            relationship("rIdStyles", "styles", "styles.xml"), relationship("rIdNumbering", "numbering", "numbering.xml"),
            relationship("rIdFootnotes", "footnotes", "footnotes.xml"), relationship("rIdComments", "comments", "comments.xml"),
        ]
        for (id, address) in links.sorted(by: { $0.key < $1.key }) {
            documentRelationships.append(
                "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"\(address)\" TargetMode=\"External\"/>"
            )
        }
        var result: [String: Data] = [
            "[Content_Types].xml": Data(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """.utf8),
            "_rels/.rels": Data(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8),
            "word/_rels/document.xml.rels": Data(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + documentRelationships.joined() + "</Relationships>").utf8),
            "word/document.xml": Data(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>"
                    .utf8),
            "word/styles.xml": Data(part("styles", styles ?? "").utf8),
            "word/numbering.xml": Data(part("numbering", numbering ?? "").utf8),
            "word/footnotes.xml": Data(part("footnotes", footnotes ?? "").utf8),
            "word/comments.xml": Data(part("comments", comments ?? "").utf8),
        ]
        for (name, bytes) in parts { result[name] = bytes }
        return result
    }

    private func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"\(target)\"/>"
    }

    private func part(_ root: String, _ inside: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:\(root) \(Self.namespaces)>\(inside)</w:\(root)>"
    }

    func data() throws -> Data {
        try Self.zip(partsToWrite().sorted { $0.key < $1.key })
    }

    /// A zip of these entries, deflated, in this order.
    static func zip(_ entries: [(String, Data)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                compressionMethod: compression
            ) { position, size in
                bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        return archive.data ?? Data()
    }
}

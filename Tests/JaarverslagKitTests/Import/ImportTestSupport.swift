import Foundation
@testable import JaarverslagKit

/// What importing a document gives: the Markdown body and the findings, with their rule ids
/// and Dutch messages at hand.
struct Imported {
    var body: String
    var diagnostics: [Diagnostic]
    var documentTitle: String?

    var rules: [String] { diagnostics.map(\.rule.id.rawValue) }

    func messages(_ rule: String) -> [String] {
        diagnostics.filter { $0.rule.id.rawValue == rule }.map(\.message.nl)
    }
}

enum ImportTest {
    static func run(_ builder: DocxBuilder, title: String? = nil, styles: ImportStyleMap = ImportStyleMap()) throws -> Imported {
        try run(builder.data(), title: title, styles: styles)
    }

    static func run(_ data: Data, title: String? = nil, styles: ImportStyleMap = ImportStyleMap()) throws -> Imported {
        let outcome = WordImport.convert(data, options: .init(displayPath: "verslag.docx", styles: styles, title: title))
        guard let body = outcome.body else {
            throw Refused(diagnostics: outcome.diagnostics)
        }
        return Imported(body: body, diagnostics: outcome.diagnostics, documentTitle: outcome.documentTitle)
    }

    static func refusal(_ data: Data) -> Diagnostic? {
        let outcome = WordImport.convert(data, options: .init(displayPath: "verslag.docx"))
        return outcome.body == nil ? outcome.diagnostics.first : nil
    }

    struct Refused: Error, CustomStringConvertible {
        var diagnostics: [Diagnostic]
        var description: String { diagnostics.map { DiagnosticFormatter(language: .nl).format($0) }.joined(separator: "\n") }
    }

    /// Dutch Word's styles.xml: localized ids, English built-in names.
    static let dutchWordStyles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/></w:style>
        <w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/><w:basedOn w:val="Standaard"/></w:style>
        <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/></w:style>
        <w:style w:type="paragraph" w:styleId="Citaat"><w:name w:val="Quote"/><w:basedOn w:val="Standaard"/></w:style>
        <w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standaard"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Lijstopsommingsteken"><w:name w:val="List Bullet"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Lijstvervolg"><w:name w:val="List Continue"/><w:basedOn w:val="Standaard"/></w:style>
        <w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/></w:style>
        <w:style w:type="character" w:styleId="Nadruk"><w:name w:val="Emphasis"/></w:style>
        <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
        """

    /// numbering.xml with a bullet list (1), a decimal list (2) and a lettered list (3), each
    /// with two levels, and instances 1–3 of them; 9 is the List Bullet style's list.
    static let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:pStyle w:val="Lijstopsommingsteken"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="9"><w:abstractNumId w:val="3"/></w:num>
        """
}

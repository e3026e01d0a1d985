import Foundation
import JaarverslagKit
import ZIPFoundation

/// One fuzz input is one Word document. Its first byte chooses how the rest is used (modulo
/// 3): 0, the rest is the whole .docx file (the zip container, the sniffing of .doc and
/// .odt); 1, the rest is `word/document.xml`, packed with fixed styles and numbering into a
/// valid package, so that the fuzzer reaches the XML reader past the zip's checksums; 2, the
/// rest is HTML as Word puts it on the clipboard.
///
/// The fixed parts are made anew for every input: libFuzzer's leak check counts heap memory
/// that a global keeps as leaked.
///
/// Checked on every input: a refused file says why with an error; an imported body loads as
/// a fragment with nothing the renderers cannot show; nothing crashes or traps.
var styles: Data {
    Data(
        """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Lijst"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/></w:style></w:styles>
        """.utf8)
}
var numbering: Data {
    Data(
        """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>
        """.utf8)
}
var relationships: Data {
    Data(
        """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rL" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40.nl%2F&amp;data=x" TargetMode="External"/></Relationships>
        """.utf8)
}

func package(document: Data) -> Data {
    guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return Data() }
    let parts: [(String, Data)] = [
        ("[Content_Types].xml", Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
        ("word/_rels/document.xml.rels", relationships), ("word/document.xml", document), ("word/numbering.xml", numbering),
        ("word/styles.xml", styles),
    ]
    for (name, bytes) in parts {
        try? archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none) { position, size in
            bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
        }
    }
    return archive.data ?? Data()
}

func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let rest = Data(bytes: data + 1, count: size - 1)
    let options = WordImport.Options(displayPath: "fuzz.docx", title: "Titel")
    let outcome: WordImport.Outcome
    switch data[0] % 3 {
    case 0: outcome = WordImport.convert(rest, options: options)
    case 1: outcome = WordImport.convert(package(document: rest), options: options)
    default: outcome = WordImport.convert(html: String(decoding: rest, as: UTF8.self), options: options)
    }
    for diagnostic in outcome.diagnostics { _ = DiagnosticFormatter(language: .nl).format(diagnostic) }
    guard let body = outcome.body else {
        precondition(outcome.diagnostics.hasErrors, "a refused file must say why")
        return 0
    }
    precondition(!outcome.diagnostics.hasErrors, "an imported file has warnings only")
    let text = "---\nyear: 2099\npillar: sociaal\ngroup: geval\ntitle: Titel\n---\n" + body
    let (fragment, _) = FragmentLoader.load(text: text, id: FragmentID(year: 2099, group: "geval"), path: "fragments/2099/geval.md")
    precondition(fragment != nil, "the imported text must load as a fragment")
    precondition(fragment?.unsupported.isEmpty ?? true, "the importer wrote Markdown the report cannot show: \(fragment!.unsupported)")
    return 0
}

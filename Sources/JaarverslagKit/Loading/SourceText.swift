import Foundation

/// Turns the bytes of an input file into text the rest of the pipeline can trust:
/// UTF-8 with or without BOM, line ends normalised to LF.
///
/// Secretaries save files from Word and e-mail, so the common wrong encodings get a message
/// that says what happened and how to fix it instead of a parser error further on.
enum SourceText {
    static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(
                Diagnostic(
                    .encodingUTF16, Messages.utf16, at: TextLocation(path: path, line: 1, column: 1),
                    fix: Messages.saveAsUTF8))
        }
        var content = bytes[...]
        if content.starts(with: SourceFormat.byteOrderMarkBytes) { content = content.dropFirst(3) }
        guard let text = String(validating: content, as: UTF8.self) else {
            let (line, column) = firstInvalidPosition(in: Array(content))
            let location = TextLocation(path: path, line: line, column: column)
            let looksLikeWindows1252 = String(data: Data(content), encoding: .windowsCP1252) != nil
            return .failure(
                Diagnostic(
                    looksLikeWindows1252 ? .encodingWindows1252 : .encodingInvalidUTF8,
                    looksLikeWindows1252 ? Messages.windows1252 : Messages.invalidUTF8, at: location,
                    fix: Messages.saveAsUTF8))
        }
        return .success(normalizeLineEnds(text))
    }

    /// CRLF and lone CR become LF, so line numbers agree with every editor.
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.containsByte(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Line and column (in characters) of the first byte that is not valid UTF-8.
    private static func firstInvalidPosition(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid =
                length > 0 && index + length <= bytes.count
                && String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            if !valid {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return (line, prefix.count + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}

extension SourceText {
    enum Messages {
        static let utf16 = Message(
            nl: "dit bestand is opgeslagen als UTF-16; jaarverslag leest alleen UTF-8",
            en: "this file is saved as UTF-16; jaarverslag reads UTF-8 only")
        static let windows1252 = Message(
            nl:
                "dit bestand is opgeslagen als Windows-1252 (zoals Word dat doet), niet als UTF-8; letters als ë en ’ komen er verkeerd uit",
            en: "this file is saved as Windows-1252 (as Word does), not as UTF-8; letters such as ë and ’ would come out wrong")
        static let invalidUTF8 = Message(
            nl: "dit bestand bevat bytes die geen geldige UTF-8 zijn",
            en: "this file contains bytes that are not valid UTF-8")
        static let saveAsUTF8 = Message(
            nl: "open het bestand in een teksteditor en sla het op als ‘UTF-8’ (in Kladblok: Opslaan als… → Codering: UTF-8)",
            en: "open the file in a text editor and save it as ‘UTF-8’ (in Notepad: Save As… → Encoding: UTF-8)")
    }
}

extension Rule {
    static let encodingWindows1252 = Rule(
        "encoding-windows-1252", .error, stage: .loading,
        summary: Message(
            nl: "een bestand opgeslagen als Windows-1252 (zoals Word tekst opslaat), niet als UTF-8",
            en: "a file saved as Windows-1252 (as Word saves text), not UTF-8"))
    static let encodingUTF16 = Rule(
        "encoding-utf16", .error, stage: .loading,
        summary: Message(nl: "een bestand opgeslagen als UTF-16", en: "a file saved as UTF-16"))
    static let encodingInvalidUTF8 = Rule(
        "encoding-invalid-utf8", .error, stage: .loading,
        summary: Message(nl: "bytes die geen geldige UTF-8 zijn", en: "bytes that are not valid UTF-8"))
}

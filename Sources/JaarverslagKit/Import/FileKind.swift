import Foundation

/// Tells a .docx from the files secretaries send instead: a Word 97 `.doc`, a password-
/// protected document (both are OLE2 compound files), an OpenDocument text, a PDF, RTF or
/// HTML. Only the first bytes and, for OLE2, the stream names are looked at.
enum FileKind {
    case zip
    case refused(ImportFailure.Reason)

    static func of(_ data: Data) -> FileKind {
        if data.isEmpty { return .refused(.emptyFile) }
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An encrypted .docx is an OLE2 file with the streams EncryptionInfo and
            // EncryptedPackage; their names are stored in UTF-16.
            return .refused(containsUTF16(data, "EncryptedPackage") ? .encrypted : .word97)
        }
        let text = String(decoding: data.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\u{FEFF}", with: "")
        if text.hasPrefix("%PDF") { return .refused(.notDocx("een PDF")) }
        if text.hasPrefix("{\\rtf") { return .refused(.notDocx("een RTF-bestand")) }
        let lowered = text.lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.contains("mime-version:") {
            return .refused(.notDocx("een webpagina (HTML)"))
        }
        if lowered.hasPrefix("<?xml") { return .refused(.notDocx("een los XML-bestand")) }
        return .refused(.notDocx(nil))
    }

    private static func containsUTF16(_ data: Data, _ name: String) -> Bool {
        let needle = Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.prefix(4 * 1024 * 1024).range(of: needle) != nil
    }
}

import Foundation
import Hummingbird
import JaarverslagKit
import MultipartKit
import NIOCore

/// One file sent as a field of a `multipart/form-data` body (MultipartKit's parser), at most
/// `limit` bytes. What the file is, its reader decides from its bytes: the name and the media
/// type a browser sends are not trusted.
struct UploadedFile: Sendable {
    /// The file's own name, for messages (`Verslag.docx: …`).
    var name: String
    var data: Data

    static func read(_ request: Request, field: String, limit: Int) async throws -> UploadedFile {
        guard let type = request.headers[.contentType], let boundary = boundary(of: type) else { throw PortalError.notMultipart }
        let buffer = try await JSONResponse.body(of: request, limit: limit + 64 * 1024, tooLarge: PortalError.uploadTooLarge)
        let parser = MultipartParser(boundary: boundary)
        var disposition: String?
        var body = ByteBuffer()
        var found: (disposition: String, body: ByteBuffer)?
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { chunk in
            if found == nil { body.writeBuffer(&chunk) }
        }
        parser.onPartComplete = {
            if found == nil, let value = disposition, parameter("name", in: value) == field { found = (value, body) }
            disposition = nil
            body = ByteBuffer()
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw PortalError.noFile
        }
        guard let found else { throw PortalError.noFile }
        guard found.body.readableBytes <= limit else { throw PortalError.uploadTooLarge }
        return UploadedFile(
            name: displayName(parameter("filename", in: found.disposition) ?? ""), data: Data(found.body.readableBytesView))
    }

    /// `multipart/form-data; boundary=…` → the boundary (quotes removed); nil for any other type.
    static func boundary(of contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        return parameter("boundary", in: contentType).flatMap { (1...70).contains($0.count) ? $0 : nil }
    }

    /// A parameter of a header value (`form-data; name="file"; filename="a.docx"`), quotes removed.
    static func parameter(_ name: String, in value: String) -> String? {
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            return pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2
                ? String(pair[1].dropFirst().dropLast()) : pair[1]
        }
        return nil
    }

    /// The name as shown in messages: its last path component, printable characters only, at
    /// most 120 of them.
    static func displayName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(
            String.UnicodeScalarView(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.prefix(120)))
        return clean.trimmingCharacters(in: .whitespaces).isEmpty ? "upload.docx" : clean
    }
}

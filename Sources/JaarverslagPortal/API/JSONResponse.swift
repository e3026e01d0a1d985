import Foundation
import Hummingbird
import NIOCore

/// JSON in and out, with the body capped before it is read.
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Reads at most the portal's limit of the body (413 above it) and decodes it (400 when
    /// it is not the expected JSON).
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: PortalLimits.maxRequestBody)
        } catch is NIOTooManyBytesError {
            throw PortalError.tooLarge
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw PortalError.tooLarge
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw PortalError.badRequest
        }
    }
}

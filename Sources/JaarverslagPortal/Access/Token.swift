import Crypto
import Foundation

/// Secrets handed to people: login tokens, session tokens and CSRF tokens.
///
/// 256 random bits from the system's secure generator (`getrandom(2)` on Linux), written in
/// URL-safe Base64. Only the SHA-256 of a login or session token is stored, so reading the
/// database does not let anyone in; comparing hashes also keeps the comparison from leaking
/// how much of a guess was right.
enum Token {
    static let byteCount = 32

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A token as `make` writes it: 43 characters of URL-safe Base64. Anything else is refused
    /// before it reaches the database.
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 43
            && token.utf8.allSatisfy { byte in
                (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 45 || byte == 95
            }
    }
}

/// The version of a fragment: the SHA-256 of the file's bytes, so that any change made
/// outside the portal gives another version.
enum ContentVersion {
    /// The version of a fragment that has no file yet.
    static let absent = "absent"

    static func of(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

import Foundation
import JaarverslagKit

/// The JSON the API answers with and accepts; the names are the API's.

struct SessionPayload: Codable, Sendable {
    var role: String
    var year: Int?
    var groups: [String]
    var csrfToken: String
    var name: String
}

struct FragmentPayload: Codable, Sendable {
    var year: Int
    var group: String
    var text: String
    /// The SHA-256 of the file's bytes, or `absent` when the group has no file yet.
    var version: String
    var exists: Bool
    var diagnostics: [DiagnosticPayload]
    var errors: Int
    var warnings: Int
    var bodyLine: Int?
}

struct SaveRequest: Codable, Sendable {
    var text: String
    var baseVersion: String
}

struct SavePayload: Codable, Sendable {
    var version: String
    /// False when the text was already exactly what is on disk.
    var changed: Bool
    /// True when the saved text still has errors: it is kept as a draft, never refused.
    var hasErrors: Bool
    var message: String
    var diagnostics: [DiagnosticPayload]
    var errors: Int
    var warnings: Int
    var bodyLine: Int?
}

struct ConflictPayload: Codable, Sendable {
    struct Current: Codable, Sendable {
        var text: String
        var version: String
        var exists: Bool
        var author: String?
        var time: Date?
    }
    var error: ErrorPayload.Body
    var current: Current
}

struct PreviewRequest: Codable, Sendable {
    var group: String
    var text: String
}

struct PreviewPayload: Codable, Sendable {
    var group: String
    var preview: SectionPreview?
    var diagnostics: [DiagnosticPayload]
    var errors: Int
    var warnings: Int
    var bodyLine: Int?
}

struct HistoryPayload: Codable, Sendable {
    struct Entry: Codable, Sendable {
        var version: String
        var author: String
        var time: Date
        var kind: String
    }
    var versions: [Entry]
}

struct VersionPayload: Codable, Sendable {
    var version: String
    var text: String
    var author: String
    var time: Date
    var kind: String
}

struct RestoreRequest: Codable, Sendable {
    var version: String
    var baseVersion: String?
}

struct TemplatePayload: Codable, Sendable {
    var text: String
    /// The earlier fragment it was made from, if any.
    var basedOn: String?
}

struct FrontMatterRequest: Codable, Sendable {
    struct ChairField: Codable, Sendable {
        var name: String?
        var city: String
        var role: String
    }
    var yaml: String
    var title: String?
    var status: String?
    var chairs: [ChairField]?
}

struct FrontMatterPayload: Codable, Sendable {
    var yaml: String
    /// The form's fields as the changed front matter has them.
    var title: String?
    var status: String?
    var chairs: [FrontMatterRequest.ChairField]
}

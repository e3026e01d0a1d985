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
    /// `missing`, `draft`, `returned`, `submitted` or `approved`.
    var state: String
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

struct FixRequest: Codable, Sendable {
    var group: String
    var text: String
    var rule: String
    var line: Int
    var column: Int
}

struct FixPayload: Codable, Sendable {
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

/// The body of a workflow step; every field is optional, and an empty body is `{}`.
struct StepRequest: Codable, Sendable {
    /// The coordinator's comment: required to send a text back, kept with an approval.
    var comment: String?
    /// The version the person looked at; the step is refused with 409 when the text changed since.
    var baseVersion: String?
}

struct TransitionPayload: Codable, Sendable {
    var action: String
    var actor: String
    var time: Date
    var comment: String?
    var version: String

    init(_ transition: Transition) {
        action = transition.action.rawValue
        actor = transition.actor
        time = transition.time
        comment = transition.comment
        version = transition.version
    }
}

struct WorkflowPayload: Codable, Sendable {
    /// `missing`, `draft`, `returned`, `submitted` or `approved`.
    var state: String
    var version: String
    var message: String?
    /// Newest first.
    var transitions: [TransitionPayload]
}

struct BuildRequest: Codable, Sendable {
    var pdf: Bool?
    var draft: Bool?
}

struct BuiltFilePayload: Codable, Sendable {
    var format: String
    var name: String
    var url: String
    var size: Int
    var edition: String

    init(_ file: BuiltFile) {
        format = file.format
        name = file.name
        url = file.url
        size = file.size
        edition = file.edition.rawValue
    }
}

struct BuildPayload: Codable, Sendable {
    /// `published` or `draft`.
    var edition: String
    var files: [BuiltFilePayload]
    var written: Int
    var unchanged: Int
    var message: String
}

/// What `GET /api/{year}/build` says: whether the year can be published, why not, and what is built.
struct PublishStatePayload: Codable, Sendable {
    var final: Bool
    var reasons: [String]
    var pdfAvailable: Bool
    var files: [BuiltFilePayload]
}

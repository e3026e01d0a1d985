import Foundation
import JaarverslagKit

/// Builds a year's report from the dashboard with the compiler's own `Pipeline.build`, as
/// `jaarverslag build` does (`--pdf` when WeasyPrint is installed), one build at a time.
///
/// The published edition goes where `build` puts it, next to the manifest in `reports/<year>/`,
/// and only while `status --final` would pass. A draft edition, built on purpose before that,
/// says so on its cover and goes to the portal's own folder (`.jaarverslag/concept/<year>/`),
/// so that it can never replace or pass for the published files.
actor Publisher {
    let workspace: Workspace
    let database: PortalDatabase
    let now: @Sendable () -> Date
    /// How the PDF is made; nil when WeasyPrint is not installed.
    let weasyPrint: WeasyPrint?
    private var building = false

    init(workspace: Workspace, database: PortalDatabase, now: @escaping @Sendable () -> Date, weasyPrint: WeasyPrint?) {
        self.workspace = workspace
        self.database = database
        self.now = now
        self.weasyPrint = weasyPrint
    }

    enum Edition: String, Codable, Sendable {
        case published
        case draft
    }

    /// The folder an edition of a year is built into.
    nonisolated func directory(_ edition: Edition, year: Int) -> URL {
        switch edition {
        case .published: workspace.reportDirectory(year: year)
        case .draft:
            workspace.root.appendingPathComponent(".jaarverslag").appendingPathComponent("concept")
                .appendingPathComponent(String(year))
        }
    }

    /// The outputs a build writes, in the order the dashboard lists them.
    static let formats = ["html", "pdf", "xml", "txt"]

    /// The built files of a year that are there now, published edition first.
    nonisolated func files(year: Int) -> [BuiltFile] {
        var found: [BuiltFile] = []
        for edition in [Edition.published, .draft] {
            for format in Self.formats {
                let url = directory(edition, year: year).appendingPathComponent("jaarverslag-\(year).\(format)")
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                    attributes[.type] as? FileAttributeType == .typeRegular
                else { continue }
                found.append(
                    BuiltFile(
                        year: year, edition: edition, format: format, size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                        modified: attributes[.modificationDate] as? Date))
            }
        }
        return found
    }

    /// Why the year cannot be published yet: every group missing, in draft, waiting for
    /// approval or with errors, and problems outside the fragments. Empty when
    /// `status --final` passes.
    static func reasons(_ status: StatusReport, states: [String: EditorialState]) -> [Message] {
        var reasons: [Message] = []
        for group in status.chapters.flatMap(\.groups) {
            let name = group.title ?? group.group
            switch states[group.group] ?? EditorialState(status: group.state) {
            case .missing: reasons.append(Message(nl: "\(name): nog niets ingeleverd", en: "\(name): nothing handed in yet"))
            case .draft: reasons.append(Message(nl: "\(name): nog een concept", en: "\(name): still a draft"))
            case .returned:
                reasons.append(
                    Message(nl: "\(name): teruggestuurd, nog niet opnieuw ingeleverd", en: "\(name): sent back, not handed in again yet"))
            case .submitted:
                reasons.append(Message(nl: "\(name): ingeleverd, nog niet goedgekeurd", en: "\(name): handed in, not approved yet"))
            case .approved: break
            }
            if group.errors > 0 {
                reasons.append(
                    Message(
                        nl: "\(name): \(group.errors == 1 ? "1 fout" : "\(group.errors) fouten")",
                        en: "\(name): \(group.errors == 1 ? "1 error" : "\(group.errors) errors")"))
            }
        }
        let inGroups = status.chapters.flatMap(\.groups).map(\.errors).reduce(0, +)
        if status.totals.errors > inGroups {
            let other = status.totals.errors - inGroups
            reasons.append(
                Message(
                    nl: "\(other == 1 ? "1 fout" : "\(other) fouten") buiten de teksten (het manifest of de map met fragmenten; "
                        + "zie ‘Buiten de teksten’ hierboven)",
                    en: "\(other == 1 ? "1 error" : "\(other) errors") outside the texts (the manifest or the fragments folder; "
                        + "see ‘Outside the texts’ above)"))
        }
        return reasons
    }

    enum Outcome: Sendable {
        case built(BuildSummary)
        /// The compiler found errors, or could not write: nothing was written.
        case failed([Diagnostic])
    }

    struct BuildSummary: Sendable {
        var edition: Edition
        var files: [BuiltFile]
        var written: Int
        var unchanged: Int
    }

    /// Builds the year; the caller has checked that it may. Runs on a thread of its own:
    /// WeasyPrint takes seconds, and the server's threads must go on answering meanwhile.
    func build(year: Int, pdf: Bool, edition: Edition, actor: String) async throws -> Outcome {
        guard !building else { throw PortalError.busyBuilding }
        building = true
        defer { building = false }
        let directory = directory(edition, year: year)
        let workspace = workspace
        let weasyPrint = pdf ? weasyPrint : nil
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let schema = try? DocBookSchema.load(.builtIn)
                continuation.resume(
                    returning: Pipeline.build(
                        year: year, in: workspace, outputDirectory: directory, schema: schema ?? nil, pdf: weasyPrint,
                        draft: edition == .draft))
            }
        }
        let built: Pipeline.BuildResult
        switch result {
        case .failure(let failure): return .failed(failure.diagnostics)
        case .success(let value): built = value
        }
        guard built.succeeded else { return .failed(built.diagnostics.filter { $0.severity == .error }) }
        let time = now()
        try database.write { db in
            var entry = AuditEntry(
                time: time, actor: actor, action: "build", year: year,
                detail:
                    "\(edition.rawValue)\(pdf ? " met pdf" : ""): \(built.written.count) geschreven, \(built.unchanged.count) ongewijzigd")
            try entry.insert(db)
        }
        let names = Set((built.written + built.unchanged).map(\.lastPathComponent))
        return .built(
            BuildSummary(
                edition: edition, files: files(year: year).filter { $0.edition == edition && names.contains($0.name) },
                written: built.written.count, unchanged: built.unchanged.count))
    }
}

/// One output of a build, as the dashboard lists it and `/files/{year}/` serves it.
struct BuiltFile: Codable, Sendable, Hashable {
    var year: Int
    var edition: Publisher.Edition
    /// `html`, `pdf`, `xml` (DocBook) or `txt`.
    var format: String
    var size: Int
    var modified: Date?

    var name: String { "jaarverslag-\(year).\(format)" }

    /// Where the portal serves it: `/files/2023/jaarverslag-2023.pdf`, or under `concept/`.
    var url: String { "/files/\(year)/" + (edition == .draft ? "concept/" : "") + name }

    var contentType: String {
        switch format {
        case "html": "text/html; charset=utf-8"
        case "pdf": "application/pdf"
        case "xml": "application/docbook+xml; charset=utf-8"
        default: "text/plain; charset=utf-8"
        }
    }
}

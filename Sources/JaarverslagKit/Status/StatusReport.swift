import Foundation

/// The coordinator's overview of a year: for every chapter, every expected group with its
/// state (missing, draft, submitted, final), its errors and warnings, and its word count.
public struct StatusReport: Hashable, Sendable, Codable {
    public var schemaVersion = 1
    public var year: Int
    public var chapters: [ChapterStatus]
    /// Findings in no fragment (a file in the fragments folder that is no fragment, the
    /// manifest): the totals count them, so they are shown, or a counted error could not be found.
    public var elsewhere: [Finding] = []
    public var totals: Totals

    public enum State: String, Hashable, Sendable, Codable {
        case missing
        /// There is a file, but it has errors (also when it could not be read at all).
        case error
        case draft
        /// Handed in through the portal, waiting for the coordinator's approval.
        case submitted
        case final
    }

    public struct GroupStatus: Hashable, Sendable, Codable {
        public var group: String
        public var title: String?
        public var state: State
        public var path: String?
        public var errors: Int
        public var warnings: Int
        public var words: Int
        /// False for a fragment the manifest does not list.
        public var expected: Bool
        /// The first error of a fragment in error; for a final fragment, that it still holds
        /// last year's text.
        public var note: Finding?
    }

    /// One finding, as the status shows it under a group.
    public struct Finding: Hashable, Sendable, Codable {
        public var rule: String
        /// `path:line:column`
        public var location: String
        public var message: Message
        /// Given for the findings in no fragment; under a group, the group's state says it.
        public var severity: Severity?
        /// How to fix it, for the findings in no fragment: no editor shows them with their advice.
        public var fix: Message?
    }

    public struct ChapterStatus: Hashable, Sendable, Codable {
        /// Empty for the files that could not be placed in any chapter.
        public var id: String
        public var title: String
        public var groups: [GroupStatus]
    }

    public struct Totals: Hashable, Sendable, Codable {
        public var groups = 0
        public var missing = 0
        public var error = 0
        public var draft = 0
        public var submitted = 0
        public var final = 0
        public var errors = 0
        public var warnings = 0
        public var words = 0
    }

    /// The status of a year in the workspace.
    public static func load(year: Int, in store: any FragmentStore) -> Result<StatusReport, YearLoadFailure> {
        Pipeline.check(year: year, in: store).map(StatusReport.init)
    }

    /// `status --format json`: keys sorted, so the output is stable byte for byte.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return PrintableText.json(String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self))
    }

    /// Ready to publish: nothing missing, nothing in draft or waiting for approval, no errors.
    public var isFinal: Bool {
        totals.missing == 0 && totals.draft == 0 && totals.submitted == 0 && totals.error == 0 && totals.errors == 0
    }

    public init(_ result: Pipeline.CheckResult) {
        let manifest = result.sources.manifest
        year = manifest.year
        let diagnosticsByPath = Dictionary(grouping: result.diagnostics, by: \.location.path)
        var byGroup: [String: Fragment] = [:]
        for fragment in result.sources.fragments { if let group = fragment.groupID, byGroup[group] == nil { byGroup[group] = fragment } }
        let byFile = Dictionary(result.sources.fragments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var shown: Set<FragmentID> = []
        func status(_ group: String, expected: Bool) -> GroupStatus {
            let fileID = FragmentID(year: manifest.year, group: group)
            let fragment = byGroup[group] ?? byFile[fileID]
            // A file that is there counts, also when it could not be read: it is never missing.
            guard let id = fragment?.id ?? (result.sources.paths[fileID] == nil ? nil : fileID),
                let path = result.sources.paths[id]
            else {
                // No text yet: the group goes by last year's name, where there is one.
                return GroupStatus(
                    group: group, title: result.earlier?.latestTitle(group: group), state: .missing, path: nil, errors: 0, warnings: 0,
                    words: 0, expected: expected)
            }
            shown.insert(id)
            let own = diagnosticsByPath[path] ?? []
            let state: State =
                own.hasErrors || fragment == nil ? .error : State(fragment?.frontMatter.status?.value ?? .final)
            let note: Diagnostic? =
                state == .error ? own.first { $0.severity == .error } : state == .final ? own.first { $0.rule == .lastYearsText } : nil
            return GroupStatus(
                group: group, title: fragment?.title, state: state, path: path, errors: own.errorCount, warnings: own.warningCount,
                words: fragment?.body.flatMap(Words.of).count ?? 0, expected: expected,
                note: note.map { Finding(rule: $0.rule.id.rawValue, location: $0.location.description, message: $0.message) })
        }
        var chapters: [ChapterStatus] = []
        if let foreword = manifest.foreword {
            chapters.append(
                ChapterStatus(id: Manifest.forewordPillar, title: "Voorwoord", groups: [status(foreword.value, expected: true)]))
        }
        let ordered = Orderer.order(result.sources.fragments, by: manifest)
        for (plan, chapter) in zip(manifest.chapters, ordered.chapters) {
            var groups =
                [plan.intro].compactMap { $0 }.map { status($0.value, expected: true) }
                + plan.groups.map { status($0.value, expected: true) }
            let listed = Set(groups.map(\.group))
            // A file already shown under the group its name gives (`woningmarkt.md` with
            // `group: woningmarket`) is not shown, or counted, a second time.
            groups += chapter.sections.compactMap(\.groupID).filter {
                !listed.contains($0) && !(byGroup[$0].map { shown.contains($0.id) } ?? false)
            }
            .map { status($0, expected: false) }
            chapters.append(ChapterStatus(id: plan.id, title: plan.title, groups: groups))
        }
        // Files no chapter shows (they could not be read, or name no chapter of the manifest).
        let unplaced = result.sources.ids.filter { !shown.contains($0) }
        if !unplaced.isEmpty {
            chapters.append(ChapterStatus(id: "", title: "", groups: unplaced.map { status($0.group, expected: false) }))
        }
        var totals = Totals()
        for group in chapters.flatMap(\.groups) {
            totals.groups += 1
            switch group.state {
            case .missing: totals.missing += 1
            case .error: totals.error += 1
            case .draft: totals.draft += 1
            case .submitted: totals.submitted += 1
            case .final: totals.final += 1
            }
            totals.errors += group.errors
            totals.warnings += group.warnings
            totals.words += group.words
        }
        // Problems in no fragment (the folder, the manifest) still count; who is missing is shown above.
        let placed = Set(chapters.flatMap(\.groups).compactMap(\.path))
        let elsewhere = result.diagnostics.filter {
            !placed.contains($0.location.path) && $0.rule != .missingGroup && $0.rule != .emptyChapter
        }
        totals.errors += elsewhere.errorCount
        totals.warnings += elsewhere.warningCount
        self.elsewhere = elsewhere.map {
            Finding(
                rule: $0.rule.id.rawValue, location: $0.location.description, message: $0.message, severity: $0.severity, fix: $0.fix)
        }
        self.chapters = chapters
        self.totals = totals
    }
}

extension StatusReport.State {
    /// A fragment's state from its front matter (`final` when it says nothing).
    init(_ status: FrontMatter.Status) {
        switch status {
        case .draft: self = .draft
        case .submitted: self = .submitted
        case .final: self = .final
        }
    }
}

import Foundation

/// The coordinator's overview of a year: for every chapter, every expected group with its
/// state (missing, draft, final), its errors and warnings, and its word count.
public struct StatusReport: Hashable, Sendable, Codable {
    public var schemaVersion = 1
    public var year: Int
    public var chapters: [ChapterStatus]
    public var totals: Totals

    public enum State: String, Hashable, Sendable, Codable {
        case missing
        case draft
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
    }

    public struct ChapterStatus: Hashable, Sendable, Codable {
        public var id: String
        public var title: String
        public var groups: [GroupStatus]
    }

    public struct Totals: Hashable, Sendable, Codable {
        public var groups = 0
        public var missing = 0
        public var draft = 0
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

    /// Ready to publish: nothing missing, nothing in draft, no errors.
    public var isFinal: Bool { totals.missing == 0 && totals.draft == 0 && totals.errors == 0 }

    public init(_ result: Pipeline.CheckResult) {
        let manifest = result.sources.manifest
        year = manifest.year
        var byGroup: [String: Fragment] = [:]
        for fragment in result.sources.fragments { if let group = fragment.groupID, byGroup[group] == nil { byGroup[group] = fragment } }
        func status(_ group: String, expected: Bool) -> GroupStatus {
            guard let fragment = byGroup[group] else {
                return GroupStatus(
                    group: group, title: nil, state: .missing, path: nil, errors: 0, warnings: 0, words: 0, expected: expected)
            }
            let own = result.diagnostics.filter { $0.location.path == fragment.path }
            return GroupStatus(
                group: group, title: fragment.title, state: fragment.frontMatter.status?.value == .draft ? .draft : .final,
                path: fragment.path,
                errors: own.errorCount, warnings: own.warningCount, words: fragment.body.flatMap(Words.of).count, expected: expected)
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
            groups += chapter.sections.compactMap(\.groupID).filter { !listed.contains($0) }.map { status($0, expected: false) }
            chapters.append(ChapterStatus(id: plan.id, title: plan.title, groups: groups))
        }
        var totals = Totals()
        for group in chapters.flatMap(\.groups) {
            totals.groups += 1
            switch group.state {
            case .missing: totals.missing += 1
            case .draft: totals.draft += 1
            case .final: totals.final += 1
            }
            totals.errors += group.errors
            totals.warnings += group.warnings
            totals.words += group.words
        }
        // Problems in no fragment (an unreadable file, the manifest) still count.
        let placed = Set(chapters.flatMap(\.groups).compactMap(\.path))
        let elsewhere = result.diagnostics.filter { !placed.contains($0.location.path) && $0.rule != .missingGroup }
        totals.errors += elsewhere.errorCount
        totals.warnings += elsewhere.warningCount
        self.chapters = chapters
        self.totals = totals
    }
}

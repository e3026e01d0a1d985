import Foundation

/// A group the year's manifest expects that has no fragment yet.
public struct PendingGroup: Hashable, Sendable {
    public var group: String
    public var chapter: String
    public var chapterTitle: String
}

/// One side of a diff, loaded: the report, and for a year what is not in it yet.
public struct LoadedSide: Sendable {
    public var report: Report
    /// Groups the manifest expects that have no fragment yet.
    public var pending: [PendingGroup] = []
    /// Fragments left out because they have errors: the first error of each.
    public var skipped: [Diagnostic] = []
    /// The groups of the fragments left out (by file name and by `group:`).
    public var skippedGroups: Set<String> = []
    /// The groups of the fragments left out that the manifest expects, with their chapters: a
    /// chapter waiting for them is not removed, as for groups not handed in yet.
    public var skippedExpected: [PendingGroup] = []
}

/// One side of a diff: a year in the repository (compiled from its fragments) or a DocBook
/// file written by `jaarverslag build`.
public enum DiffSide: Sendable, Equatable {
    case year(Int)
    case docbook(path: String)

    /// An argument of digits only is a year (and must have four of them); anything else is a
    /// file path.
    public static func parse(_ argument: String) -> Result<DiffSide, YearArgument.Failure> {
        guard YearArgument.isDigits(argument) else { return .success(.docbook(path: argument)) }
        return YearArgument.parse(argument).map(DiffSide.year)
    }

    public var isYear: Bool {
        if case .year = self { return true }
        return false
    }

    public var label: String {
        switch self {
        case .year(let year): return String(year)
        case .docbook(let path): return path
        }
    }

    public enum LoadError: CommandFailure {
        case year(YearLoadFailure)
        case docbook(DocBookReader.Failure)

        public var message: Message {
            switch self {
            case .year(let failure): return failure.message
            case .docbook(let failure): return failure.message
            }
        }

        public var diagnostics: [Diagnostic] {
            switch self {
            case .year(let failure): return failure.diagnostics
            case .docbook: return []
            }
        }

        public var location: TextLocation? {
            if case .docbook(let failure) = self { return failure.location }
            return nil
        }
    }

    /// Both sides at once: each side's own loading is parallel, but its manifest, file
    /// listing and assembly are not, and those overlap this way.
    public static func load(_ sides: [DiffSide], in workspace: Workspace) -> [Result<LoadedSide, LoadError>] {
        ResultSlots.concurrentMap(sides.count) { sides[$0].load(in: workspace) }
    }

    /// A year is compared as far as it can be: a fragment with errors is left out (and listed),
    /// a group the manifest expects without a fragment is not yet submitted. Only a year that
    /// cannot be read at all (no manifest, a broken one) is refused.
    public func load(in workspace: Workspace) -> Result<LoadedSide, LoadError> {
        switch self {
        case .year(let year):
            switch Pipeline.check(year: year, in: workspace, lints: false) {
            case .failure(let failure): return .failure(.year(failure))
            case .success(let result):
                var sources = result.sources
                let broken = Dictionary(grouping: result.diagnostics.filter { $0.severity == .error }, by: \.location.path)
                let skipped = sources.ids.compactMap { sources.paths[$0].flatMap { broken[$0]?.first } }
                let brokenIDs = sources.ids.filter { sources.paths[$0].map { broken[$0] != nil } ?? false }
                let skippedGroups = Set(
                    brokenIDs.map(\.group) + sources.fragments.filter { broken[$0.path] != nil }.compactMap(\.groupID))
                sources.fragments.removeAll { broken[$0.path] != nil }
                let present = Set(sources.fragments.compactMap(\.groupID)).union(skippedGroups)
                let titles = Dictionary(sources.manifest.chapters.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
                let expected = sources.manifest.expectedGroups.map {
                    PendingGroup(group: $0.group.value, chapter: $0.chapter, chapterTitle: titles[$0.chapter] ?? "Voorwoord")
                }
                return .success(
                    LoadedSide(
                        report: Pipeline.assemble(sources), pending: expected.filter { !present.contains($0.group) }, skipped: skipped,
                        skippedGroups: skippedGroups, skippedExpected: expected.filter { skippedGroups.contains($0.group) }))
            }
        case .docbook(let path):
            return DocBookReader.read(contentsOf: URL(fileURLWithPath: path), displayPath: path).map { LoadedSide(report: $0) }
                .mapError { .docbook($0) }
        }
    }
}

/// Two reports and what changed between them: what `jaarverslag diff` prints in any format.
public struct Comparison: Sendable {
    public var old: Report
    public var new: Report
    public var diff: YearDiff

    /// Loads both sides (at once) and compares them.
    public static func compare(_ old: DiffSide, _ new: DiffSide, in workspace: Workspace) -> Result<Comparison, DiffSide.LoadError> {
        let loaded = DiffSide.load([old, new], in: workspace)
        switch (loaded[0], loaded[1]) {
        case (.failure(let failure), _), (_, .failure(let failure)):
            return .failure(failure)
        case (.success(let before), .success(let after)):
            var diff = Differ.diff(
                before.report, after.report, oldSource: old.label, newSource: new.label, pending: after.pending + after.skippedExpected,
                leftOut: after.skippedGroups)
            let pending = pending(missing: after.pending, old: before.report, new: after.report)
            diff.pending = pending.isEmpty ? nil : pending
            diff.skipped = before.skipped.map { skipped("old", $0) } + after.skipped.map { skipped("new", $0) }
            return .success(Comparison(old: before.report, new: after.report, diff: diff))
        }
    }

    /// Missing groups (titled as last year, when they were there) and the new report's drafts.
    static func pending(missing: [PendingGroup], old: Report, new: Report) -> [YearDiff.Pending] {
        var oldTitles: [String: String] = [:]
        if let foreword = old.foreword { oldTitles[foreword.id] = foreword.title }
        for chapter in old.chapters {
            if let origin = chapter.introGroup { oldTitles[origin.group] = chapter.title }
            for section in chapter.sections { if let group = section.origin?.group { oldTitles[group] = section.title } }
        }
        var drafts: [YearDiff.Pending] = []
        for chapter in new.chapters {
            if let origin = chapter.introGroup, origin.status == .draft {
                drafts.append(.init(group: origin.group, title: chapter.title, chapter: chapter.title, state: .draft))
            }
            for section in chapter.sections where section.origin?.status == .draft {
                drafts.append(.init(group: section.id, title: section.title, chapter: chapter.title, state: .draft))
            }
        }
        return missing.map { .init(group: $0.group, title: oldTitles[$0.group], chapter: $0.chapterTitle, state: .missing) } + drafts
    }

    private static func skipped(_ side: String, _ diagnostic: Diagnostic) -> YearDiff.Skipped {
        YearDiff.Skipped(side: side, path: diagnostic.location.path, rule: diagnostic.rule.id.rawValue, message: diagnostic.message)
    }

    /// The new report as DocBook 5.0 with what changed since the old one marked, checked
    /// against the built-in part of the DocBook 5.0 schema as a build is: valid, or refused.
    public func markedDocBook() -> Result<String, MarkedDocBookFailure> {
        let xml: String
        do throws(RenderRefusal) {
            xml = try DocBookRenderer().render(RevisionMarker.mark(new, against: old, diff: diff))
        } catch {
            return .failure(.refused(error.message))
        }
        let schema: DocBookSchema
        do throws(DocBookSchema.LoadError) {
            schema = try DocBookSchema.subset()
        } catch {
            return .failure(.refused(error.message))
        }
        if let violation = schema.violations(in: xml).first { return .failure(.invalid(violation)) }
        return .success(xml)
    }
}

/// Why `diff --format docbook` wrote nothing.
public enum MarkedDocBookFailure: CommandFailure {
    /// The writer or the schema could not be used, and why.
    case refused(Message)
    /// The marked report does not validate; it is not written.
    case invalid(DocBookSchema.Violation)

    public var message: Message {
        switch self {
        case .refused(let message): return message
        case .invalid(let violation):
            return Message(
                nl:
                    "de DocBook met de wijzigingen zou geen geldige DocBook 5.0 zijn (regel \(violation.line): \(violation.message)); er is niets geschreven",
                en:
                    "the DocBook with the changes marked would not be valid DocBook 5.0 (line \(violation.line): \(violation.message)); nothing was written"
            )
        }
    }
}

extension YearDiff {
    /// The JSON form: keys sorted, so the output is stable byte for byte.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return PrintableText.json(String(decoding: data, as: UTF8.self)) + "\n"
    }
}

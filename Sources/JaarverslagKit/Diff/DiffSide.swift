import Foundation

/// One side of a diff: a year in the repository (compiled from its fragments) or a DocBook
/// file written by `jaarverslag build`.
public enum DiffSide: Sendable, Equatable {
    case year(Int)
    case docbook(path: String)

    /// `2023` is a year; anything else is a file path.
    public init(argument: String) {
        if argument.count == 4, let year = Int(argument) { self = .year(year) } else { self = .docbook(path: argument) }
    }

    public var label: String {
        switch self {
        case .year(let year): return String(year)
        case .docbook(let path): return path
        }
    }

    public enum LoadError: CommandFailure {
        case year(YearLoadFailure)
        /// The year's fragments have errors; a diff of a broken year would mislead.
        case invalidYear(Int, [Diagnostic])
        case docbook(DocBookReader.Failure)

        public var message: Message {
            switch self {
            case .year(let failure): return failure.message
            case .invalidYear(let year, _):
                return Message(
                    nl: "\(year) heeft fouten; los ze eerst op (jaarverslag check \(year))",
                    en: "\(year) has errors; fix them first (jaarverslag check \(year))")
            case .docbook(let failure): return failure.message
            }
        }

        public var diagnostics: [Diagnostic] {
            switch self {
            case .year(let failure): return failure.diagnostics
            case .invalidYear(_, let diagnostics): return diagnostics
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
    public static func load(_ sides: [DiffSide], in workspace: Workspace) -> [Result<Report, LoadError>] {
        ResultSlots.concurrentMap(sides.count) { sides[$0].load(in: workspace) }
    }

    public func load(in workspace: Workspace) -> Result<Report, LoadError> {
        loadWithMissing(in: workspace).map(\.report)
    }

    /// The report, and for a year the groups its manifest expects that have no fragment yet.
    func loadWithMissing(in workspace: Workspace) -> Result<(report: Report, missing: [YearDiff.Pending]), LoadError> {
        switch self {
        case .year(let year):
            switch Pipeline.check(year: year, in: workspace, lints: false) {
            case .failure(let failure): return .failure(.year(failure))
            case .success(let result):
                if result.diagnostics.hasErrors { return .failure(.invalidYear(year, result.diagnostics.filter { $0.severity == .error })) }
                let manifest = result.sources.manifest
                let present = Set(result.sources.fragments.compactMap(\.groupID))
                let missing = manifest.expectedGroups.filter { !present.contains($0.group.value) }.map { expected in
                    YearDiff.Pending(
                        group: expected.group.value, title: nil,
                        chapter: manifest.chapter(id: expected.chapter)?.title ?? expected.chapter, state: .missing)
                }
                return .success((Pipeline.assemble(result.sources), missing))
            }
        case .docbook(let path):
            let url = URL(fileURLWithPath: path, relativeTo: workspace.root)
            return DocBookReader.read(contentsOf: url, displayPath: path).map { ($0, []) }.mapError { .docbook($0) }
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
        let sides = [old, new]
        let loaded = ResultSlots.concurrentMap(2) { sides[$0].loadWithMissing(in: workspace) }
        switch (loaded[0], loaded[1]) {
        case (.failure(let failure), _), (_, .failure(let failure)):
            return .failure(failure)
        case (.success(let before), .success(let after)):
            var diff = Differ.diff(before.report, after.report, oldSource: old.label, newSource: new.label)
            let pending = pending(missing: after.missing, old: before.report, new: after.report)
            diff.pending = pending.isEmpty ? nil : pending
            return .success(Comparison(old: before.report, new: after.report, diff: diff))
        }
    }

    /// Missing groups (titled as last year, when they were there) and the new report's drafts.
    static func pending(missing: [YearDiff.Pending], old: Report, new: Report) -> [YearDiff.Pending] {
        var oldTitles: [String: String] = [:]
        for chapter in old.chapters {
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
        return missing.map {
            var named = $0; named.title = oldTitles[$0.group]; return named
        } + drafts
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

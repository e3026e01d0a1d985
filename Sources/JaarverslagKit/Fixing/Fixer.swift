import Foundation

/// `check --fix`: applies the certain fixes that diagnostics carry, file by file, and writes
/// each changed fragment back atomically in the encoding and line ends it had. Every change is
/// reported with its place and what it was and became; `--dry-run` reports the same and
/// writes nothing.
public enum Fixer {
    /// One change `check --fix` makes, or would make.
    public struct Change: Hashable, Sendable {
        /// Where the changed text starts.
        public var location: TextLocation
        public var rule: Rule
        /// The text before and after, with a word of context when the change is only spaces or
        /// invisible characters (`De  themagroep` → `De themagroep`).
        public var before: String
        public var after: String
    }

    /// What fixing a year does: the new bytes of every fragment that changes, and each change.
    public struct Plan: Sendable {
        public var files: [FragmentID: Data] = [:]
        public var paths: [FragmentID: String] = [:]
        public var changes: [Change] = []
        /// Per changed file: its text as it is, and the edits applied to it.
        var applied: [String: (text: String, edits: [TextEdit])] = [:]
    }

    /// The certain fixes of `result`, applied in memory. `only`: the fragments that may change
    /// (`check <year> <group>…`); nil for all.
    public static func plan(_ result: Pipeline.CheckResult, only: Set<FragmentID>? = nil) -> Plan {
        var plan = Plan()
        let fixable = Dictionary(grouping: result.diagnostics.filter { !$0.edits.isEmpty }, by: \.location.path)
        for fragment in result.sources.fragments where only?.contains(fragment.id) ?? true {
            guard let diagnostics = fixable[fragment.path] else { continue }
            var ruleOfEdit: [TextEdit: Rule] = [:]
            for diagnostic in diagnostics { for edit in diagnostic.edits { ruleOfEdit[edit] = diagnostic.rule } }
            let (text, applied) = TextEdit.apply(diagnostics.flatMap(\.edits), to: fragment.text)
            guard !applied.isEmpty, text != fragment.text else { continue }
            plan.files[fragment.id] = fragment.format.encode(text)
            plan.paths[fragment.id] = fragment.path
            plan.applied[fragment.path] = (fragment.text, applied)
            plan.changes += applied.map { change($0, rule: ruleOfEdit[$0]!, in: fragment) }
        }
        plan.changes.sort { $0.location < $1.location }
        return plan
    }

    /// Writes the planned fragments through the store.
    public static func write(_ plan: Plan, to store: any FragmentStore) throws(StoreWriteFailure) {
        for (id, data) in plan.files.sorted(by: { $0.key < $1.key }) {
            do throws(StoreError) {
                try store.writeFragment(id, data, createOnly: false)
            } catch {
                throw StoreWriteFailure(path: store.fragmentPath(id), reason: error)
            }
        }
    }

    /// What `check --fix` did (or would do), and the check of the year as the fixes leave it.
    public struct Outcome: Sendable {
        public var changes: [Change]
        /// How many files changed (or would change).
        public var fileCount: Int
        /// False with `--dry-run`: nothing was written.
        public var written: Bool
        public var check: Pipeline.CheckResult
        /// Findings after the fixes that have a certain fix still: more than one run fixes
        /// of a kind (`FindingCap`), or fixes that touched each other, one of them left for
        /// the next run.
        public var stillFixable: Int { check.diagnostics.filter { !$0.edits.isEmpty }.count }
    }

    /// At most this many findings of one kind are made, and so fixed, per fragment per run.
    public static let fixesPerKind = FindingCap.perRule

    /// `check --fix`: checks the year (or the named groups' fragments), applies the certain
    /// fixes, and checks it again. With `dryRun`, the second check reads the fixed texts from
    /// memory and nothing is written.
    public static func fixAndCheck(year: Int, in store: any FragmentStore, groups: [String] = [], dryRun: Bool = false) -> Result<
        Outcome, UsageError
    > {
        let first: Pipeline.CheckResult
        switch CheckScope.check(year: year, in: store, groups: groups, standIn: true) {
        case .failure(let failure): return .failure(failure)
        case .success(let checked): first = checked
        }
        let plan = plan(first, only: first.scope)
        var after: any FragmentStore = store
        if dryRun {
            // The fixed texts laid over the files, one overlay each; nothing is written.
            for (id, data) in plan.files.sorted(by: { $0.key < $1.key }) { after = OverlayStore(over: after, showing: id, as: data) }
        } else {
            do throws(StoreWriteFailure) {
                try write(plan, to: store)
            } catch {
                return .failure(UsageError(error))
            }
        }
        return CheckScope.check(year: year, in: after, groups: groups, standIn: true).map { checked in
            var checked = checked
            // The fixed texts of a dry run are on no disk: point at the files as they are.
            if dryRun {
                let unfixing = Unfixing(plan)
                checked.diagnostics = checked.diagnostics.map(unfixing.unfixed)
            }
            return Outcome(changes: plan.changes, fileCount: plan.files.count, written: !dryRun && !plan.files.isEmpty, check: checked)
        }
    }

    /// Findings in the texts as the plan would fix them, moved to the same texts in the files as
    /// they are; a place inside a fixed part moves to where that part starts. What each file
    /// needs (its fixed text and its edits in order) is worked out once: a file with
    /// thousands of findings and fixes took seconds per thousand when it was done per finding.
    struct Unfixing {
        struct File {
            var text: LineStarts
            var fixed: LineStarts
            /// Sorted by where they start.
            var edits: [TextEdit]
        }
        let files: [String: File]

        init(_ plan: Plan) {
            files = plan.applied.mapValues { text, edits in
                File(
                    text: LineStarts(text), fixed: LineStarts(TextEdit.apply(edits, to: text).text),
                    edits: edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }))
            }
        }

        func unfixed(_ diagnostic: Diagnostic) -> Diagnostic {
            guard let file = files[diagnostic.location.path] else { return diagnostic }
            var moved = diagnostic
            moved.location = original(diagnostic.location, in: file)
            if diagnostic.sourceLine != nil {
                moved.sourceLine = file.text.line(moved.location.line).map(String.init)
            }
            moved.notes = diagnostic.notes.map { note in
                var note = note
                if note.location.path == diagnostic.location.path { note.location = original(note.location, in: file) }
                return note
            }
            return moved
        }

        private func original(_ location: TextLocation, in file: File) -> TextLocation {
            guard location.line > 0 else { return location }
            var offset = file.fixed.byteOffset(line: location.line, column: max(location.column, 1))
            var shift = 0
            for edit in file.edits {
                let start = edit.range.lowerBound + shift
                let end = start + edit.replacement.utf8.count
                if offset >= end {
                    shift += edit.replacement.utf8.count - edit.range.count
                } else {
                    if offset >= start { offset = start }
                    break
                }
            }
            let (line, column) = file.text.position(ofByte: offset - shift)
            return TextLocation(path: location.path, line: line, column: column)
        }
    }

    /// The change an edit makes, with its place in the file.
    static func change(_ edit: TextEdit, rule: Rule, in fragment: Fragment) -> Change {
        let bytes = Array(fragment.text.utf8)
        var lower = edit.range.lowerBound
        var upper = edit.range.upperBound
        let core = String(decoding: bytes[lower..<upper], as: UTF8.self)
        // A change of spaces or invisible characters alone says nothing without the words around it.
        if !core.contains(where: { $0.isLetter || $0.isNumber }) {
            while lower > 0, bytes[lower - 1] == 32 { lower -= 1 }
            while lower > 0, bytes[lower - 1] != 32, bytes[lower - 1] != 10 { lower -= 1 }
            while upper < bytes.count, bytes[upper] == 32 { upper += 1 }
            while upper < bytes.count, bytes[upper] != 32, bytes[upper] != 10 { upper += 1 }
        }
        let before = String(decoding: bytes[lower..<upper], as: UTF8.self)
        let after =
            String(decoding: bytes[lower..<edit.range.lowerBound], as: UTF8.self) + edit.replacement
            + String(decoding: bytes[edit.range.upperBound..<upper], as: UTF8.self)
        let (line, column) = fragment.text.position(ofByte: edit.range.lowerBound)
        return Change(location: TextLocation(path: fragment.path, line: line, column: column), rule: rule, before: before, after: after)
    }
}

import Foundation

/// `check --fix`: applies the safe automatic fixes that diagnostics carry, file by file, and
/// writes each changed fragment back atomically in the encoding and line ends it had.
public enum Fixer {
    public struct FileFix: Sendable {
        public var path: String
        /// Rule id → number of fixes applied.
        public var counts: [RuleID: Int]
    }

    /// Applies the fixes of `result` and writes each changed fragment back through the store.
    public static func fix(_ result: Pipeline.CheckResult, in store: any FragmentStore) throws(StoreWriteFailure) -> [FileFix] {
        var fixes: [FileFix] = []
        var files: [(FragmentID, Data)] = []
        for fragment in result.sources.fragments {
            let diagnostics = result.diagnostics.filter { $0.location.path == fragment.path && !$0.edits.isEmpty }
            guard !diagnostics.isEmpty else { continue }
            var ruleOfEdit: [TextEdit: RuleID] = [:]
            for diagnostic in diagnostics { for edit in diagnostic.edits { ruleOfEdit[edit] = diagnostic.rule.id } }
            let (text, applied) = TextEdit.apply(diagnostics.flatMap(\.edits), to: fragment.text)
            guard !applied.isEmpty, text != fragment.text else { continue }
            var counts: [RuleID: Int] = [:]
            for edit in applied { counts[ruleOfEdit[edit]!, default: 0] += 1 }
            fixes.append(FileFix(path: fragment.path, counts: counts))
            files.append((fragment.id, fragment.format.encode(text)))
        }
        for (id, data) in files {
            do throws(StoreError) {
                try store.writeFragment(id, data, createOnly: false)
            } catch {
                throw StoreWriteFailure(path: store.fragmentPath(id), reason: error)
            }
        }
        return fixes
    }

    /// What `check --fix` did, and the check of the fixed year.
    public struct Outcome: Sendable {
        public var fixes: [FileFix]
        public var check: Pipeline.CheckResult
    }

    /// `check --fix`: checks the year, applies the safe fixes, and checks it again.
    public static func fixAndCheck(year: Int, in store: any FragmentStore) -> Result<Outcome, UsageError> {
        let first: Pipeline.CheckResult
        switch Pipeline.check(year: year, in: store) {
        case .failure(let failure): return .failure(UsageError(failure))
        case .success(let checked): first = checked
        }
        let fixes: [FileFix]
        do throws(StoreWriteFailure) {
            fixes = try fix(first, in: store)
        } catch {
            return .failure(UsageError(error))
        }
        return Pipeline.check(year: year, in: store).map { Outcome(fixes: fixes, check: $0) }.mapError(UsageError.init)
    }

    /// `fragments/2023/x.md: 2 × safelinks, 1 × double-space`
    public static func summary(_ fix: FileFix) -> String {
        PrintableText.terminal(fix.path) + ": "
            + fix.counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
    }
}

/// `check <year> <group>…`: the named groups' fragments only. The whole year is still read and
/// checked, because some checks compare fragments with each other (a duplicate group, a word
/// broken in one fragment and whole in another), but only the named fragments' findings are
/// reported and only their files are fixed: no missing-group warnings about anyone else.
public enum CheckScope {
    /// A group named on the command line that the year has no fragment for.
    public struct Failure: CommandFailure {
        public var group: String
        public var year: Int
        public var path: String
        /// The manifest expects the group: its fragment has just not been made yet.
        public var expected: Bool
        public var suggestions: [String]

        public var message: Message {
            if expected {
                return Message(
                    nl: "er is nog geen fragment voor `\(group)` in \(year) (\(path) bestaat niet); "
                        + "maak het met `jaarverslag new \(group) --year \(year)`",
                    en: "there is no fragment for `\(group)` in \(year) yet (\(path) does not exist); "
                        + "make it with `jaarverslag new \(group) --year \(year)`")
            }
            let hint = Suggestion.question(suggestions).map { Message.verbatim("; ") + $0 } ?? .verbatim("")
            return Message(nl: "\(year) heeft geen fragment `\(group)`", en: "\(year) has no fragment `\(group)`") + hint
        }
    }

    /// Checks `year`, or only the fragments of `groups` in it. `standIn`: a year without a
    /// manifest yet is checked against the most recent earlier one, with a warning that says so;
    /// the checks of the coordinator's plan (who is missing, who is not listed, which chapter a
    /// group belongs in) are left out then, because that plan does not exist yet.
    public static func check(year: Int, in store: any FragmentStore, groups: [String] = [], standIn: Bool = false) -> Result<
        Pipeline.CheckResult, UsageError
    > {
        let sources: YearSources
        switch YearLoader.load(year: year, from: store, standIn: standIn) {
        case .failure(let failure): return .failure(UsageError(failure))
        case .success(let loaded): sources = loaded
        }
        var scope: Set<FragmentID>?
        if !groups.isEmpty {
            switch resolve(groups, in: sources, store: store) {
            case .failure(let failure): return .failure(UsageError(failure))
            case .success(let ids): scope = ids
            }
        }
        var result = Pipeline.check(sources, earlier: EarlierYears(before: year, in: store), focus: scope)
        if let earlier = sources.standIn {
            let plan: Set<Rule> = [.missingGroup, .unlistedGroup, .chapterMismatch, .emptyChapter]
            result.diagnostics.removeAll { plan.contains($0.rule) }
            result.diagnostics.insert(
                Diagnostic(
                    .noManifestYet, Messages.standIn(year: year, earlier: earlier),
                    at: TextLocation(path: store.manifestPath(year: year)), fix: Messages.standInFix(earlier: earlier)), at: 0)
        }
        return .success(result)
    }

    /// The fragments the names stand for: a group id, a file name, or a path ending in one.
    static func resolve(_ names: [String], in sources: YearSources, store: any FragmentStore) -> Result<Set<FragmentID>, Failure> {
        var ids: Set<FragmentID> = []
        let year = sources.manifest.year
        for name in names {
            let group = String(name.split(separator: "/").last ?? "").replacingOccurrences(of: ".md", with: "")
            if let id = sources.ids.first(where: { $0.group == group })
                ?? sources.fragments.first(where: { $0.groupID == group })?.id
            {
                ids.insert(id)
                continue
            }
            let expected = sources.manifest.expectedGroups.map(\.group.value)
            let known = Array(Set(expected + sources.ids.map(\.group))).sorted()
            return .failure(
                Failure(
                    group: group, year: year, path: store.fragmentPath(FragmentID(year: year, group: group)),
                    expected: expected.contains(group), suggestions: Suggestion.groups(meant: group, in: known)))
        }
        return .success(ids)
    }

    enum Messages {
        static func standIn(year: Int, earlier: Int) -> Message {
            Message(
                nl: "er is nog geen manifest voor \(year); de fragmenten zijn gecontroleerd tegen de hoofdstukken en leden van \(earlier)",
                en: "there is no manifest for \(year) yet; the fragments were checked against the chapters and members of \(earlier)")
        }
        static func standInFix(earlier: Int) -> Message {
            Message(
                nl:
                    "de coördinator maakt het manifest (kopie van reports/\(earlier)/report.yaml, bijgewerkt); daarna volgt de volledige controle",
                en: "the coordinator makes the manifest (a copy of reports/\(earlier)/report.yaml, updated); the full check follows then")
        }
    }
}

extension Rule {
    static let noManifestYet = Rule(
        "no-manifest-yet", .warning, stage: .manifest,
        summary: Message(
            nl: "nog geen manifest voor het jaar: de fragmenten worden gecontroleerd tegen dat van vorig jaar",
            en: "no manifest for the year yet: the fragments are checked against last year's"))
}

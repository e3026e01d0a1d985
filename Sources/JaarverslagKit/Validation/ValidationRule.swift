/// One check over a year's fragments. Each rule lives in its own file under `Rules/`, with
/// the declaration of what it reports and its Dutch and English messages at the bottom, and is
/// listed once in `Validator.rules` or `Validator.lints`.
public protocol ValidationRule: Sendable {
    /// Every kind of finding this check reports.
    var rules: [Rule] { get }
    func check(_ year: ValidationInput) -> [Diagnostic]
}

/// What every rule may look at.
public struct ValidationInput: Sendable {
    public var manifest: Manifest
    /// Every fragment of the year: what the checks that compare fragments look at.
    public var fragments: [Fragment]
    /// The fragments whose findings are wanted: all of them, or the focus. A check of one
    /// fragment's own text (every rule that looks at one fragment at a time) runs on these
    /// only; a secretary's preview or an import need not lint the other 21 texts again.
    public let checked: [Fragment]
    /// The fragments asked about; nil for the whole year.
    public let focus: Set<FragmentID>?
    /// Every fragment file of the year, also those that could not be loaded: a file that is
    /// there is never asked for as missing.
    public var files: [FragmentID]
    /// Group id → the chapter the manifest lists it in.
    private let plannedChapters: [String: String]
    /// The body lines of every fragment, split once (on all cores) for all the lints.
    let bodies: [FragmentID: BodyText]
    /// The repository's earlier years, for the checks that compare with them; nil when the
    /// fragments are checked on their own.
    public let earlier: EarlierYears?

    /// `lints: false` when only the error rules will run: they rarely need a body's lines,
    /// and splitting 10,000 bodies up front is then wasted. `focus`: only these fragments'
    /// findings are wanted (`Pipeline.check(_:focus:)` drops the rest).
    public init(
        manifest: Manifest, fragments: [Fragment], files: [FragmentID]? = nil, lints: Bool = true, earlier: EarlierYears? = nil,
        focus: Set<FragmentID>? = nil
    ) {
        self.manifest = manifest
        self.fragments = fragments
        self.focus = focus
        let checked = focus.map { focus in fragments.filter { focus.contains($0.id) } } ?? fragments
        self.checked = checked
        self.files = files ?? fragments.map(\.id)
        self.earlier = earlier
        var planned: [String: String] = [:]
        for (group, chapter) in manifest.expectedGroups where planned[group.value] == nil { planned[group.value] = chapter }
        plannedChapters = planned
        guard lints else {
            bodies = [:]
            return
        }
        var bodies: [FragmentID: BodyText] = [:]
        bodies.reserveCapacity(checked.count)
        for body in ResultSlots.concurrentMap(checked.count, { BodyText(checked[$0]) }) { bodies[body.fragment.id] = body }
        self.bodies = bodies
    }

    /// The body of a fragment, split into lines.
    func body(_ fragment: Fragment) -> BodyText {
        bodies[fragment.id] ?? BodyText(fragment)
    }

    /// The chapter ids a fragment may name in `pillar`.
    public var validPillars: [String] {
        (manifest.foreword == nil ? [] : [Manifest.forewordPillar]) + manifest.chapters.map(\.id)
    }

    /// The chapter the manifest lists a group in, if it does.
    public func plannedChapter(ofGroup group: String) -> String? {
        plannedChapters[group]
    }
}

/// One check over a year's fragments. Each rule lives in its own file under `Rules/`, with
/// its Dutch and English messages at the bottom, and is listed once in `Validator.rules`.
public protocol ValidationRule: Sendable {
    func check(_ year: ValidationInput) -> [Diagnostic]
}

/// What every rule may look at.
public struct ValidationInput: Sendable {
    public var manifest: Manifest
    public var fragments: [Fragment]

    public init(manifest: Manifest, fragments: [Fragment]) {
        self.manifest = manifest
        self.fragments = fragments
    }

    /// The chapter ids a fragment may name in `pillar`.
    public var validPillars: [String] {
        (manifest.foreword == nil ? [] : [Manifest.forewordPillar]) + manifest.chapters.map(\.id)
    }

    /// The chapter the manifest lists a group in, if it does.
    public func plannedChapter(ofGroup group: String) -> String? {
        manifest.expectedGroups.first { $0.group.value == group }?.chapter
    }
}

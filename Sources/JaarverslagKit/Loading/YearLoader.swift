import Foundation

/// Everything one year's build starts from: the manifest and all fragment files.
public struct YearSources: Sendable {
    public var manifest: Manifest
    public var fragments: [Fragment]
    /// Problems found while reading (encoding, YAML, unknown files).
    public var diagnostics: [Diagnostic]
    /// Every fragment file of the year, also those that could not be loaded.
    public var ids: [FragmentID]
    /// Where each file is, as diagnostics print it.
    public var paths: [FragmentID: String]
    /// Set when the year has no manifest yet and this earlier year's stands in for it.
    public var standIn: Int?

    /// How many fragment files were read (including those that could not be loaded).
    public var fileCount: Int { ids.count }

    public init(
        manifest: Manifest, fragments: [Fragment], diagnostics: [Diagnostic], ids: [FragmentID], paths: [FragmentID: String]? = nil,
        standIn: Int? = nil
    ) {
        self.manifest = manifest
        self.fragments = fragments
        self.diagnostics = diagnostics
        self.ids = ids
        var known = paths ?? [:]
        for fragment in fragments where known[fragment.id] == nil { known[fragment.id] = fragment.path }
        self.paths = known
        self.standIn = standIn
    }
}

/// Why a year cannot even be looked at: a usage error (exit code 2).
public enum YearLoadFailure: CommandFailure {
    case noManifest(year: Int, path: String, known: [Int])
    case badManifest([Diagnostic])

    public var message: Message {
        switch self {
        case .noManifest(let year, let path, let known):
            let years = known.map(String.init).joined(separator: ", ")
            return Message(
                nl: "geen manifest voor \(year) (\(path) bestaat niet)" + (known.isEmpty ? "" : "; bekende jaren: \(years)"),
                en: "no manifest for \(year) (\(path) does not exist)" + (known.isEmpty ? "" : "; known years: \(years)"))
        case .badManifest:
            return Message(nl: "het manifest bevat fouten", en: "the manifest has errors")
        }
    }

    public var diagnostics: [Diagnostic] {
        if case .badManifest(let diagnostics) = self { return diagnostics }
        return []
    }
}

/// Loads a year from a store: the manifest and every fragment of the year.
public enum YearLoader {
    /// `standIn`: when the year has fragments but no manifest yet, check them against the most
    /// recent earlier manifest, so a secretary need not wait for the coordinator. `cache`: files
    /// whose bytes were parsed before are not parsed again (the portal loads a year per request).
    /// `manifest`: the manifest as the caller already loaded it (`ManifestLoader.load`), so it is
    /// not read twice. `whole`: the fragments read whole; of the others only the front matter
    /// (`FragmentLoader.Extent`), for a check focused on `whole`; nil reads every one whole.
    public static func load(
        year: Int, from store: any FragmentStore, standIn: Bool = false, cache: ParseCache? = nil,
        manifest preloaded: (Manifest?, [Diagnostic])? = nil, whole: Set<FragmentID>? = nil
    ) -> Result<YearSources, YearLoadFailure> {
        let listing = store.listFragments(year: year)
        let ids = listing.ids
        // The manifest (task 0) and the fragments are read on all cores; the results keep the
        // fragments' (sorted) order.
        let loaded = ResultSlots<(Fragment?, [Diagnostic])>(count: ids.count)
        let manifestSlot = ResultSlots<(Manifest?, [Diagnostic])>(count: 1)
        DispatchQueue.concurrentPerform(iterations: ids.count + 1) { task in
            if task == 0 {
                manifestSlot[0] = preloaded ?? ManifestLoader.load(year: year, from: store, cache: cache)
            } else {
                let id = ids[task - 1]
                let extent: FragmentLoader.Extent = whole.map { $0.contains(id) ? .whole : .frontMatter } ?? .whole
                loaded[task - 1] = FragmentLoader.load(id, from: store, cache: cache, extent: extent)
            }
        }
        var (manifest, manifestDiagnostics) = manifestSlot.values[0]
        var standInYear: Int?
        if manifest == nil, manifestDiagnostics.isEmpty, standIn, store.fragmentYears().contains(year),
            let earlier = store.years().last(where: { $0 < year }),
            case (let found?, let problems) = ManifestLoader.load(year: earlier, from: store), !problems.hasErrors
        {
            manifest = found
            manifest?.year = year
            standInYear = earlier
        }
        guard let manifest else { return .failure(failure(year: year, manifestDiagnostics: manifestDiagnostics, in: store)) }
        var diagnostics = manifestDiagnostics + listing.diagnostics
        var fragments: [Fragment] = []
        for (fragment, problems) in loaded.values {
            diagnostics += problems
            if let fragment { fragments.append(fragment) }
        }
        return .success(
            YearSources(
                manifest: manifest, fragments: fragments, diagnostics: diagnostics, ids: ids,
                paths: Dictionary(uniqueKeysWithValues: ids.map { ($0, store.fragmentPath($0)) }), standIn: standInYear))
    }

    /// Why a year without a (readable) manifest cannot be loaded.
    public static func failure(year: Int, manifestDiagnostics: [Diagnostic], in store: any FragmentStore) -> YearLoadFailure {
        guard manifestDiagnostics.isEmpty else { return .badManifest(manifestDiagnostics) }
        return .noManifest(year: year, path: store.manifestPath(year: year), known: store.years())
    }
}

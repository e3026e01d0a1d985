import Foundation

/// `jaarverslag import`: a Word document becomes a group's fragment for a year. The front
/// matter is made as `new` makes it, the body by `WordImport`; the fragment is written
/// through the store (atomically, never over an existing one without `replace`), and then
/// checked as part of its year, so the secretary sees at once what still needs doing.
public enum FragmentImport {
    public struct Request: Sendable {
        /// The Word document's bytes (read by the caller: a file, or an upload).
        public var document: Data
        /// How the document is named in diagnostics.
        public var displayPath: String
        public var group: String
        /// nil: the newest year that has a manifest.
        public var year: Int?
        public var replace: Bool
        public var dryRun: Bool
        /// A group that neither the year's manifest nor an earlier year knows is refused as a
        /// probable typo (as `new` does), unless this says it is new.
        public var newGroup: Bool

        public init(
            document: Data, displayPath: String, group: String, year: Int?, replace: Bool, dryRun: Bool, newGroup: Bool = false
        ) {
            self.document = document
            self.displayPath = displayPath
            self.group = group
            self.year = year
            self.replace = replace
            self.dryRun = dryRun
            self.newGroup = newGroup
        }
    }

    public enum Failure: CommandFailure {
        case invalidGroup(String)
        /// Neither the year's manifest nor an earlier year knows the group: probably a typo.
        case unknownGroup(group: String, year: Int, suggestions: [String])
        case noYears
        case year(YearLoadFailure)
        /// The fragment exists and `replace` was not asked for.
        case exists(String)
        /// The document was refused; the diagnostics say why.
        case refused([Diagnostic])
        case write(path: String, reason: StoreError)

        public var message: Message {
            switch self {
            case .invalidGroup(let group): return FragmentTemplate.Failure.invalidGroup(group).message
            case .unknownGroup(let group, let year, let suggestions):
                return FragmentTemplate.Failure.unknownGroup(group: group, year: year, suggestions: suggestions).message
            case .noYears: return Messages.noYears
            case .year(let failure): return failure.message
            case .exists(let path): return Messages.exists(path)
            case .refused: return Messages.nothingWritten
            case .write(let path, let reason): return StoreWriteFailure(path: path, reason: reason).message
            }
        }

        public var diagnostics: [Diagnostic] {
            switch self {
            case .refused(let diagnostics): return diagnostics
            case .year(let failure): return failure.diagnostics
            default: return []
            }
        }
    }

    public struct Imported: Sendable {
        public var id: FragmentID
        public var text: String
        /// Where the fragment is, as printed to the user.
        public var path: String
        public var written: Bool
        public var replaced: Bool
        /// Where the front matter was carried from, if anywhere.
        public var basedOn: String?
        /// What the import found in the Word document (warnings), located in the document.
        public var importDiagnostics: [Diagnostic]
        /// What `check` finds in the new fragment, located in the fragment.
        public var checkDiagnostics: [Diagnostic]

        public var diagnostics: [Diagnostic] { importDiagnostics + checkDiagnostics }
    }

    public static func run(_ request: Request, in store: any FragmentStore, limits: DocxLimits = DocxLimits()) -> Result<
        Imported, Failure
    > {
        guard Identifier.isValid(request.group) else { return .failure(.invalidGroup(request.group)) }
        guard let year = request.year ?? store.years().last else { return .failure(.noYears) }
        // Two cores: one unpacks the Word document (which needs only the limits), the other
        // reads the manifest (the house style and the front matter come from it) and then the
        // rest of the year. Only the mapping of the document waits for both. The unpacking is
        // the longer and goes first, on this thread: a second thread takes 0.05–3 ms to start
        // on a virtual machine whose other core sleeps, and until it does this thread works on.
        let prepared = ResultSlots<Result<Prepared, Failure>>(count: 1)
        let unpacked = ResultSlots<Result<WordPackage, ImportFailure>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                unpacked[0] = Result { () throws(ImportFailure) in try WordImport.unpack(request.document, limits: limits) }
            } else {
                prepared[0] = prepare(request, year: year, in: store)
            }
        }
        let fragment: Prepared
        switch prepared.values[0] {
        case .success(let ready): fragment = ready
        case .failure(let failure): return .failure(failure)
        }
        let (id, path, exists) = (fragment.id, fragment.path, fragment.exists)
        let options = WordImport.Options(
            displayPath: request.displayPath, styles: fragment.manifest.importStyles, title: fragment.header.title, limits: limits)
        let outcome = WordImport.convert(unpacked.values[0], options: options)
        guard let body = outcome.body else { return .failure(.refused(outcome.diagnostics)) }
        var header = fragment.header
        if header.title == nil, let title = outcome.documentTitle, !title.isEmpty {
            header = FragmentTemplate.header(
                group: request.group, year: year, in: store, manifest: fragment.manifest, replacing: fragment.existing, title: title)
        }
        let text = header.text + body

        if !request.dryRun {
            do throws(StoreError) {
                try store.writeFragment(id, Data(text.utf8), createOnly: !exists)
            } catch .exists {
                return .failure(.exists(path))
            } catch {
                return .failure(.write(path: path, reason: error))
            }
        }
        return .success(
            Imported(
                id: id, text: text, path: path, written: !request.dryRun, replaced: exists && !request.dryRun,
                basedOn: header.basedOn, importDiagnostics: outcome.diagnostics,
                checkDiagnostics: check(text, id: id, path: path, in: fragment.sources, earlier: EarlierYears(before: year, in: store))))
    }

    /// What the new fragment is made into, from the store: its year, where it goes, the front
    /// matter it gets, and the rest of the year to check it with.
    struct Prepared {
        var manifest: Manifest
        var id: FragmentID
        var path: String
        var exists: Bool
        /// The fragment being replaced, read for its front matter only.
        var existing: Fragment?
        var header: FragmentTemplate.Header
        var sources: YearSources
    }

    /// The manifest first (a failure there is the first thing to say), then whether the
    /// fragment may be written, its front matter, and the year without its text.
    static func prepare(_ request: Request, year: Int, in store: any FragmentStore) -> Result<Prepared, Failure> {
        let manifestLoad = ManifestLoader.load(year: year, from: store)
        guard let manifest = manifestLoad.0 else {
            return .failure(.year(YearLoader.failure(year: year, manifestDiagnostics: manifestLoad.1, in: store)))
        }
        let id = FragmentID(year: year, group: request.group)
        let path = store.fragmentPath(id)
        let exists: Bool
        if case .failure(.missing) = store.readFragment(id, limit: 0) { exists = false } else { exists = true }
        if exists, !request.replace, !request.dryRun { return .failure(.exists(path)) }

        // The front matter is all the new one is made from; the text itself is being replaced.
        let existing = exists ? FragmentLoader.load(id, from: store, extent: .frontMatter).0 : nil
        let header = FragmentTemplate.header(group: request.group, year: year, in: store, manifest: manifest, replacing: existing)
        // A fragment being replaced is the group's own: only a new one can be a typo.
        if header.isUnknownGroup, existing == nil, !request.newGroup {
            return .failure(.unknownGroup(group: request.group, year: year, suggestions: header.suggestions))
        }
        // The imported text takes the group's place; the others are compared with, not linted.
        switch YearLoader.load(year: year, from: store, manifest: manifestLoad, whole: []) {
        case .success(let sources):
            return .success(
                Prepared(manifest: manifest, id: id, path: path, exists: exists, existing: existing, header: header, sources: sources))
        case .failure(let failure):
            return .failure(.year(failure))
        }
    }

    /// Reads a Word document from a file for `run`: at most one byte past the size limit, so a
    /// huge file costs nothing (`WordImport` then refuses it), and only a regular file.
    public static func readDocument(atPath path: String, displayPath: String, limits: DocxLimits = DocxLimits()) -> Result<
        Data, Failure
    > {
        switch RegularFile.read(path, limit: limits.fileSize + 1) {
        case .success(let data): return .success(data)
        case .failure(let error):
            let reason = error.message(path: displayPath)
            return .failure(.refused([Diagnostic(.importUnreadable, Messages.unreadable(reason), at: TextLocation(path: displayPath))]))
        }
    }

    /// The findings of `check` for this fragment, checked together with the rest of its year
    /// (duplicate groups, the manifest's chapters) and the earlier years (a broken word whole in
    /// last year's text), from the text in memory: what `check <year> <group>` would say.
    static func check(_ text: String, id: FragmentID, path: String, in sources: YearSources, earlier: EarlierYears? = nil) -> [Diagnostic] {
        Pipeline.check(sources.replacing(id, path: path, with: text), earlier: earlier, focus: [id]).diagnostics
    }

    enum Messages {
        static let noYears = Message(
            nl: "er is nog geen jaar met een manifest (reports/<jaar>/report.yaml); geef --year",
            en: "there is no year with a manifest yet (reports/<year>/report.yaml); give --year")
        static func exists(_ path: String) -> Message {
            Message(
                nl: "\(path) bestaat al; er is niets overschreven (gebruik --replace om het te vervangen)",
                en: "\(path) already exists; nothing was overwritten (use --replace to replace it)")
        }
        static let nothingWritten = Message(nl: "er is niets geschreven", en: "nothing was written")
        static func unreadable(_ reason: Message) -> Message {
            Message(nl: "het bestand kan niet gelezen worden: \(reason.nl)", en: "the file cannot be read: \(reason.en)")
        }
    }
}

extension Rule {
    static let importUnreadable = Rule(
        "import-unreadable", .error, stage: .importing,
        summary: Message(nl: "een Word-document dat niet gelezen kan worden", en: "a Word document that cannot be read"))
}

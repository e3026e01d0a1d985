import Foundation

/// The whole compiler as functions the command line and the tests call:
/// load → validate → order → assemble → render → (schema check) → write.
public enum Pipeline {
    /// The outcome of checking one year.
    public struct CheckResult: Sendable {
        public var sources: YearSources
        /// Everything found, sorted for printing.
        public var diagnostics: [Diagnostic]
        /// The fragments asked about (`check <year> <group>…`); nil for the whole year.
        public var scope: Set<FragmentID>? = nil
        /// The repository's earlier years, when the check had them: where a missing group's
        /// name of last year comes from.
        public var earlier: EarlierYears? = nil

        /// How many fragment files the check speaks for.
        public var fragmentCount: Int { scope?.count ?? sources.fileCount }
    }

    public static func check(year: Int, in store: any FragmentStore, lints: Bool = true) -> Result<CheckResult, YearLoadFailure> {
        YearLoader.load(year: year, from: store).map { check($0, lints: lints, earlier: EarlierYears(before: year, in: store)) }
    }

    /// `earlier`: the repository's earlier years, which some lints compare with. `focus`: only
    /// these fragments' findings are reported (`check <year> <group>`, an import, the portal's
    /// live check). The rest of the year is still there for the checks that compare fragments
    /// (a duplicate group, a broken word whole elsewhere), but no other text is linted: the
    /// lints cost one fragment's worth whatever the size of the year (loading the year still
    /// grows with it; `import` reads the others' front matter only, `YearLoader.load(whole:)`).
    /// The findings are exactly those of the whole year's check that are located in the focus.
    public static func check(
        _ sources: YearSources, lints: Bool = true, earlier: EarlierYears? = nil, focus: Set<FragmentID>? = nil
    ) -> CheckResult {
        let input = ValidationInput(
            manifest: sources.manifest, fragments: sources.fragments, files: sources.ids, lints: lints, earlier: earlier, focus: focus)
        var found = sources.diagnostics + Validator.validate(input, lints: lints)
        if let focus {
            let paths = Set(focus.compactMap { sources.paths[$0] })
            found.removeAll { !paths.contains($0.location.path) }
        }
        return CheckResult(sources: sources, diagnostics: found.sortedForOutput(), scope: focus, earlier: earlier)
    }

    /// Orders and assembles a checked year into the shared document model.
    public static func assemble(_ sources: YearSources) -> Report {
        Assembler.assemble(Orderer.order(sources.fragments, by: sources.manifest), manifest: sources.manifest)
    }

    /// The rendered outputs of a report, file name → contents, in a fixed order; or the first
    /// refusal of a renderer, and then none.
    public static func render(
        _ report: Report, renderers: [any Renderer] = [DocBookRenderer(), PlainTextRenderer(), HTMLRenderer()]
    ) throws(RenderRefusal) -> [(name: String, contents: String)] {
        let outputs = ResultSlots<Result<String, RenderRefusal>>.concurrentMap(renderers.count) { index in
            do throws(RenderRefusal) {
                return .success(try renderers[index].render(report))
            } catch {
                return .failure(error)
            }
        }
        var rendered: [(name: String, contents: String)] = []
        for (renderer, output) in zip(renderers, outputs) {
            rendered.append(("jaarverslag-\(report.year).\(renderer.fileExtension)", try output.get()))
        }
        return rendered
    }

    public struct BuildResult: Sendable {
        public var check: CheckResult
        /// Problems after the check (schema violations).
        public var buildDiagnostics: [Diagnostic]
        /// The files written; empty when anything was wrong.
        public var written: [URL]
        /// Outputs that already held exactly these bytes and were left as they were.
        public var unchanged: [URL] = []
        /// Set when an output could not be written: a problem of the disk or the folder, not of
        /// any fragment, so it is no finding and is not counted as one.
        public var writeFailure: AtomicWriter.WriteError? = nil

        public var diagnostics: [Diagnostic] { check.diagnostics + buildDiagnostics }
        public var succeeded: Bool { !diagnostics.hasErrors && writeFailure == nil }
    }

    /// Builds a year and writes its outputs, but only when there are no errors at all. The
    /// schema is loaded first: a missing schema is a usage error, like a missing year. With
    /// `pdf`, the PDF is made too, before anything is written: when it fails, nothing is; when
    /// WeasyPrint is missing, that is a usage error that says how to install it.
    public static func build(
        year: Int, in workspace: Workspace, outputDirectory: URL? = nil, validation: DocBookSchema.Choice = .builtIn, pdf: Bool = false,
        draft: Bool = false
    ) -> Result<BuildResult, UsageError> {
        let schema: DocBookSchema?
        do throws(DocBookSchema.LoadError) {
            schema = try DocBookSchema.load(validation)
        } catch {
            return .failure(UsageError(error))
        }
        var weasyPrint: WeasyPrint?
        if pdf {
            guard let found = WeasyPrint.locate() else { return .failure(UsageError(WeasyPrint.Missing())) }
            weasyPrint = found
        }
        return build(year: year, in: workspace, outputDirectory: outputDirectory, schema: schema, pdf: weasyPrint, draft: draft)
            .mapError(UsageError.init)
    }

    /// Builds a year and writes its outputs, validated against `schema` when one is given. A
    /// `draft` edition says so on its cover (`Report.isDraft`); errors stop it all the same.
    public static func build(
        year: Int, in workspace: Workspace, outputDirectory: URL? = nil, schema: DocBookSchema?, pdf: WeasyPrint? = nil,
        draft: Bool = false
    ) -> Result<BuildResult, YearLoadFailure> {
        check(year: year, in: workspace).map { checked in
            var result = BuildResult(check: checked, buildDiagnostics: [], written: [])
            guard !checked.diagnostics.hasErrors else { return result }
            var report = assemble(checked.sources)
            report.isDraft = draft
            let directory = outputDirectory ?? workspace.reportDirectory(year: year)
            var outputs: [(name: String, contents: String)]
            do throws(RenderRefusal) {
                outputs = try render(report)
            } catch {
                result.buildDiagnostics = [
                    Diagnostic(
                        .outputRefused, error.message, at: TextLocation(path: workspace.displayPath(directory)), fix: Messages.refusedFix)
                ]
                return result
            }
            if let schema, let xml = outputs.first(where: { $0.name.hasSuffix(".xml") }) {
                let location = TextLocation(path: workspace.displayPath(directory.appendingPathComponent(xml.name)))
                result.buildDiagnostics = schema.violations(in: xml.contents).map { violation in
                    Diagnostic(
                        .docbookInvalid, Messages.invalid(violation.message),
                        at: TextLocation(path: location.path, line: violation.line), fix: Messages.invalidFix)
                }
                guard result.buildDiagnostics.isEmpty else { return result }
            }
            // Each text is let go once it is bytes: a year of 10,000 fragments has 80 MB of them.
            var files: [(URL, Data)] = []
            for index in outputs.indices {
                files.append((directory.appendingPathComponent(outputs[index].name), Data(outputs[index].contents.utf8)))
                outputs[index].contents = ""
            }
            if let pdf {
                let url = directory.appendingPathComponent("jaarverslag-\(year).pdf")
                let page: String
                do throws(RenderRefusal) {
                    page = try HTMLRenderer(paged: true).render(report)
                } catch {
                    result.buildDiagnostics = [
                        Diagnostic(.outputRefused, error.message, at: TextLocation(path: workspace.displayPath(url)))
                    ]
                    return result
                }
                switch pdf.pdf(of: page, report: report) {
                case .success(let data):
                    files.append((url, data))
                case .failure(let failure):
                    result.buildDiagnostics = [Diagnostic(.pdfFailed, failure.message, at: TextLocation(path: workspace.displayPath(url)))]
                    return result
                }
            }
            do throws(AtomicWriter.WriteError) {
                let changed = Set(try AtomicWriter.write(files))
                result.written = files.map(\.0).filter(changed.contains)
                result.unchanged = files.map(\.0).filter { !changed.contains($0) }
            } catch {
                result.writeFailure = AtomicWriter.WriteError(
                    path: workspace.displayPath(URL(fileURLWithPath: error.path)), reason: error.reason)
            }
            return result
        }
    }

    enum Messages {
        static func invalid(_ detail: String) -> Message {
            Message(
                nl: "de gemaakte DocBook voldoet niet aan het DocBook 5.0-schema: \(detail)",
                en: "the generated DocBook does not match the DocBook 5.0 schema: \(detail)")
        }
        static let invalidFix = Message(
            nl: "dit is een fout in jaarverslag zelf; meld het, en bouw intussen met --no-validate",
            en: "this is a bug in jaarverslag itself; report it, and build with --no-validate meanwhile")
        static let refusedFix = Message(
            nl: "zoek de genoemde tekst in de fragmenten en het manifest en pas haar aan",
            en: "find the text named in the fragments and the manifest and change it")
    }
}

extension Rule {
    static let docbookInvalid = Rule(
        "docbook-invalid", .error, stage: .output,
        summary: Message(
            nl: "de gemaakte XML voldoet niet aan het DocBook 5.0-schema (een fout in het programma)",
            en: "the built XML does not match the DocBook 5.0 schema (a bug in the tool)"))
    static let pdfFailed = Rule(
        "pdf-failed", .error, stage: .output,
        summary: Message(
            nl: "WeasyPrint kon de PDF niet maken (`build --pdf`), of deed er te lang over",
            en: "WeasyPrint could not make the PDF (`build --pdf`), or took too long"))
    static let outputRefused = Rule(
        "output-refused", .error, stage: .output,
        summary: Message(
            nl: "tekst die een uitvoer niet kan bevatten (zoals een stuurteken in XML); er wordt niets geschreven",
            en: "text an output cannot hold (such as a control character in XML); nothing is written"))
}

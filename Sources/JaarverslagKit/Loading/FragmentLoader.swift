import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Loads one fragment file: bytes → text → front matter + Markdown body.
///
/// Loading never throws for bad content: whatever can be read is returned together with
/// the diagnostics, so one run reports every problem.
public enum FragmentLoader {
    /// Fragments are a few kilobytes; anything this large is a mistake or an attack.
    public static let maxFileSize = 2 * 1024 * 1024

    /// How much of a fragment is read.
    public enum Extent: Sendable {
        case whole
        /// The front matter only; the body is left empty and its Markdown unparsed. For the
        /// fragments a focused check compares with but does not lint (`Pipeline.check(_:focus:)`):
        /// the checks that compare fragments look at their front matter and raw text only.
        case frontMatter
    }

    /// Reads a fragment from the store and loads it; with a `cache`, bytes parsed before are
    /// not parsed again.
    public static func load(
        _ id: FragmentID, from store: any FragmentStore, cache: ParseCache? = nil, extent: Extent = .whole
    ) -> (Fragment?, [Diagnostic]) {
        let path = store.fragmentPath(id)
        let data: Data
        switch store.readFragment(id, limit: maxFileSize + 1) {
        case .success(let bytes): data = bytes
        case .failure(.notAFile):
            return (nil, [Diagnostic(.fileUnreadable, Messages.notAFile, at: TextLocation(path: path))])
        case .failure(let failure):
            let reason: SystemError
            switch failure {
            case .system(let error): reason = error
            default: reason = SystemError(code: ENOENT)
            }
            return (nil, [Diagnostic(.fileUnreadable, Messages.unreadable(reason.message), at: TextLocation(path: path))])
        }
        if data.count > maxFileSize {
            return (nil, [Diagnostic(.fragmentTooLarge, Messages.tooLarge, at: TextLocation(path: path), fix: Messages.tooLargeFix)])
        }
        guard let cache, extent == .whole else { return load(data: data, id: id, path: path, extent: extent) }
        return cache.fragment(path: path, data: data) { load(data: data, id: id, path: path) }
    }

    public static func load(data: Data, id: FragmentID, path: String, extent: Extent = .whole) -> (Fragment?, [Diagnostic]) {
        let text: String
        switch SourceText.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let format = SourceFormat(of: data)
        return load(text: text, id: id, path: path, format: format, extent: extent)
    }

    public static func load(
        text: String, id: FragmentID, path: String, format: SourceFormat = SourceFormat(), extent: Extent = .whole
    ) -> (Fragment?, [Diagnostic]) {
        if text.isBlank {
            return (
                nil,
                [
                    Diagnostic(
                        .emptyFile, Messages.emptyFile, at: TextLocation(path: path),
                        fix: FrontMatterSplitter.Messages.missingFix)
                ]
            )
        }
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(text, path: path) {
        case .success(let split): parts = split
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let context = YAMLContext(path: path, fileText: text, lineOffset: 1)
        let frontMatter = FrontMatterDecoder.decode(
            parts.yaml, context: context, location: TextLocation(path: path, line: 1, column: 1))
        var diagnostics = context.diagnostics
        guard extent == .whole else {
            let fragment = Fragment(
                id: id, path: path, frontMatter: frontMatter, body: [], unsupported: [], text: text, bodyLine: parts.bodyLineOffset + 1,
                format: format)
            return (fragment, diagnostics)
        }
        let parsed = MarkdownParser.parse(parts.body, path: path, lineOffset: parts.bodyLineOffset)
        if let deep = parsed.tooDeep {
            diagnostics.append(Diagnostic(.markdownTooDeep, Messages.tooDeep, at: deep, fix: Messages.tooDeepFix))
        }
        if let many = parsed.tooMany {
            diagnostics.append(Diagnostic(.markdownTooManyElements, Messages.tooMany, at: many, fix: Messages.tooManyFix))
        }
        for reference in parsed.forbidden {
            let message =
                reference.written.isEmpty
                ? XMLCharacters.Messages.forbidden(reference.scalar)
                : XMLCharacters.Messages.reference(reference.scalar, written: reference.written)
            diagnostics.append(
                Diagnostic(
                    .forbiddenCharacter, message, at: reference.location, fix: XMLCharacters.Messages.referenceFix,
                    sourceLine: text.lines.dropFirst(reference.location.line - 1).first.map(String.init)))
        }
        let fragment = Fragment(
            id: id, path: path, frontMatter: frontMatter, body: parsed.blocks, unsupported: parsed.unsupported, text: text,
            bodyLine: parts.bodyLineOffset + 1, format: format)
        return (fragment, diagnostics)
    }

    enum Messages {
        static let notAFile = Message(
            nl: "dit is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat) en wordt niet gelezen",
            en: "this is not a regular file (but, for example, a pipe or a device) and is not read")
        static func unreadable(_ reason: Message) -> Message {
            Message(nl: "het bestand kan niet gelezen worden: \(reason.nl)", en: "the file cannot be read: \(reason.en)")
        }
        static let tooLarge = Message(
            nl: "het fragment is groter dan 2 MB; een fragment is één sectie tekst van een paar kilobyte",
            en: "the fragment is larger than 2 MB; a fragment is one section of text of a few kilobytes")
        static let tooLargeFix = Message(
            nl: "controleer of het goede bestand is opgeslagen, zonder ingeplakte afbeeldingen of bijlagen",
            en: "check that the right file was saved, without pasted images or attachments")
        static let emptyFile = Message(nl: "het bestand is leeg", en: "the file is empty")
        static let tooDeep = Message(
            nl: "de opsommingen of citaten zijn te diep in elkaar genest",
            en: "lists or quotes are nested too deeply")
        static let tooDeepFix = Message(
            nl: "gebruik hoogstens een paar niveaus van opsommingen",
            en: "use no more than a few levels of lists")
        static let tooMany = Message(
            nl:
                "het fragment heeft vanaf hier meer dan \(ReportLimits.blocksPerFragment) alinea's, punten en koppen of meer dan \(ReportLimits.markupPerFragment) stukken nadruk en links",
            en:
                "from here on the fragment has more than \(ReportLimits.blocksPerFragment) paragraphs, items and headings or more than \(ReportLimits.markupPerFragment) pieces of emphasis and links"
        )
        static let tooManyFix = Message(
            nl: "een fragment is één sectie; verdeel de tekst of laat de opmaak weg",
            en: "a fragment is one section; split the text or leave out the markup")
    }
}

extension Rule {
    static let emptyFile = Rule(
        "empty-file", .error, stage: .loading,
        summary: Message(nl: "een leeg bestand", en: "an empty file"))
    static let fileUnreadable = Rule(
        "file-unreadable", .error, stage: .loading,
        summary: Message(
            nl: "een fragment dat niet gelezen kan worden, of geen gewoon bestand is (een pijp, een apparaat)",
            en: "a fragment that cannot be read, or is not a regular file (a pipe, a device)"))
    static let fragmentTooLarge = Rule(
        "fragment-too-large", .error, stage: .loading,
        summary: Message(nl: "een fragment groter dan 2 MB", en: "a fragment larger than 2 MB"))
    static let markdownTooManyElements = Rule(
        "markdown-too-many-elements", .error, stage: .loading,
        summary: Message(
            nl: "meer dan 2.000 alinea's, punten en koppen, of meer dan 2.000 stukken nadruk en links in één fragment",
            en: "more than 2,000 paragraphs, items and headings, or more than 2,000 pieces of emphasis and links in one fragment"))
    static let markdownTooDeep = Rule(
        "markdown-too-deep", .error, stage: .loading,
        summary: Message(nl: "opsommingen en citaten dieper genest dan 24 niveaus", en: "lists and quotes nested deeper than 24 levels"))
}

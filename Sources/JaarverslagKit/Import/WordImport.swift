import Foundation

/// Turns a Word document (.docx) into the body of a fragment. The command line
/// (`jaarverslag import`) and the portal's upload both call `convert`: it takes the file's
/// bytes and returns the Markdown with everything worth saying about it, and writes nothing.
///
/// The stages: the zip package (`DocxPackage`, with its limits) → the XML parts, each parsed
/// by the safe libxml2 reader → styles, numbering, notes → `WordDocumentReader` (the body's
/// meaning, `ImportedText`) → `ImportShaper` (title, typed bullets, bold headings) →
/// `FragmentMarkdownWriter`.
public enum WordImport {
    public struct Options: Sendable {
        /// How the file is named in diagnostics.
        public var displayPath: String
        /// The coordinator's house style (`import:` in `report.yaml`).
        public var styles: ImportStyleMap
        /// The fragment's title, to recognise the document's title or a first heading that repeats it.
        public var title: String?
        public var limits: DocxLimits

        public init(displayPath: String, styles: ImportStyleMap = ImportStyleMap(), title: String? = nil, limits: DocxLimits = DocxLimits())
        {
            self.displayPath = displayPath
            self.styles = styles
            self.title = title
            self.limits = limits
        }
    }

    public struct Outcome: Sendable {
        /// The fragment body in Markdown; nil when the file was refused.
        public var body: String?
        /// The text of the document's own title paragraph (style `Title`/`Titel`), if any.
        public var documentTitle: String?
        /// Everything the import has to say, in the order found. Errors only when refused.
        public var diagnostics: [Diagnostic]

        public var refused: Bool { body == nil }
    }

    public static func convert(_ data: Data, options: Options) -> Outcome {
        convert(Result { () throws(ImportFailure) in try unpack(data, limits: options.limits) }, options: options)
    }

    /// The second half of `convert`, for a caller that unpacked the document while it read
    /// the house style (`FragmentImport`): unpacking needs only the limits.
    static func convert(_ unpacked: Result<WordPackage, ImportFailure>, options: Options) -> Outcome {
        let document: (text: ImportedText, findings: ImportFindings)
        do {
            document = try read(unpacked.get(), styles: options.styles)
        } catch {
            return Outcome(body: nil, documentTitle: nil, diagnostics: [error.diagnostic(path: options.displayPath)])
        }
        return finish(document.text, findings: document.findings, options: options)
    }

    /// Turns the HTML that Word puts on the clipboard (`text/html`) into a fragment body with
    /// the same mapping as a .docx: the portal's paste. The house style's names are matched
    /// against Word's class names; nothing is fetched (images and links are never followed).
    public static func convert(html: String, options: Options) -> Outcome {
        let tree: HTMLTree
        do {
            tree = try HTMLTree(text: html, maxSize: options.limits.partSize)
        } catch {
            return Outcome(
                body: nil, documentTitle: nil,
                diagnostics: [ImportFailure(.notDocx(error.message)).diagnostic(path: options.displayPath)])
        }
        var reader = WordHTMLReader(houseStyle: options.styles)
        if let root = tree.root { reader.read(root: root) }
        return finish(ImportedText(paragraphs: reader.paragraphs), findings: reader.ledger.findings, options: options)
    }

    static func finish(_ text: ImportedText, findings initial: ImportFindings, options: Options) -> Outcome {
        var findings = initial
        let shaped = ImportShaper.shape(text, title: options.title)
        shaped.findings.forEach { findings.add($0) }
        let written = FragmentMarkdownWriter.write(shaped.text)
        written.findings.forEach { findings.add($0) }
        return Outcome(
            body: written.markdown, documentTitle: shaped.documentTitle, diagnostics: findings.diagnostics(path: options.displayPath))
    }

    /// The document's meaning before any rule of `ImportShaper`: for tests, and for the
    /// reader of Word's clipboard HTML to be compared with.
    static func read(_ data: Data, limits: DocxLimits, styles houseStyle: ImportStyleMap) throws(ImportFailure) -> (
        ImportedText, ImportFindings
    ) {
        try read(unpack(data, limits: limits), styles: houseStyle)
    }

    /// The package opened and every XML part read by the safe parser: all that does not
    /// depend on the house style. Refuses what is not a .docx, or not a whole one.
    static func unpack(_ data: Data, limits: DocxLimits) throws(ImportFailure) -> WordPackage {
        guard data.count <= limits.fileSize else { throw ImportFailure(.tooLarge(limits.fileSize)) }
        if case .refused(let reason) = FileKind.of(data) { throw ImportFailure(reason) }
        var package = try DocxPackage(data: data, limits: limits)
        if package.contains("mimetype"), let type = try package.part("mimetype"),
            String(decoding: type.prefix(100), as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument")
        {
            throw ImportFailure(.openDocument)
        }
        guard package.contains("[Content_Types].xml") else { throw ImportFailure(.notDocx("een zip-bestand")) }

        // Every XML part is read by the safe parser, also those the importer does not use:
        // a part with a DOCTYPE, an entity or broken XML makes the whole file suspect. Only the
        // parts it reads become trees (the others are checked, which throws the same): the
        // relationships parts name them, so those are parsed first. The parts are unpacked in
        // the order of their names (the package's size limit counts them in that order), then
        // parsed on all cores, and the first problem in the order of the names is the one
        // said, as when they were read one by one.
        var unpacked: [(name: String, bytes: Data)] = []
        var stopped: ImportFailure?
        for name in package.names.sorted() where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            do throws(ImportFailure) {
                guard let bytes = try package.part(name) else { continue }
                unpacked.append((name, bytes))
            } catch {
                stopped = error
                break
            }
        }
        let isRelationships = unpacked.map { $0.name.hasSuffix(".rels") }
        var parsed = ParsedPart.parse(unpacked, where: isRelationships, tree: { _ in true }, maxSize: limits.partSize)
        var trees = parsed.compactMapValues { try? $0.get().tree }
        let parts = DocxParts(trees: trees)
        let read = parts.read
        parsed.merge(
            ParsedPart.parse(unpacked, where: isRelationships.map { !$0 }, tree: read.contains, maxSize: limits.partSize)
        ) { first, _ in first }
        for (name, _) in unpacked {
            if case .failure(let error) = parsed[name] { throw ImportFailure(.xml(part: name, error: error)) }
        }
        if let stopped { throw stopped }
        trees = parsed.compactMapValues { try? $0.get().tree }
        let main = parts.main
        // A real workbook or presentation names its own main part (`ppt/presentation.xml`),
        // which parses, but is no Word document.
        guard let root = trees[main]?.root, root.isWord("document"), let body = root.word("body") else {
            if package.names.contains("xl/workbook.xml") { throw ImportFailure(.otherOffice("Excel")) }
            if package.names.contains("ppt/presentation.xml") { throw ImportFailure(.otherOffice("PowerPoint")) }
            throw ImportFailure(.missingDocument(main))
        }
        return WordPackage(trees: trees, parts: parts, body: body)
    }

    /// The body's meaning, read with the document's styles and the house style.
    static func read(_ package: WordPackage, styles houseStyle: ImportStyleMap) -> (ImportedText, ImportFindings) {
        let (trees, parts, body) = (package.trees, package.parts, package.body)
        let relationships = parts.relationships
        let styles =
            parts.styles.flatMap { trees[$0] }.map { WordStyles(tree: $0, houseStyle: houseStyle) } ?? WordStyles(houseStyle: houseStyle)
        let numbering = parts.numbering.flatMap { trees[$0] }.map(WordNumbering.init(tree:)) ?? WordNumbering()
        let notes = WordNotes()
        for (name, endnote) in [(parts.footnotes, false), (parts.endnotes, true)] {
            guard let name, let tree = trees[name] else { continue }
            let noteRelationships = trees[Relationships.path(for: name)].map(Relationships.init(tree:)) ?? Relationships()
            notes.addNotes(tree, endnote: endnote, relationships: noteRelationships)
        }
        if let comments = parts.comments.flatMap({ trees[$0] }) { notes.addComments(comments) }

        var reader = WordDocumentReader(styles: styles, numbering: numbering, relationships: relationships, notes: notes)
        reader.read(body: body)
        return withExtendedLifetime(trees) { (ImportedText(paragraphs: reader.paragraphs), reader.ledger.findings) }
    }
}

/// One XML part read by the safe parser: its tree when the importer reads it, nothing when it
/// was only checked. Made on one thread and handed to another only when that one is done
/// (`concurrentMap` joins them), which is why it may cross threads although a tree is not
/// safe to share.
struct ParsedPart: @unchecked Sendable {
    let tree: XMLTree?

    /// The parts picked by `picked` (index by index), parsed on all cores, the largest first
    /// so that the cores finish together.
    static func parse(
        _ parts: [(name: String, bytes: Data)], where picked: [Bool], tree: (String) -> Bool, maxSize: Int
    ) -> [String: Result<ParsedPart, XMLTree.ParseError>] {
        let work = parts.indices.filter { picked[$0] }.sorted { parts[$0].bytes.count > parts[$1].bytes.count }
            .map { (parts[$0].name, parts[$0].bytes, tree(parts[$0].name)) }
        let results = ResultSlots<Result<ParsedPart, XMLTree.ParseError>>.concurrentMap(work.count) { index in
            let (_, bytes, keep) = work[index]
            return Result { () throws(XMLTree.ParseError) in
                if keep { return ParsedPart(tree: try XMLTree(data: bytes, maxSize: maxSize)) }
                try XMLTree.check(bytes, maxSize: maxSize)
                return ParsedPart(tree: nil)
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(work.map(\.0), results))
    }
}

/// A .docx whose parts have all been read: the XML trees the importer uses and where each
/// part is. It is made on one thread and read on another only after the first is done with it
/// (`FragmentImport` joins the two before reading), which is why it may cross threads although
/// its trees are not safe to share.
struct WordPackage: @unchecked Sendable {
    let trees: [String: XMLTree]
    let parts: DocxParts
    /// `w:body` of the main part, which `trees` keeps alive.
    let body: XMLElement
}

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

    public static func load(contentsOf url: URL, displayPath: String) -> (Fragment?, [Diagnostic]) {
        let data: Data
        switch readAtMost(maxFileSize + 1, from: url.path) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            let reason = failure.notAFile ? Messages.notAFile : Messages.unreadable(String(cString: strerror(failure.code)))
            return (nil, [Diagnostic(.fileUnreadable, reason, at: TextLocation(path: displayPath))])
        }
        if data.count > maxFileSize {
            return (
                nil,
                [
                    Diagnostic(
                        .fragmentTooLarge, Messages.tooLarge, at: TextLocation(path: displayPath),
                        fix: Messages.tooLargeFix)
                ]
            )
        }
        return load(data: data, path: displayPath)
    }

    /// Reads up to `limit` bytes of a regular file with plain read(2): no more is ever read
    /// of a huge file.
    static func readAtMost(_ limit: Int, from path: String) -> Result<Data, RegularFile.Failure> {
        let file: (descriptor: Int32, size: Int)
        switch RegularFile.open(path) {
        case .success(let opened): file = opened
        case .failure(let failure): return .failure(failure)
        }
        let descriptor = file.descriptor
        defer { close(descriptor) }
        let expected = min(file.size, limit)
        var buffer = [UInt8](repeating: 0, count: max(expected, 1))
        var count = 0
        while count < limit {
            if count == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: min(buffer.count, limit - count))) }
            let result = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if result < 0 {
                if errno == EINTR { continue }
                return .failure(RegularFile.Failure(code: errno))
            }
            if result == 0 { break }
            count += result
        }
        return .success(Data(buffer[0..<count]))
    }

    public static func load(data: Data, path: String) -> (Fragment?, [Diagnostic]) {
        let text: String
        switch SourceText.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let format = SourceFormat(of: data)
        return load(text: text, path: path, format: format)
    }

    public static func load(text: String, path: String, format: SourceFormat = SourceFormat()) -> (Fragment?, [Diagnostic]) {
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
        let parsed = MarkdownParser.parse(parts.body, path: path, lineOffset: parts.bodyLineOffset)
        if let deep = parsed.tooDeep {
            diagnostics.append(Diagnostic(.markdownTooDeep, Messages.tooDeep, at: deep, fix: Messages.tooDeepFix))
        }
        let fragment = Fragment(
            path: path, frontMatter: frontMatter, body: parsed.blocks, unsupported: parsed.unsupported, text: text,
            bodyLine: parts.bodyLineOffset + 1, format: format)
        return (fragment, diagnostics)
    }

    enum Messages {
        static let notAFile = Message(
            nl: "dit is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat) en wordt niet gelezen",
            en: "this is not a regular file (but, for example, a pipe or a device) and is not read")
        static func unreadable(_ reason: String) -> Message {
            Message(nl: "het bestand kan niet gelezen worden: \(reason)", en: "the file cannot be read: \(reason)")
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
    static let markdownTooDeep = Rule(
        "markdown-too-deep", .error, stage: .loading,
        summary: Message(nl: "opsommingen en citaten dieper genest dan 24 niveaus", en: "lists and quotes nested deeper than 24 levels"))
}

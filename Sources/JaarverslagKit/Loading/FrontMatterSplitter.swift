/// Separates the YAML front matter (between `---` lines) from the Markdown body.
struct FrontMatterSplitter {
    struct Parts {
        /// The YAML text, without the `---` lines.
        var yaml: String
        /// Number of lines before the Markdown body starts (both `---` lines included).
        var bodyLineOffset: Int
        var body: String
    }

    static func split(_ text: String, path: String) -> Result<Parts, Diagnostic> {
        // Only the lines up to the closing fence are looked at; the body is not split here.
        var lines: [Substring] = []
        var rest = Substring(text)
        var closing: Int?
        while closing == nil {
            guard let end = rest.utf8.firstIndex(of: 10) else {
                lines.append(rest)
                if lines.count > 1, isFence(rest) { closing = lines.count - 1 }
                rest = rest[rest.endIndex...]
                break
            }
            lines.append(rest[..<end])
            rest = rest[rest.utf8.index(after: end)...]
            if lines.count == 1, !isFence(lines[0]) { break }
            if lines.count > 1, isFence(lines[lines.count - 1]) { closing = lines.count - 1 }
        }
        guard let first = lines.first, isFence(first) else {
            let firstLine = lines.first.map(String.init) ?? ""
            return .failure(
                Diagnostic(
                    .frontMatterMissing, Messages.missing, at: TextLocation(path: path, line: 1, column: 1),
                    fix: Messages.missingFix, sourceLine: firstLine.isEmpty ? nil : firstLine))
        }
        guard let closing else {
            return .failure(
                Diagnostic(
                    .frontMatterUnterminated, Messages.unterminated, at: TextLocation(path: path, line: 1, column: 1),
                    fix: Messages.unterminatedFix, sourceLine: String(first)))
        }
        // The lines between the fences are one stretch of the text: copied once, not joined.
        let yaml = closing > 1 ? String(text[lines[1].startIndex..<lines[closing - 1].endIndex]) : ""
        return .success(Parts(yaml: yaml, bodyLineOffset: closing + 1, body: String(rest)))
    }

    /// `---`, perhaps followed by spaces or tabs.
    private static func isFence(_ line: Substring) -> Bool {
        line.withUTF8Bytes { bytes in
            bytes.count >= 3 && bytes[0] == 45 && bytes[1] == 45 && bytes[2] == 45
                && bytes.dropFirst(3).allSatisfy { $0 == 32 || $0 == 9 }
        }
    }

    enum Messages {
        static let missing = Message(
            nl: "het fragment begint niet met de kopgegevens tussen twee regels `---`",
            en: "the fragment does not start with front matter between two `---` lines")
        static let missingFix = Message(
            nl: "zet bovenaan een regel `---`, daaronder year, pillar, group en title, en sluit af met `---`",
            en: "start the file with a `---` line, then year, pillar, group and title, and close with `---`")
        static let unterminated = Message(
            nl: "de kopgegevens worden niet afgesloten met een regel `---`",
            en: "the front matter is not closed by a `---` line")
        static let unterminatedFix = Message(
            nl: "zet een regel met alleen `---` tussen de kopgegevens en de tekst",
            en: "put a line with just `---` between the front matter and the text")
    }
}

extension Rule {
    static let frontMatterMissing = Rule(
        "front-matter-missing", .error, stage: .loading,
        summary: Message(nl: "geen kopgegevens tussen regels `---` aan het begin", en: "no front matter between `---` lines at the start"))
    static let frontMatterUnterminated = Rule(
        "front-matter-unterminated", .error, stage: .loading,
        summary: Message(nl: "kopgegevens zonder afsluitende regel `---`", en: "front matter without its closing `---` line"))
}

import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Lists the fragment files of a year in a fixed order (byte order of the names), so that
/// the directory order of the file system never shows in the output.
enum FragmentFiles {
    /// More files than this in one year is not a report; refused before any is read.
    static let maxFiles = 20_000

    /// The names of the fragment files in `directory`, whose path in diagnostics is `directoryPath`.
    static func list(in directory: URL, directoryPath: String) -> (names: [String], diagnostics: [Diagnostic]) {
        guard let entries = DirectoryEntries.read(directory.path) else {
            return ([], [])
        }
        var fragments: [String] = []
        var diagnostics: [Diagnostic] = []
        guard entries.count <= maxFiles else {
            return (
                [],
                [
                    Diagnostic(.tooManyFiles, Messages.tooMany(entries.count), at: TextLocation(path: directoryPath))
                ]
            )
        }
        // Keyed by the lower-cased name's Unicode scalars, not by the String: Swift compares
        // strings by canonical equivalence, which would take `café` composed and decomposed
        // for one name.
        var seenLowercased: [[Unicode.Scalar]: String] = [:]
        var seenCanonical: [String: String] = [:]
        let realDirectory = directory.resolvingSymlinksInPath().path
        // A file's display path is the folder's plus its name (URL arithmetic per file is
        // measurable with 10,000 files).
        for entry in entries.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) where !entry.name.hasPrefix(".") {
            let name = entry.name
            if let bytes = entry.invalidName {
                let shown = PrintableText.fileName(bytes)
                diagnostics.append(
                    Diagnostic(
                        .fileNameEncoding, Messages.invalidName(shown), at: TextLocation(path: directoryPath + "/" + shown),
                        fix: Messages.invalidNameFix))
                continue
            }
            let location = TextLocation(path: directoryPath + "/" + name)
            guard name.hasSuffix(".md"), entry.kind == .file || entry.kind == .symbolicLink else {
                let (message, fix) =
                    entry.kind == .directory
                    ? (Messages.folder(name), Messages.folderFix)
                    : Messages.notAFragment(name, year: directoryPath.split(separator: "/").last.map(String.init) ?? "")
                diagnostics.append(Diagnostic(.unknownFile, message, at: location, fix: fix))
                continue
            }
            // Only symbolic links need resolving; a plain file is where it is.
            if entry.kind == .symbolicLink {
                let target = directory.appendingPathComponent(name, isDirectory: false).resolvingSymlinksInPath()
                var isDirectory: ObjCBool = false
                if !target.path.hasPrefix(realDirectory + "/") {
                    diagnostics.append(Diagnostic(.linkOutside, Messages.linkOutside, at: location, fix: Messages.linkOutsideFix))
                    continue
                }
                if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    diagnostics.append(Diagnostic(.unknownFile, Messages.folder(name), at: location, fix: Messages.folderFix))
                    continue
                }
            }
            let lowercased = Array(name.lowercased().unicodeScalars)
            if let other = seenLowercased[lowercased] ?? seenCanonical[name.lowercased()] {
                // Equal as Swift strings: the same letters, one of them composed otherwise.
                let sameLetters = name == other
                var diagnostic = Diagnostic(
                    sameLetters ? .fileNameNormalization : .fileNameCase,
                    sameLetters ? Messages.normalizationClash(name, other) : Messages.caseClash(name, other), at: location,
                    fix: Messages.caseClashFix)
                diagnostic.notes = [Diagnostic.Note(message: Messages.otherFile, location: TextLocation(path: directoryPath + "/" + other))]
                diagnostics.append(diagnostic)
                continue
            }
            seenLowercased[lowercased] = name
            seenCanonical[name.lowercased()] = name
            fragments.append(name)
        }
        return (fragments, diagnostics)
    }

    enum Messages {
        /// What a file that is no fragment is, and what to do: a Word document is the common case.
        static func notAFragment(_ name: String, year: String) -> (Message, Message) {
            let lowered = name.lowercased()
            let fileExtension = lowered.split(separator: ".").last.map(String.init) ?? ""
            if name.hasPrefix("~$") {
                return (
                    Message(
                        nl: "`\(name)` is een tijdelijk bestand van Word: het document staat nog open",
                        en: "`\(name)` is a temporary file of Word: the document is still open"),
                    Message(
                        nl: "sluit het document in Word; dan verdwijnt dit bestand",
                        en: "close the document in Word; this file then disappears")
                )
            }
            if ["docx", "doc", "odt", "rtf", "pdf"].contains(fileExtension) {
                let kind = fileExtension == "pdf" ? "PDF" : "Word"
                return (
                    Message(
                        nl: "`\(name)` is een \(kind)-document; jaarverslag leest alleen fragmenten (.md)",
                        en: "`\(name)` is a \(kind) document; jaarverslag reads fragments (.md) only"),
                    documentFix(fileExtension, year: year)
                )
            }
            if fileExtension == "txt" {
                return (
                    unknownFile(name),
                    Message(
                        nl: "is het een fragment, geef het dan de extensie .md in plaats van .txt",
                        en: "if it is a fragment, give it the extension .md instead of .txt")
                )
            }
            return (unknownFile(name), unknownFileFix)
        }
        /// A document in the fragments folder: a .docx is imported (`jaarverslag import`, which
        /// reads only .docx, or the portal's button, for a coordinator who never opens a
        /// terminal), another Word format saved as one first, a PDF's text pasted.
        static func documentFix(_ fileExtension: String, year: String) -> Message {
            let importing = Message(
                nl: "zet het document buiten fragments/ en maak er het fragment van met "
                    + "`jaarverslag import <document> --group <groep> --year \(year)`, dat het meteen controleert, "
                    + "of laat de secretaris het in het portaal inlezen met ‘Word-bestand invoegen’",
                en: "move the document out of fragments/ and make it the fragment with "
                    + "`jaarverslag import <document> --group <group> --year \(year)`, which checks it at once, "
                    + "or have the secretary read it in the portal with ‘Put in a Word file’")
            switch fileExtension {
            case "docx": return importing
            case "pdf":
                return Message(
                    nl: "maak het fragment met `jaarverslag new <groep> --year \(year)`, plak de tekst uit het document onder de tweede "
                        + "regel `---`, controleer het met `jaarverslag check \(year) <groep>`, en zet het document buiten fragments/",
                    en: "make the fragment with `jaarverslag new <group> --year \(year)`, paste the document's text below the second "
                        + "`---` line, check it with `jaarverslag check \(year) <group>`, and move the document out of fragments/")
            default:
                return Message(
                    nl: "sla het in Word op als .docx (Opslaan als › Word-document); ",
                    en: "save it in Word as .docx (Save As › Word Document); ")
                    + importing
            }
        }

        static func unknownFile(_ name: String) -> Message {
            Message(
                nl: "`\(name)` is geen fragment; in deze map horen alleen bestanden die op .md eindigen",
                en: "`\(name)` is not a fragment; this folder holds only files ending in .md")
        }
        /// `fragments/2024/oud.md/`: a folder, whatever its name ends in.
        static func folder(_ name: String) -> Message {
            Message(
                nl: "`\(name)` is een map, geen fragment; in deze map horen alleen fragmenten, bestanden die op .md eindigen",
                en: "`\(name)` is a folder, not a fragment; this folder holds only fragments, files ending in .md")
        }
        static let folderFix = Message(
            nl: "zet de map buiten de map fragments/", en: "move the folder out of the fragments/ folder")
        static let unknownFileFix = Message(
            nl: "geef het bestand de extensie .md of zet het buiten de map fragments/",
            en: "give the file the .md extension or move it out of fragments/")
        static let linkOutside = Message(
            nl: "dit bestand is een snelkoppeling naar een bestand buiten deze map",
            en: "this file is a symbolic link to a file outside this folder")
        static let linkOutsideFix = Message(
            nl: "kopieer het fragment zelf in de map in plaats van een snelkoppeling",
            en: "copy the fragment itself into the folder instead of linking to it")
        static func caseClash(_ name: String, _ other: String) -> Message {
            Message(
                nl: "`\(name)` en `\(other)` verschillen alleen in hoofdletters; op Windows en macOS zijn dat hetzelfde bestand",
                en: "`\(name)` and `\(other)` differ only in letter case; on Windows and macOS they are the same file")
        }
        static let caseClashFix = Message(nl: "verwijder of hernoem één van beide", en: "remove or rename one of them")
        static func normalizationClash(_ name: String, _ other: String) -> Message {
            Message(
                nl:
                    "`\(name)` en `\(other)` zijn dezelfde naam in twee Unicode-vormen (een letter met accent als één teken of als letter plus accent); op macOS en in veel programma's zijn dat hetzelfde bestand",
                en:
                    "`\(name)` and `\(other)` are the same name in two Unicode forms (a letter with an accent as one character or as a letter plus an accent); on macOS and in many programs they are the same file"
            )
        }
        static func invalidName(_ shown: String) -> Message {
            Message(
                nl:
                    "de naam `\(shown)` is geen geldige UTF-8 (de bytes als \\xNN); zo'n bestand kan niet betrouwbaar gelezen of genoemd worden",
                en: "the name `\(shown)` is not valid UTF-8 (bytes shown as \\xNN); such a file cannot be read or named reliably")
        }
        static let invalidNameFix = Message(
            nl: "geef het bestand een nieuwe naam van kleine letters, cijfers en streepjes, zoals de groep heet",
            en: "rename the file to lowercase letters, digits and hyphens, as the group is called")
        static let otherFile = Message(nl: "het andere bestand", en: "the other file")
        static func tooMany(_ count: Int) -> Message {
            Message(
                nl: "deze map bevat \(count) bestanden; de grens is \(FragmentFiles.maxFiles)",
                en: "this folder holds \(count) files; the limit is \(FragmentFiles.maxFiles)")
        }
    }
}

extension Rule {
    static let unknownFile = Rule(
        "unknown-file", .error, stage: .loading,
        summary: Message(
            nl: "een bestand in `fragments/<jaar>/` dat geen `.md`-fragment is",
            en: "a file in `fragments/<year>/` that is not a `.md` fragment"))
    static let linkOutside = Rule(
        "link-outside", .error, stage: .loading,
        summary: Message(
            nl: "een symbolische koppeling naar buiten de map met fragmenten", en: "a symbolic link out of the fragments folder"))
    static let fileNameCase = Rule(
        "file-name-case", .error, stage: .loading,
        summary: Message(
            nl: "twee bestandsnamen die alleen in hoofdletters verschillen", en: "two file names that differ only in letter case"))
    static let fileNameNormalization = Rule(
        "file-name-normalization", .error, stage: .loading,
        summary: Message(
            nl: "twee bestandsnamen die alleen in Unicode-vorm verschillen (samengestelde of losse accenten)",
            en: "two file names that differ only in Unicode form (composed or separate accents)"))
    static let fileNameEncoding = Rule(
        "file-name-encoding", .error, stage: .loading,
        summary: Message(nl: "een bestandsnaam die geen geldige UTF-8 is", en: "a file name that is not valid UTF-8"))
    static let tooManyFiles = Rule(
        "too-many-files", .error, stage: .loading,
        summary: Message(nl: "meer dan 20.000 bestanden in de map van één jaar", en: "more than 20,000 files in one year's folder"))
}

import Foundation

/// Turns the report's page into a PDF with WeasyPrint (Debian package `weasyprint`), run as a
/// separate process with a time limit, in a temporary folder of its own.
///
/// WeasyPrint writes no date or random identifier of its own into the PDF, but fontTools,
/// which subsets the embedded fonts, stamps each font with the time of the run unless
/// `SOURCE_DATE_EPOCH` is set. So the run gets that from the report (never the clock), the
/// creation date comes from the page's `dcterms.created`, and `/ID` from `--pdf-identifier`
/// and a hash of the contents: two builds give the same bytes.
///
/// The PDF is tagged (`--pdf-variant pdf/ua-1`): a screen reader gets the headings, lists,
/// links and reading order, which Dutch public bodies must offer in what they publish. The
/// pages look the same as untagged, byte for byte in their rendering. WeasyPrint calls its
/// PDF/UA support experimental and warns so on every run; the warning is not shown, as it says
/// nothing the coordinator can act on.
public struct WeasyPrint: Sendable {
    public var executable: URL
    /// Longer than this and the run is stopped and the build fails; the real 2023 report takes
    /// about two seconds.
    public var timeLimit: Duration

    public init(executable: URL, timeLimit: Duration = .seconds(180)) {
        self.executable = executable
        self.timeLimit = timeLimit
    }

    /// `build --pdf` without WeasyPrint: says how to install it.
    public struct Missing: CommandFailure {
        public var message: Message { WeasyPrint.Messages.missing }
    }

    /// The `weasyprint` on the `PATH`, if there is one.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> WeasyPrint? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("weasyprint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return WeasyPrint(executable: candidate) }
        }
        return nil
    }

    public struct Failure: Error, Sendable {
        public var message: Message
    }

    /// The PDF of a page made by `HTMLRenderer(paged: true)`.
    public func pdf(of page: String, report: Report) -> Result<Data, Failure> {
        // Without Dutch patterns WeasyPrint breaks no word at all, and says nothing: the PDF
        // would look worse and differ from one made on another machine with the same input.
        if hyphenatesDutch() == false { return .failure(Failure(message: Messages.noDutchHyphenation)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jaarverslag-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("jaarverslag-\(report.year).html")
        let output = folder.appendingPathComponent("jaarverslag-\(report.year).pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(page.utf8).write(to: input)
        } catch {
            return .failure(Failure(message: Messages.failed(error.localizedDescription)))
        }
        let arguments = ["--pdf-variant", "pdf/ua-1", "--pdf-identifier", "jaarverslag-\(report.year)", input.path, output.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(report.sourceDateEpoch)
        environment["PYTHONHASHSEED"] = "0"
        switch Subprocess.run(executable, arguments: arguments, environment: environment, timeLimit: timeLimit) {
        case .timedOut:
            return .failure(Failure(message: Messages.timedOut(timeLimit)))
        case .failedToStart(let reason):
            return .failure(Failure(message: Messages.failed(reason)))
        case .exited(let status, let errors):
            guard status == 0, let data = try? Data(contentsOf: output), data.starts(with: Data("%PDF-".utf8)) else {
                return .failure(Failure(message: Messages.failed(errors.isEmpty ? "exit status \(status)" : errors)))
            }
            return .success(data)
        }
    }

    /// Whether WeasyPrint's own Python finds Dutch hyphenation patterns (pyphen reads those of
    /// Debian's `hyphen-nl`; Debian's WeasyPrint brings only the English ones). The Python is
    /// the one its script names on its first line, which need not be the `python3` on the
    /// `PATH`. `nil` when that cannot be told: the program is no Python script, or the probe
    /// does not answer as asked.
    func hyphenatesDutch() -> Bool? {
        guard let interpreter = Self.pythonInterpreter(of: executable) else { return nil }
        let probe = """
            import sys
            try:
                import pyphen
            except ImportError:
                sys.exit(4)
            sys.exit(0 if pyphen.language_fallback("nl") else 3)
            """
        let outcome = Subprocess.run(
            interpreter.program, arguments: interpreter.arguments + ["-c", probe], environment: ProcessInfo.processInfo.environment,
            timeLimit: .seconds(30))
        switch outcome {
        case .exited(status: 0, _): return true
        case .exited(status: 3, _): return false
        default: return nil
        }
    }

    /// The Python of a script's `#!` line: `#!/usr/bin/python3`, `#!/usr/bin/python3 -s`, or
    /// `#!/usr/bin/env python3` (looked up on the `PATH`). Anything else is not a Python script.
    static func pythonInterpreter(
        of script: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (program: URL, arguments: [String])? {
        guard let handle = try? FileHandle(forReadingFrom: script) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 256), head.starts(with: Data("#!".utf8)) else { return nil }
        let line = head.dropFirst(2).prefix { $0 != UInt8(ascii: "\n") }
        var words = String(decoding: line, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return nil }
        var program = URL(fileURLWithPath: words.removeFirst())
        if program.lastPathComponent == "env" {
            guard let name = words.first, !name.hasPrefix("-"), !name.contains("/") else { return nil }
            words.removeFirst()
            let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
            guard
                let found = folders.map({ URL(fileURLWithPath: String($0)).appendingPathComponent(name) })
                    .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
            else { return nil }
            program = found
        }
        guard program.lastPathComponent.hasPrefix("python") else { return nil }
        return (program, words)
    }

    enum Messages {
        static let noDutchHyphenation = Message(
            nl:
                "WeasyPrint vindt geen Nederlandse afbreekpatronen, dus er zou geen woord worden afgebroken en de PDF zou verschillen van die op een andere machine; installeer ze met `apt-get install hyphen-nl`, of bouw zonder --pdf",
            en:
                "WeasyPrint finds no Dutch hyphenation patterns, so no word would be hyphenated and the PDF would differ from one made on another machine; install them with `apt-get install hyphen-nl`, or build without --pdf"
        )
        static let missing = Message(
            nl: "WeasyPrint ontbreekt; installeer het met `\(install)` (Debian en Ubuntu), of bouw zonder --pdf",
            en: "WeasyPrint is missing; install it with `\(install)` (Debian and Ubuntu), or build without --pdf")
        static let install = "apt-get install weasyprint fonts-noto-core hyphen-nl"
        static func failed(_ detail: String) -> Message {
            Message(nl: "WeasyPrint kon de PDF niet maken: \(detail)", en: "WeasyPrint could not make the PDF: \(detail)")
        }
        static func timedOut(_ limit: Duration) -> Message {
            Message(
                nl: "WeasyPrint was na \(limit.components.seconds) seconden nog niet klaar en is gestopt",
                en: "WeasyPrint had not finished after \(limit.components.seconds) seconds and was stopped")
        }
    }
}

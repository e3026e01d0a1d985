import Foundation
import Testing
@testable import JaarverslagKit

/// Every 2023 fragment, written as a .docx by two independent writers (pandoc, and
/// python-docx through `Fixtures/docx/write_docx.py`) and imported again, gives back the same
/// blocks (headings, paragraphs, list items, lettered lists, quotes), the same words, and the
/// same bold, italic and links.
@Suite struct RoundTripTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let writer = repository.appendingPathComponent("Tests/JaarverslagKitTests/Fixtures/docx/write_docx.py")

    static let fragments: [String] = {
        let directory = repository.appendingPathComponent("fragments/2023")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }()

    static func fragment(_ name: String) throws -> Fragment {
        let url = repository.appendingPathComponent("fragments/2023/\(name)")
        let id = FragmentID(year: 2023, group: String(name.dropLast(".md".count)))
        return try #require(FragmentLoader.load(data: Data(contentsOf: url), id: id, path: name).0)
    }

    static func body(of fragment: Fragment) -> String {
        fragment.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(fragment.bodyLine - 1).joined(separator: "\n")
    }

    @Test func allOf2023IsCovered() {
        #expect(Self.fragments.count == 22)
    }

    @Test(arguments: fragments)
    func throughPandoc(_ name: String) throws {
        let fragment = try Self.fragment(name)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let markdown = directory.appendingPathComponent("in.md")
        let docx = directory.appendingPathComponent("out.docx")
        try Self.body(of: fragment).write(to: markdown, atomically: true, encoding: .utf8)
        try Self.run("pandoc", ["-f", "commonmark", "-t", "docx", "-o", docx.path, markdown.path])
        try Self.expectSameBlocks(fragment, afterImporting: Data(contentsOf: docx), writer: "pandoc")
    }

    @Test func throughPythonDocx() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var arguments = [Self.writer.path]
        for name in Self.fragments {
            let json = directory.appendingPathComponent(name + ".json")
            try JSONSerialization.data(withJSONObject: Self.json(try Self.fragment(name).body), options: [.sortedKeys]).write(to: json)
            arguments += [json.path, directory.appendingPathComponent(name + ".docx").path]
        }
        try Self.run("python3", arguments)
        for name in Self.fragments {
            try Self.expectSameBlocks(
                try Self.fragment(name), afterImporting: Data(contentsOf: directory.appendingPathComponent(name + ".docx")),
                writer: "python-docx")
        }
    }

    static func expectSameBlocks(_ fragment: Fragment, afterImporting data: Data, writer: String) throws {
        let outcome = WordImport.convert(data, options: .init(displayPath: "\(fragment.path).docx", title: fragment.title))
        let body = try #require(outcome.body, "\(fragment.path) through \(writer): \(outcome.diagnostics.map(\.message.en))")
        let blocks = MarkdownParser.parse(body, path: "", lineOffset: 0).blocks
        #expect(
            blocks.map(Shape.init) == fragment.body.map(Shape.init),
            "\(fragment.path) through \(writer) reads back differently:\n\(body)")
        #expect(outcome.diagnostics.isEmpty, "\(fragment.path) through \(writer): \(outcome.diagnostics.map(\.message.en))")
    }

    /// A block without its place in the file; runs compared as `ImportedRun.sameReading` does.
    indirect enum Shape: Equatable {
        case paragraph(Reading)
        case heading(Int, Reading)
        case bullets([[Shape]])
        case numbered(Int, [[Shape]])
        case lettered([[Shape]])
        case quote([Shape])
        case other

        init(_ block: Block) {
            switch block.kind {
            case .paragraph(let inlines): self = .paragraph(Reading(inlines))
            case .heading(let level, let inlines): self = .heading(level, Reading(inlines))
            case .bulletList(let items): self = .bullets(items.map { $0.blocks.map(Shape.init) })
            case .orderedList(let start, let items): self = .numbered(start, items.map { $0.blocks.map(Shape.init) })
            case .letteredList(let items): self = .lettered(items.map { $0.blocks.map(Shape.init) })
            case .blockQuote(let blocks): self = .quote(blocks.map(Shape.init))
            case .memberList: self = .other
            }
        }
    }

    struct Reading: Equatable, CustomStringConvertible {
        var runs: [ImportedRun]
        init(_ inlines: [Inline]) { runs = ImportedRun.flatten(inlines) }
        static func == (lhs: Reading, rhs: Reading) -> Bool { ImportedRun.sameReading(lhs.runs, rhs.runs) }
        var description: String { runs.map { ($0.bold ? "**" : "") + $0.text + ($0.bold ? "**" : "") }.joined() }
    }

    /// The blocks as `write_docx.py` reads them.
    static func json(_ blocks: [Block]) -> [[String: Any]] {
        blocks.map { block -> [String: Any] in
            switch block.kind {
            case .paragraph(let inlines): return ["type": "paragraph", "runs": runs(inlines)]
            case .heading(let level, let inlines): return ["type": "heading", "level": level, "runs": runs(inlines)]
            case .bulletList(let items): return ["type": "bullet", "items": items.map { json($0.blocks) }]
            case .orderedList(let start, let items): return ["type": "ordered", "start": start, "items": items.map { json($0.blocks) }]
            case .letteredList(let items): return ["type": "lettered", "items": items.map { json($0.blocks) }]
            case .blockQuote(let inner): return ["type": "quote", "blocks": json(inner)]
            case .memberList: return ["type": "paragraph", "runs": []]
            }
        }
    }

    static func runs(_ inlines: [Inline]) -> [[String: Any]] {
        ImportedRun.flatten(inlines).map { run in
            var object: [String: Any] = ["text": run.text, "bold": run.bold, "italic": run.italic]
            if let link = run.link { object["link"] = link }
            return object
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(
                description:
                    "\(tool) failed (\(process.terminationStatus)); .ci/run installs it: \(String(decoding: message, as: UTF8.self))")
        }
    }

    struct ToolFailure: Error, CustomStringConvertible { var description: String }
}

import Foundation

/// Writes the report as plain text that reads like the printed reports: a title block,
/// underlined headings (numbered where the year's style says so), paragraphs wrapped at
/// 72 columns, lists, and each section's link targets listed after the section.
public struct PlainTextRenderer: Renderer {
    public static let width = 72
    /// Underlines for chapter-level (=) and section headings by depth.
    static let underlines: [Character] = ["-", "~", "."]

    public init() {}

    public var fileExtension: String { "txt" }

    public func render(_ report: Report) -> String {
        var output = TextOutput()
        output.line(report.title)
        output.line(report.network.name)
        if report.isDraft { output.line(Report.draftMark.uppercased()) }
        if let foreword = report.foreword {
            var links = LinkTable()
            output.heading(foreword.title, underline: "=")
            render(foreword.content, depth: 1, into: &output, links: &links)
            if let signature = foreword.signature {
                output.separate()
                output.wrap(signature.line, firstPrefix: "", prefix: "")
            }
            output.links(links)
        }
        for chapter in report.chapters {
            output.heading(chapter.numberedTitle, underline: "=")
            var links = LinkTable()
            render(chapter.intro, depth: 1, into: &output, links: &links)
            output.links(links)
            for section in chapter.sections {
                var sectionLinks = LinkTable()
                render(section, depth: 1, into: &output, links: &sectionLinks)
                output.links(sectionLinks)
            }
        }
        return output.text
    }

    private func render(_ section: Section, depth: Int, into output: inout TextOutput, links: inout LinkTable) {
        output.heading(section.title, underline: Self.underlines[min(depth, Self.underlines.count) - 1])
        render(section.content, depth: depth + 1, into: &output, links: &links)
    }

    private func render(_ content: SectionContent, depth: Int, into output: inout TextOutput, links: inout LinkTable) {
        for block in content.blocks {
            output.separate()
            write(block, firstPrefix: "", prefix: "", into: &output, links: &links)
        }
        for subsection in content.subsections {
            render(subsection, depth: depth, into: &output, links: &links)
        }
    }

    /// The lines of one block, each starting with the given prefixes (for list nesting).
    private func write(_ block: Block, firstPrefix: String, prefix: String, into output: inout TextOutput, links: inout LinkTable) {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines):
            output.wrap(text(inlines, links: &links), firstPrefix: firstPrefix, prefix: prefix)
        case .memberList(let members):
            output.wrap(members.sentence, firstPrefix: firstPrefix, prefix: prefix)
        case .bulletList(let items):
            writeList(items, markers: items.map { _ in "- " }, firstPrefix: firstPrefix, prefix: prefix, into: &output, links: &links)
        case .orderedList(let start, let items):
            let markers = items.indices.map { "\(start + $0). " }
            writeList(items, markers: markers, firstPrefix: firstPrefix, prefix: prefix, into: &output, links: &links)
        case .letteredList(let items):
            let markers = items.indices.map { "\(Self.letter($0))) " }
            writeList(items, markers: markers, firstPrefix: firstPrefix, prefix: prefix, into: &output, links: &links)
        case .blockQuote(let blocks):
            for (index, inner) in blocks.enumerated() {
                if index > 0 { output.line(prefix + ">") }
                write(inner, firstPrefix: (index == 0 ? firstPrefix : prefix) + "> ", prefix: prefix + "> ", into: &output, links: &links)
            }
        }
    }

    private func writeList(
        _ items: [ListItem], markers: [String], firstPrefix: String, prefix: String,
        into output: inout TextOutput, links: inout LinkTable
    ) {
        let width = markers.map(\.count).max() ?? 2
        let loose = items.contains { $0.blocks.count > 1 }
        for (index, item) in items.enumerated() {
            if index > 0 && loose { output.line("") }
            let marker = markers[index].padding(toLength: width, withPad: " ", startingAt: 0)
            let itemPrefix = prefix + String(repeating: " ", count: width)
            let markerPrefix = (index == 0 ? firstPrefix : prefix) + marker
            if item.blocks.isEmpty { output.line(markerPrefix) }
            for (blockIndex, inner) in item.blocks.enumerated() {
                if blockIndex > 0 { output.line("") }
                write(inner, firstPrefix: blockIndex == 0 ? markerPrefix : itemPrefix, prefix: itemPrefix, into: &output, links: &links)
            }
        }
    }

    private func text(_ inlines: [Inline], links: inout LinkTable) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text): return text.utf8.contains(10) ? String(text.map { $0 == "\n" ? " " : $0 }) : text
            case .softBreak: return " "
            case .emphasis(let children), .strong(let children), .revised(_, let children): return text(children, links: &links)
            case .link(let destination, let children):
                return text(children, links: &links) + " [\(links.number(for: destination))]"
            }
        }.joined()
    }

    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < letters.count ? String(letters[index]) : String(letters[index % 26]) + String(index / 26)
    }
}

/// The numbered link targets of one section, printed after it.
struct LinkTable {
    private(set) var destinations: [String] = []

    mutating func number(for destination: String) -> Int {
        if let index = destinations.firstIndex(of: destination) { return index + 1 }
        destinations.append(destination)
        return destinations.count
    }
}

/// Collects lines with exactly one blank line between paragraphs, as UTF-8 bytes: a large
/// year has millions of lines, and a string per line was most of the renderer's time.
struct TextOutput {
    private var bytes: [UInt8] = []
    /// Whether the last line written is empty (no line yet counts as not empty).
    private var lastLineIsEmpty = false

    var text: String {
        var result = bytes
        while result.count >= 2 && result[result.count - 1] == 10 && result[result.count - 2] == 10 { result.removeLast() }
        return result.isEmpty ? "\n" : String(decoding: result, as: UTF8.self)
    }

    /// One line as it is, without trailing spaces.
    mutating func line(_ text: String) {
        let trimmed = text.trimmingTrailingSpaces()
        bytes.append(contentsOf: trimmed.utf8)
        bytes.append(10)
        lastLineIsEmpty = trimmed.isEmpty
    }

    /// The text wrapped at the report's width; returns the widest line's width.
    @discardableResult
    mutating func wrap(_ text: String, firstPrefix: String, prefix: String) -> Int {
        let widest = TextWrapper(width: PlainTextRenderer.width).wrap(text, firstPrefix: firstPrefix, prefix: prefix, into: &bytes)
        lastLineIsEmpty = bytes.count < 2 || bytes[bytes.count - 2] == 10
        return widest
    }

    mutating func heading(_ title: String, underline: Character) {
        separate()
        if underline == "=" && !bytes.isEmpty { line("") }
        let widest = wrap(title, firstPrefix: "", prefix: "")
        line(String(repeating: underline, count: widest))
    }

    mutating func links(_ table: LinkTable) {
        guard !table.destinations.isEmpty else { return }
        separate()
        for (index, destination) in table.destinations.enumerated() {
            line("[\(index + 1)] \(Self.oneLine(destination))")
        }
    }

    /// A link target as one line that shows where it leads: a character that breaks a line or
    /// reorders the text (which validation refuses in a link) is written as its `%XX` escape.
    static func oneLine(_ destination: String) -> String {
        guard destination.unicodeScalars.contains(where: InvisibleCharacters.isInvisible) else { return destination }
        var result = ""
        for scalar in destination.unicodeScalars {
            if InvisibleCharacters.isInvisible(scalar) {
                result += String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A blank line, unless there is nothing yet or the last line is blank already.
    mutating func separate() {
        if !bytes.isEmpty && !lastLineIsEmpty { line("") }
    }
}

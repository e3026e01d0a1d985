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
        if let foreword = report.foreword {
            var links = LinkTable()
            output.heading(foreword.title, underline: "=")
            render(foreword.content, depth: 1, into: &output, links: &links)
            if let signature = foreword.signature {
                output.paragraph(TextWrapper(width: Self.width).wrap(signature.line, firstPrefix: "", prefix: ""))
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
            output.paragraph(lines(for: block, firstPrefix: "", prefix: "", links: &links))
        }
        for subsection in content.subsections {
            render(subsection, depth: depth, into: &output, links: &links)
        }
    }

    /// The lines of one block, each starting with the given prefixes (for list nesting).
    private func lines(for block: Block, firstPrefix: String, prefix: String, links: inout LinkTable) -> [String] {
        let wrapper = TextWrapper(width: Self.width)
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines):
            return wrapper.wrap(text(inlines, links: &links), firstPrefix: firstPrefix, prefix: prefix)
        case .memberList(let members):
            return wrapper.wrap(members.sentence, firstPrefix: firstPrefix, prefix: prefix)
        case .bulletList(let items):
            return listLines(items, markers: items.map { _ in "- " }, firstPrefix: firstPrefix, prefix: prefix, links: &links)
        case .orderedList(let start, let items):
            let markers = items.indices.map { "\(start + $0). " }
            return listLines(items, markers: markers, firstPrefix: firstPrefix, prefix: prefix, links: &links)
        case .letteredList(let items):
            let markers = items.indices.map { "\(Self.letter($0))) " }
            return listLines(items, markers: markers, firstPrefix: firstPrefix, prefix: prefix, links: &links)
        case .blockQuote(let blocks):
            var result: [String] = []
            for (index, inner) in blocks.enumerated() {
                if index > 0 { result.append(prefix + ">") }
                result += lines(for: inner, firstPrefix: (index == 0 ? firstPrefix : prefix) + "> ", prefix: prefix + "> ", links: &links)
            }
            return result
        }
    }

    private func listLines(_ items: [ListItem], markers: [String], firstPrefix: String, prefix: String, links: inout LinkTable) -> [String] {
        let width = markers.map(\.count).max() ?? 2
        let loose = items.contains { $0.blocks.count > 1 }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            if index > 0 && loose { result.append("") }
            let marker = markers[index].padding(toLength: width, withPad: " ", startingAt: 0)
            let itemPrefix = prefix + String(repeating: " ", count: width)
            let markerPrefix = (index == 0 ? firstPrefix : prefix) + marker
            if item.blocks.isEmpty { result.append(markerPrefix.trimmingTrailingSpaces()) }
            for (blockIndex, inner) in item.blocks.enumerated() {
                if blockIndex > 0 { result.append("") }
                result += lines(for: inner, firstPrefix: blockIndex == 0 ? markerPrefix : itemPrefix, prefix: itemPrefix, links: &links)
            }
        }
        return result
    }

    private func text(_ inlines: [Inline], links: inout LinkTable) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text): return text.utf8.contains(10) ? String(text.map { $0 == "\n" ? " " : $0 }) : text
            case .softBreak: return " "
            case .emphasis(let children), .strong(let children): return text(children, links: &links)
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

/// Collects lines with exactly one blank line between paragraphs.
struct TextOutput {
    private var lines: [String] = []

    var text: String {
        var result = lines
        while result.last == "" { result.removeLast() }
        return result.joined(separator: "\n") + "\n"
    }

    mutating func line(_ text: String) {
        lines.append(text)
    }

    mutating func paragraph(_ paragraphLines: [String]) {
        separate()
        lines += paragraphLines.map { $0.trimmingTrailingSpaces() }
    }

    mutating func heading(_ title: String, underline: Character) {
        separate()
        if underline == "=" && !lines.isEmpty { lines.append("") }
        let wrapped = TextWrapper(width: PlainTextRenderer.width).wrap(title, firstPrefix: "", prefix: "")
        lines += wrapped
        lines.append(String(repeating: underline, count: wrapped.map(\.count).max() ?? 0))
    }

    mutating func links(_ table: LinkTable) {
        guard !table.destinations.isEmpty else { return }
        separate()
        for (index, destination) in table.destinations.enumerated() {
            lines.append("[\(index + 1)] \(destination)")
        }
    }

    private mutating func separate() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }
}

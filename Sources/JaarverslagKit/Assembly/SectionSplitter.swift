/// Turns a flat list of blocks with headings into nested sections: `#` opens a sub-section
/// that runs to the next `#`; `##` opens one inside it.
enum SectionSplitter {
    static func split(_ blocks: [Block], idPrefix: String) -> SectionContent {
        var usedIDs: Set<String> = []
        return split(blocks[...], level: 1, idPrefix: idPrefix, usedIDs: &usedIDs)
    }

    private static func split(_ blocks: ArraySlice<Block>, level: Int, idPrefix: String, usedIDs: inout Set<String>) -> SectionContent {
        var content = SectionContent()
        var index = blocks.startIndex
        while index < blocks.endIndex, !isHeading(blocks[index], atMost: level) {
            content.blocks.append(blocks[index])
            index += 1
        }
        while index < blocks.endIndex {
            guard case .heading(_, let inlines) = blocks[index].kind else { index += 1; continue }
            let end = blocks[(index + 1)...].firstIndex { isHeading($0, atMost: level) } ?? blocks.endIndex
            let title = inlines.plainText
            var id = idPrefix + "." + Identifier.slug(title)
            var counter = 2
            while usedIDs.contains(id) {
                id = idPrefix + "." + Identifier.slug(title) + "-\(counter)"
                counter += 1
            }
            usedIDs.insert(id)
            let inner = split(blocks[(index + 1)..<end], level: level + 1, idPrefix: idPrefix, usedIDs: &usedIDs)
            content.subsections.append(Section(id: id, title: title, origin: nil, content: inner))
            index = end
        }
        return content
    }

    private static func isHeading(_ block: Block, atMost level: Int) -> Bool {
        if case .heading(let headingLevel, _) = block.kind { return headingLevel <= level }
        return false
    }
}

/// CommonMark has no lettered lists, but the 2014 report has `a)` … `f)`. Paragraphs that
/// start `a)`, `b)`, … in sequence become one lettered list.
///
/// An item runs from its letter paragraph to the next letter paragraph. Where the last item
/// ends, the list's own shape says: when an earlier item holds paragraphs of its own that are
/// not indented (as in 2014), the last one runs to the next heading or the end of the body;
/// otherwise it holds only the blocks indented under it (by two spaces or more), and the first
/// block that is not indented follows the list. A lone `a)` without a `b)` stays a paragraph.
enum LetteredLists {
    static func apply(to blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            guard letter(of: blocks[index]) == "a" else {
                result.append(blocks[index])
                index += 1
                continue
            }
            var items: [ListItem] = []
            var cursor = index
            var expected: Character = "a"
            while cursor < blocks.count, letter(of: blocks[cursor]) == expected {
                let start = blocks[cursor]
                var itemBlocks = [strippingLetter(start)]
                cursor += 1
                let next = Character(Unicode.Scalar(expected.asciiValue! + 1))
                while cursor < blocks.count, letter(of: blocks[cursor]) != next, !isHeading(blocks[cursor]) {
                    itemBlocks.append(blocks[cursor])
                    cursor += 1
                }
                items.append(ListItem(blocks: itemBlocks, at: start.location))
                expected = next
            }
            if items.count >= 2 {
                let earlierHaveOwnParagraphs = items.dropLast().contains { $0.blocks.dropFirst().contains { !isIndented($0) } }
                if !earlierHaveOwnParagraphs, let last = items.last {
                    let kept = 1 + last.blocks.dropFirst().prefix(while: isIndented).count
                    cursor -= last.blocks.count - kept
                    items[items.count - 1].blocks = Array(last.blocks.prefix(kept))
                }
                result.append(Block(.letteredList(items), at: blocks[index].location))
                index = cursor
            } else {
                result.append(blocks[index])
                index += 1
            }
        }
        return result
    }

    /// Indented under a letter: two spaces or more (more than three would make code).
    static func isIndented(_ block: Block) -> Bool {
        block.location.column >= 3
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.kind { return true }
        return false
    }

    /// The letter of a paragraph that starts `x) `, if any.
    static func letter(of block: Block) -> Character? {
        guard case .paragraph(let inlines) = block.kind, case .text(let text)? = inlines.first else { return nil }
        // Asked of every block: a letter paragraph's first two bytes are `a`…`z` and `)`.
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first), bytes.next() == UInt8(ascii: ")")
        else { return nil }
        let characters = Array(text.prefix(3))
        guard characters.count == 3, characters[1] == ")", characters[2] == " " || characters[2] == "\u{00A0}",
            let letter = characters.first, letter.isASCII, letter.isLowercase
        else { return nil }
        return letter
    }

    private static func strippingLetter(_ block: Block) -> Block {
        guard case .paragraph(var inlines) = block.kind, case .text(let text)? = inlines.first else { return block }
        let rest = text.dropFirst(3).drop { $0 == " " }
        if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
        return Block(.paragraph(inlines), at: block.location)
    }
}

/// A block of a fragment's body, with the place it starts in the fragment file.
public struct Block: Hashable, Sendable {
    public var kind: Kind
    public var location: TextLocation
    /// Set only in a report that shows its changes since an earlier year.
    public var revision: Revision?

    public init(_ kind: Kind, at location: TextLocation, revision: Revision? = nil) {
        self.kind = kind
        self.location = location
        self.revision = revision
    }

    public indirect enum Kind: Hashable, Sendable {
        case paragraph([Inline])
        /// A sub-heading inside a section; level 1 is `#`.
        case heading(level: Int, [Inline])
        case bulletList([ListItem])
        case orderedList(start: Int, [ListItem])
        /// Paragraphs that start `a)`, `b)`, … in sequence (CommonMark has no lettered lists).
        case letteredList([ListItem])
        case blockQuote([Block])
        /// The member cities, generated from the manifest (never written by a secretary).
        case memberList(MemberList)
    }
}

/// One item of a bullet, numbered or lettered list.
public struct ListItem: Hashable, Sendable {
    public var blocks: [Block]
    public var location: TextLocation

    public init(blocks: [Block], at location: TextLocation) {
        self.blocks = blocks
        self.location = location
    }
}

extension Block {
    /// All inline runs in this block and below, in reading order.
    public var inlineRuns: [[Inline]] {
        switch kind {
        case .paragraph(let inlines), .heading(_, let inlines): return [inlines]
        case .bulletList(let items), .orderedList(_, let items), .letteredList(let items):
            return items.flatMap { $0.blocks.flatMap(\.inlineRuns) }
        case .blockQuote(let blocks): return blocks.flatMap(\.inlineRuns)
        case .memberList: return []
        }
    }
}

/// Every Outlook SafeLinks address in a body replaced by the real address inside it, in link
/// destinations and in text, so the `data=` part (the recipient's e-mail address) never
/// reaches an output, also when the secretary did not run `check --fix`. Validation warns
/// about each one (`safelinks`) and refuses one without a real address inside.
enum SafeLinkUnwrapper {
    static func unwrap(_ blocks: [Block]) -> [Block] {
        blocks.map(unwrap)
    }

    private static func unwrap(_ block: Block) -> Block {
        var block = block
        switch block.kind {
        case .paragraph(let inlines): block.kind = .paragraph(unwrap(inlines))
        case .heading(let level, let inlines): block.kind = .heading(level: level, unwrap(inlines))
        case .bulletList(let items): block.kind = .bulletList(items.map(unwrap))
        case .orderedList(let start, let items): block.kind = .orderedList(start: start, items.map(unwrap))
        case .letteredList(let items): block.kind = .letteredList(items.map(unwrap))
        case .blockQuote(let blocks): block.kind = .blockQuote(unwrap(blocks))
        case .memberList: break
        }
        return block
    }

    private static func unwrap(_ item: ListItem) -> ListItem {
        ListItem(blocks: unwrap(item.blocks), at: item.location)
    }

    private static func unwrap(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .text(let text): return .text(SafeLinks.unwrapAll(in: text))
            case .emphasis(let children): return .emphasis(unwrap(children))
            case .strong(let children): return .strong(unwrap(children))
            case .link(let destination, let children):
                let target = SafeLinks.mayContain(destination) ? SafeLinks.target(of: destination) ?? destination : destination
                return .link(destination: target, unwrap(children))
            case .softBreak: return .softBreak
            case .revised(let revision, let children): return .revised(revision, unwrap(children))
            }
        }
    }
}

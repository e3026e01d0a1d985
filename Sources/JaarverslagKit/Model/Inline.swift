/// Text inside a paragraph, heading or list item: the small part of CommonMark that an
/// annual report needs and that every renderer can show faithfully.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(destination: String, [Inline])
    /// A line break inside a paragraph in the source; printed as a space.
    case softBreak
    /// Words added or deleted inside a changed paragraph, in a report that shows its changes.
    case revised(Revision, [Inline])
}

extension Array where Element == Inline {
    /// The words as a reader sees them, without markup.
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let text): return text
            case .emphasis(let children), .strong(let children), .link(_, let children), .revised(_, let children):
                return children.plainText
            case .softBreak: return " "
            }
        }.joined()
    }

    /// Every link destination, in reading order.
    public var linkDestinations: [String] {
        flatMap { inline -> [String] in
            switch inline {
            case .link(let destination, let children): return [destination] + children.linkDestinations
            case .emphasis(let children), .strong(let children), .revised(_, let children): return children.linkDestinations
            case .text, .softBreak: return []
            }
        }
    }
}

import Foundation

/// One section of the report as one secretary hands it in: a front matter and a Markdown body.
public struct Fragment: Hashable, Sendable {
    /// Which fragment this is: its year and the group id its file is named after.
    public var id: FragmentID
    /// The file as printed in diagnostics (relative to the repository root when possible).
    public var path: String
    public var frontMatter: FrontMatter
    public var body: [Block]
    /// Markdown the renderers cannot show faithfully; reported by validation.
    public var unsupported: [UnsupportedMarkup]
    /// The decoded file text (BOM removed, line ends normalised), for checks on raw characters.
    public var text: String
    /// The first line of the Markdown body (after the closing `---`).
    public var bodyLine: Int
    /// How the file was saved, so that `check --fix` writes it back the same way.
    public var format: SourceFormat

    public init(
        id: FragmentID, path: String, frontMatter: FrontMatter, body: [Block], unsupported: [UnsupportedMarkup], text: String,
        bodyLine: Int = 1, format: SourceFormat = SourceFormat()
    ) {
        self.id = id
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.unsupported = unsupported
        self.text = text
        self.bodyLine = bodyLine
        self.format = format
    }

    public var groupID: String? { frontMatter.group?.value }
    public var title: String? { frontMatter.title?.value }
}

/// A piece of Markdown that has no faithful form in the report.
public struct UnsupportedMarkup: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case html
        case image
        case code
        case table
        case thematicBreak
        case deepHeading
        case headingInList
        /// `[^1]` and `[^1]: …`: footnotes, which CommonMark does not have.
        case footnote
        /// `[label]: https://…` that no link uses: cmark would drop it without a trace.
        case unusedDefinition
        /// More link definitions than are checked one by one.
        case manyDefinitions
    }

    public var kind: Kind
    public var location: TextLocation
    /// For `deepHeading`: the level found.
    public var level: Int?
    /// For footnotes and link definitions: the label as written, `[^1]`.
    public var text: String?

    public init(_ kind: Kind, at location: TextLocation, level: Int? = nil, text: String? = nil) {
        self.kind = kind
        self.location = location
        self.level = level
        self.text = text
    }
}

/// Byte-order mark and line ends of a file as it was saved.
public struct SourceFormat: Hashable, Sendable {
    public var byteOrderMark = false
    public var crlf = false

    public init(byteOrderMark: Bool = false, crlf: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.crlf = crlf
    }

    static let byteOrderMarkBytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// How the bytes of a file were saved.
    init(of data: Data) {
        byteOrderMark = data.starts(with: Self.byteOrderMarkBytes)
        crlf = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 13, data.count) != nil } ?? false }
    }

    /// `text` (LF line ends) as bytes in this format.
    public func encode(_ text: String) -> Data {
        let lines = crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
        return (byteOrderMark ? Data(Self.byteOrderMarkBytes) : Data()) + Data(lines.utf8)
    }
}

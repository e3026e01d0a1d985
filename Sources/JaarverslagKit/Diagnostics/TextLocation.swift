/// A place in an input file, 1-based, as editors and terminals count it.
///
/// Named `TextLocation` because Swift Testing already owns `SourceLocation`.
/// Columns count Unicode characters (not bytes), so a caret lines up under a
/// secretary's `ë` the way she sees it.
public struct TextLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path as the user gave it or as found under the repository, never absolute unless given so.
    public var path: String
    /// 1-based line; 0 when the whole file is meant.
    public var line: Int
    /// 1-based column; 0 when the whole line is meant.
    public var column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, leaving out what is not known.
    public var description: String {
        var text = path
        if line > 0 {
            text += ":\(line)"
            if column > 0 { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: TextLocation, rhs: TextLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

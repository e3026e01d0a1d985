/// How large the parts of a report may be. RELAX NG validation in libxml2 takes time in
/// proportion to the square of the number of children of one element (it keeps every state a
/// repetition has passed through and compares each new one with all of them), and about 20 µs
/// per element besides. These bounds keep the DocBook of any input within them to validation
/// times of well under a second per fragment; each is a hundred times what a real report
/// needs. They are checked while the inputs are read, before any work is spent on them.
public enum ReportLimits {
    /// Paragraphs, headings, list items and quotes in one fragment.
    public static let blocksPerFragment = 2_000
    /// Emphasis, bold and links in one fragment.
    public static let markupPerFragment = 2_000
    /// Member cities in a manifest (they are one paragraph).
    public static let members = 1_000
    /// Chapters in a manifest.
    public static let chapters = 1_000
}

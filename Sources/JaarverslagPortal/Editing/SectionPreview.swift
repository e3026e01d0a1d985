import JaarverslagKit

/// The section as the compiler renders it, for the preview beside the editor: the year is
/// ordered and assembled with the edited text in place, cut down to the group's part, and
/// rendered by one of the compiler's own renderers.
///
/// Until the HTML renderer (issue 14) lands, the renderer is the plain-text one: the real
/// `jaarverslag-<year>.txt` output, shown as text and labelled so on the page.
struct SectionPreview: Codable, Sendable, Hashable {
    /// `text` (plain-text output); `html` once the HTML renderer is wired in.
    var format: String
    var content: String

    static func render(group: String, from result: Pipeline.CheckResult) -> SectionPreview? {
        let report = Pipeline.assemble(result.sources)
        guard let section = report.narrowed(toGroup: group) else { return nil }
        return SectionPreview(format: "text", content: PlainTextRenderer().render(section))
    }
}

import JaarverslagKit

/// The section as the compiler renders it, for the preview beside the editor: the fragment
/// as checked with the edited text in place, split at its headings as the report prints it
/// (`Assembler.section`), and written by the compiler's own HTML renderer, the same markup
/// as in `jaarverslag-<year>.html`. The frame shows it with the report's stylesheet.
struct SectionPreview: Codable, Sendable, Hashable {
    /// Always `html`: the markup of the section element.
    var format: String
    var content: String

    /// Nil when the fragment is not there, or holds text HTML cannot (the check reports it).
    static func render(path: String, from result: Pipeline.CheckResult) -> SectionPreview? {
        guard let fragment = result.sources.fragments.first(where: { $0.path == path }),
            let content = try? HTMLRenderer().fragment(Assembler.section(fragment))
        else { return nil }
        return SectionPreview(format: "html", content: content)
    }
}

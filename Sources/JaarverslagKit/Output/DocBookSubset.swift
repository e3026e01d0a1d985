/// The part of the DocBook 5.0 RELAX NG schema that `jaarverslag` writes, derived from the
/// official `docbook.rng` by two steps that can only make the language smaller:
///
/// 1. every `element` pattern for an element the renderers never write (and every pattern
///    with a wildcard name) becomes `notAllowed`;
/// 2. definitions no longer reachable from `start` are dropped, and so are annotations.
///
/// RELAX NG is monotone in its patterns: putting `notAllowed` in place of a pattern never
/// admits a document the original rejected, and unreachable definitions do not take part in
/// validation at all. So every document valid against the subset is valid DocBook 5.0. The
/// converse does not hold: a DocBook element outside `vocabulary` is rejected, which is the
/// point, since it would mean a renderer writes something it was not meant to.
///
/// Why: libxml2 needs about 20 ms to parse the whole 500 KB schema on every build, longer than
/// the rest of building the real report; it parses the subset in about 3 ms. The derived
/// schema is a committed resource (`Resources/docbook-subset.rng`), derived by the
/// `DocBookSubsetDerivation` target, which is no part of the shipping library; a test derives
/// it again from the installed schema and compares. `build --schema PATH` still validates
/// against any full schema.
public enum DocBookSubset {
    /// Every element `DocBookRenderer` (and the revision marks of `diff --format docbook`)
    /// can write. A test renders every feature and checks that nothing else appears.
    public static let vocabulary: Set<String> = [
        "appendix", "author", "authorinitials", "biblioid", "bibliorelation", "blockquote", "book", "bridgehead", "chapter",
        "date", "emphasis", "info", "itemizedlist", "jobtitle", "link", "listitem", "orderedlist", "orgname", "para",
        "personname", "phrase", "preface", "pubdate", "revhistory", "revision", "revnumber", "revremark", "section", "title",
    ]

    /// The derived schema, embedded in the binary (`Resources/docbook-subset.rng`, written by
    /// the `DocBookSubsetDerivation` target; a test derives it again and compares).
    static let schemaText = String(decoding: PackageResources.docbook_subset_rng, as: UTF8.self)
}

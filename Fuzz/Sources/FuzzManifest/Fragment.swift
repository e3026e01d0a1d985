import JaarverslagKit

/// The one fragment every manifest is built with. Made anew for every input: a Swift global
/// holding enum payloads looks like a leak to LeakSanitizer.
enum Fixture {
    static func fragment() -> Fragment? {
        FragmentLoader.load(
            text: "---\nyear: 2099\npillar: sociaal\ngroup: geval\ntitle: Geval\n---\nTekst met [een link](https://www.g40.nl).\n",
            id: FragmentID(year: 2099, group: "geval"), path: "fragments/2099/geval.md"
        ).0
    }
}

import Foundation
import FuzzDriver
import FuzzSupport
import JaarverslagKit

/// One fuzz input is one manifest file's bytes. It goes through everything a manifest goes
/// through: decoding, YAML, every check; when it loads, it is built with one fragment into a
/// report that must render and validate. Any crash, trap or sanitizer report is a bug.
runFuzzer { data, size in
    let bytes = Data(bytes: data, count: size)
    let (manifest, diagnostics) = ManifestLoader.load(data: bytes, path: "reports/2099/report.yaml")
    Invariants.printSafely(diagnostics)
    guard let manifest else {
        precondition(diagnostics.hasErrors, "a manifest that does not load must say why")
        return 0
    }
    precondition(!diagnostics.hasErrors, "a manifest with errors is used")
    var fragments: [Fragment] = []
    if let chapter = manifest.chapters.first, var placed = Fixture.fragment() {
        placed.frontMatter.pillar = Located(chapter.id, at: placed.frontMatter.location)
        placed.frontMatter.year = Located(manifest.year, at: placed.frontMatter.location)
        fragments.append(placed)
    }
    let sources = YearSources(manifest: manifest, fragments: fragments, diagnostics: diagnostics, ids: fragments.map(\.id))
    let checked = Pipeline.check(sources)
    Invariants.printSafely(checked.diagnostics)
    if !checked.diagnostics.hasErrors { Invariants.renders(Pipeline.assemble(sources)) }
    return 0
}

import Foundation
import FuzzDriver
import FuzzSupport
import JaarverslagKit

/// One fuzz input is the plan of a YAML front matter (`YAMLGenerator`). The fragment made
/// from it goes through loading and every rule. What must hold: an anchor or alias, or an
/// escape for a character XML forbids, never loads without an error; a fragment without errors
/// has one-line texts (no line break or tab in a title or name) and renders to valid DocBook;
/// every diagnostic prints safely. Time is bounded by libFuzzer's
/// `-timeout`, memory by `-rss_limit_mb`.
runFuzzer { data, size in
    var generator = YAMLGenerator(Array(UnsafeBufferPointer(start: data, count: size)))
    let yaml = generator.frontMatter()
    let text = "---\n" + yaml + "---\nTekst.\n"
    let (fragment, loadDiagnostics) = FragmentLoader.load(
        data: Data(text.utf8), id: FragmentID(year: 2099, group: "geval"), path: "fragments/2099/geval.md")
    Invariants.printSafely(loadDiagnostics)
    if generator.usedAnchor || generator.usedForbiddenEscape {
        precondition(loadDiagnostics.hasErrors, "refused YAML loaded without an error:\n\(text)")
    }
    guard let fragment else { return 0 }
    let diagnostics = loadDiagnostics + Validator.validate(ValidationInput(manifest: Fixtures.manifest, fragments: [fragment]))
    Invariants.printSafely(diagnostics)
    if !diagnostics.hasErrors {
        let front = fragment.frontMatter
        let texts = [front.title?.value, front.secretary?.name] + front.chairs.flatMap { [$0.name, $0.city] }
        for text in texts.compactMap({ $0 }) {
            precondition(
                !text.unicodeScalars.contains { [0x09, 0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) },
                "a text that is no line loaded without an error: \(text.debugDescription)\n\(text)")
        }
        let sources = YearSources(manifest: Fixtures.manifest, fragments: [fragment], diagnostics: diagnostics, ids: [fragment.id])
        Invariants.renders(Pipeline.assemble(sources))
    }
    return 0
}

import Foundation
import FuzzSupport
import JaarverslagKit

/// One fuzz input is one fragment file's bytes. It goes through everything a real fragment
/// goes through: decoding, front matter, Markdown, every validation rule, and, when it is
/// valid, assembly and both renderers. Any crash, trap or sanitizer report is a bug.
func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let (fragment, loadDiagnostics) = FragmentLoader.load(
        data: bytes, id: FragmentID(year: 2099, group: "geval"), path: "fragments/2099/geval.md")
    guard let fragment else {
        precondition(loadDiagnostics.hasErrors, "a fragment that does not load must say why")
        return 0
    }
    let diagnostics = loadDiagnostics + Validator.validate(ValidationInput(manifest: Fixtures.manifest, fragments: [fragment]))
    Invariants.printSafely(diagnostics)
    for diagnostic in diagnostics {
        _ = TextEdit.apply(diagnostic.edits, to: fragment.text)
    }
    if !diagnostics.hasErrors {
        let sources = YearSources(manifest: Fixtures.manifest, fragments: [fragment], diagnostics: diagnostics, ids: [fragment.id])
        Invariants.renders(Pipeline.assemble(sources))
    }
    return 0
}

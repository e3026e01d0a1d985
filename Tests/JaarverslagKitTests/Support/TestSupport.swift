import Foundation
@testable import JaarverslagKit

/// Small helpers so that tests read like the domain: inline fragments, a marker `1️⃣`
/// where a diagnostic must point, and the fixture year.
enum TestSupport {
    static let marker = "1️⃣"

    /// Removes the marker from `text` and returns where it stood (1-based line and column).
    static func marked(_ text: String, path: String = "fragments/2099/test.md") -> (text: String, location: TextLocation) {
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(marker) { break }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        precondition(index < text.endIndex, "no marker in test text")
        return (text.replacingOccurrences(of: marker, with: ""), TextLocation(path: path, line: line, column: column))
    }

    static func load(_ text: String, path: String = "fragments/2099/test.md") -> (Fragment?, [Diagnostic]) {
        let name = String(path.split(separator: "/").last ?? "test.md").replacingOccurrences(of: ".md", with: "")
        return FragmentLoader.load(text: text, id: FragmentID(year: 2099, group: name), path: path)
    }

    /// A fragment with the given body and a valid front matter.
    static func fragment(
        group: String = "test", pillar: String = "sociaal", title: String = "Test", year: Int = 2099,
        extra: String = "", body: String = "Tekst."
    ) -> Fragment {
        let text = "---\nyear: \(year)\npillar: \(pillar)\ngroup: \(group)\ntitle: \(title)\n\(extra)---\n\(body)\n"
        let (fragment, diagnostics) = FragmentLoader.load(
            text: text, id: FragmentID(year: year, group: group), path: "fragments/\(year)/\(group).md")
        precondition(fragment != nil && diagnostics.isEmpty, "test fragment does not load: \(diagnostics)")
        return fragment!
    }

    static func manifest(
        chapters: [(id: String, title: String, intro: String?, groups: [String])] = [("sociaal", "Pijler Sociaal", nil, ["test"])],
        foreword: String? = nil, numbered: Bool = false,
        members: [String] = ["Zwolle", "Alkmaar"], membersPlacement: Members.Placement = .appendix(title: "Leden")
    ) -> Manifest {
        let here = TextLocation(path: "reports/2099/report.yaml", line: 1, column: 1)
        return Manifest(
            path: "reports/2099/report.yaml", year: 2099, title: "Jaarverslag 2099",
            network: Network(name: "G40 Stedennetwerk", shortName: "G40"), numberedChapters: numbered,
            foreword: foreword.map { Located($0, at: here) },
            chapters: chapters.map {
                ChapterPlan(
                    id: $0.id, title: $0.title, intro: $0.intro.map { Located($0, at: here) },
                    groups: $0.groups.map { Located($0, at: here) }, location: here)
            },
            members: Members(cities: members.map { Located($0, at: here) }, placement: membersPlacement))
    }

    static var fixturesURL: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    /// The fixture year, assembled.
    static var fixtureReport: Report {
        Pipeline.assemble(try! YearLoader.load(year: 2099, from: everythingWorkspace).get())
    }

    static var everythingWorkspace: Workspace {
        Workspace(root: fixturesURL.appendingPathComponent("everything"))
    }

    static func rules(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map(\.rule.id.rawValue)
    }
}

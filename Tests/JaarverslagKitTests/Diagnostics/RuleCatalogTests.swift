import Foundation
import Testing
@testable import JaarverslagKit

/// A rule declares itself once; every list of rules is derived from or checked against those
/// declarations. The README's rule tables are generated:
/// `JAARVERSLAG_RECORD=1 swift test --filter RuleCatalogTests`.
@Suite struct RuleCatalogTests {
    static let sources = Snapshot.packageRoot.appendingPathComponent("Sources/JaarverslagKit")

    /// Every `.swift` file of the library, with its path relative to `Sources/JaarverslagKit/`.
    static func sourceFiles() throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((String(url.path.dropFirst(sources.path.count + 1)), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// `static let name = Rule("id", …)` declarations in the source: file, name and id.
    static func declarations() throws -> [(file: String, name: String, id: String)] {
        let pattern = try NSRegularExpression(pattern: #"static let (\w+) = Rule\(\s*"([a-z0-9-]+)""#)
        return try sourceFiles().flatMap { file, text in
            pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
                (file, String(text[Range(match.range(at: 1), in: text)!]), String(text[Range(match.range(at: 2), in: text)!]))
            }
        }
    }

    @Test func everyDeclaredRuleIsInTheCatalogOnce() throws {
        let declared = try Self.declarations()
        #expect(Set(declared.map(\.id)).count == declared.count, "a rule id is declared twice")
        let catalogued = Set(RuleCatalog.all.map(\.id.rawValue))
        #expect(Set(declared.map(\.id)) == catalogued)
    }

    @Test func everyRuleFileIsRegistered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sources.appendingPathComponent("Validation/Rules").path)
        let registered = Set((Validator.rules + Validator.lints).map { String(describing: type(of: $0)) })
        let ruleTypes = Set(files.filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) })
        #expect(ruleTypes == registered, "every file under Validation/Rules/ is one rule, listed in Validator")
        #expect(registered.count == Validator.rules.count + Validator.lints.count, "a rule is listed twice")
    }

    /// A rule id is written once, in its declaration; everything else refers to the `Rule`.
    @Test func ruleIDsAreWrittenOnlyInTheirDeclaration() throws {
        let declared = try Self.declarations()
        for (path, text) in try Self.sourceFiles() {
            for declaration in declared {
                let count = text.components(separatedBy: "\"\(declaration.id)\"").count - 1
                let expected = path == declaration.file ? 1 : 0
                #expect(count == expected, "`\"\(declaration.id)\"` appears \(count) times in \(path)")
            }
        }
    }

    @Test func onlyWarningsCanBeIgnored() {
        #expect(Validator.ignorableRules.allSatisfy { $0.severity == .warning })
        #expect(Set(Validator.ignorableRules) == Set(RuleCatalog.all.filter(\.ignorable)))
        #expect(RuleCatalog.all.filter { if case .automatic = $0.fix { true } else { false } }.allSatisfy { $0.severity == .warning })
    }

    @Test func everyRuleSaysWhatItCatchesInBothLanguages() {
        for rule in RuleCatalog.all {
            #expect(
                !rule.summary.nl.isEmpty && !rule.summary.en.isEmpty && rule.summary.nl != rule.summary.en || rule.summary.nl.contains("`"),
                "\(rule.id) needs a Dutch and an English summary")
        }
    }

    /// Every case of the hostile-input corpus expects an error the catalog knows.
    @Test func theCorpusNamesKnownErrors() throws {
        let table = try String(contentsOf: Snapshot.packageRoot.appendingPathComponent("Tests/Corpus/expected.tsv"), encoding: .utf8)
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            let rule = RuleCatalog.rule(RuleID(rawValue: String(columns[1])))
            #expect(rule?.severity == .error, "\(columns[0]): `\(columns[1])` is not an error rule of the catalog")
        }
    }

    @Test func theReadmeTablesAreGeneratedFromTheCatalog() throws {
        try Snapshot.expect(
            Self.readmeTables(), matchesSectionOf: "README.md", between: "<!-- rule tables: generated -->",
            and: "<!-- end of rule tables -->",
            rerun: "swift test --filter RuleCatalogTests")
    }

    static let headings: [(Rule.Stage, String)] = [
        (.loading, "Reading the files:"),
        (.fragment, "Checking the fragments against the manifest and each other:"),
        (.lint, "Lints for pasted-text damage. A fragment can silence a checked one with `ignore: [rule-id]`:"),
        (.manifest, "Checking the manifest itself:"),
        (.output, "Writing the outputs:"),
        (
            .importing,
            "Importing a Word document (`import`); a refused file is an error and nothing is written, what could not be carried over is a warning:"
        ),
    ]

    static func readmeTables() -> String {
        headings.map { stage, heading in
            let rows = RuleCatalog.rules(of: stage).map { rule in
                let fix: String
                switch rule.fix {
                case .none: fix = "—"
                case .automatic(let message): fix = "`check --fix`: " + message.en
                case .offered(let message): fix = "offered: " + message.en
                }
                return "| `\(rule.id)` | \(rule.severity) | \(rule.ignorable ? "yes" : "no") | \(fix) | \(rule.summary.en) |"
            }
            return ([heading, "", "| rule | severity | `ignore:` | fix | what it catches |", "| --- | --- | --- | --- | --- |"] + rows)
                .joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}

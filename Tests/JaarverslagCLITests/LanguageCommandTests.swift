import Foundation
import Testing

/// Dutch everywhere: the command line's own frame, usage errors, and the errors of YAML,
/// libxml2 and the file system, wrapped in a sentence that says what to do.
@Suite struct LanguageCommandTests {
    @Test func helpIsDutchAroundAndInside() throws {
        for arguments in [["check", "--help", "--lang", "nl"], ["--lang", "nl", "check", "--help"], ["help", "check", "--lang", "nl"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            for dutch in [
                "OVERZICHT:", "GEBRUIK: jaarverslag check <jaar> [<groepen> ...]", "ARGUMENTEN:", "OPTIES:", "Toon deze hulp.",
                "(waarden: text, json, github;",
            ] {
                #expect(result.stdout.contains(dutch), "\(arguments): \(dutch)")
            }
            #expect(!result.stdout.contains("Show help information"), "\(arguments)")
        }
        let root = try CLI.run(["--help"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(root.stdout.contains("OPDRACHTEN:\n  check "))
        #expect(root.stdout.contains("Zie 'jaarverslag help <opdracht>' voor uitgebreide hulp."))
        let english = try CLI.run(["check", "--help", "--lang", "en"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(english.stdout.contains("USAGE: jaarverslag check <year> [<groups> ...]"))
        #expect(english.stdout.contains("Show help information."))
    }

    @Test func usageErrorsAreDutch() throws {
        let missing = try CLI.run(["check"], environment: ["LC_ALL": "nl_NL.UTF-8"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr.hasPrefix(
                "Fout: het argument '<jaar>' ontbreekt\nHulp:  <jaar>  Het jaar, bijvoorbeeld 2023.\nGebruik: jaarverslag check <jaar>"))
        #expect(missing.stderr.hasSuffix("  Zie 'jaarverslag check --help' voor meer uitleg.\n"))
        let typo = try CLI.run(["check", "2023", "--fixx", "--lang", "nl"])
        #expect(typo.stderr.hasPrefix("Fout: onbekende optie '--fixx'; bedoelt u '--fix'?\n"))
        let value = try CLI.run(["check", "2023", "--format", "xml", "--lang", "nl"])
        #expect(
            value.stderr.hasPrefix("Fout: de waarde 'xml' is ongeldig voor '--format <formaat>'. Kies uit 'text', 'json' of 'github'.\n"))
        let option = try CLI.run(["new", "armoede", "--lang", "nl"])
        #expect(option.stderr.hasPrefix("Fout: de optie '--year <jaar>' ontbreekt\n"))
        let english = try CLI.run(["check", "--lang", "en"], environment: ["LC_ALL": "nl_NL.UTF-8"])
        #expect(english.stderr.hasPrefix("Error: Missing expected argument '<year>'\n"))
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let dutch = try CLI.run(["chek", "2023", "--lang", "nl"])
        #expect(dutch.status == 2)
        #expect(
            dutch.stderr
                == "jaarverslag: `chek` is geen opdracht van jaarverslag; bedoelt u `check`? De opdrachten zijn `check`, `build`, `diff`, `new`, `import`, `status`.\n"
        )
        let english = try CLI.run(["stauts", "2023"])
        #expect(english.stderr.hasPrefix("jaarverslag: `stauts` is not a jaarverslag command; did you mean `status`?"))
        #expect(
            try CLI.run(["vertaal", "2023", "--lang", "nl"]).stderr.hasPrefix(
                "jaarverslag: `vertaal` is geen opdracht van jaarverslag; de opdrachten zijn"))
    }

    @Test func thereIsAVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test func yamlErrorsAreExplainedInDutch() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: ["armoede.md": "---\nyear: 2099\npillar: sociaal\ngroup: armoede\ntitle: Armoede: een aanpak\n---\nTekst.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "armoede.md:5:15: fout: dit is geen geldige YAML: een dubbele punt op een plek waar dat niet mag [yaml-syntax]"))
        #expect(dutch.stderr.contains("oplossing: zet de waarde tussen aanhalingstekens, bijvoorbeeld title: \"Thema: wonen\""))
        #expect(!dutch.stderr.contains("mapping values"), "libyaml's English stays out")
        let english = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("error: this is not valid YAML: a colon where one is not allowed [yaml-syntax]"))
    }

    @Test func libxml2ErrorsAreWrappedInDutch() throws {
        let file = CLI.temporaryDirectory().appendingPathComponent("kapot.xml")
        try "<book xmlns=\"http://docbook.org/ns/docbook\"><info>".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", "2023", file.path, "--lang", "nl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fout: het bestand is geen geldige XML (libxml2 meldt: "))
        #expect(result.stderr.contains("of maak het opnieuw met `jaarverslag build <jaar>`"))
    }

    /// Straight and curly apostrophes name the same city, in the check and in the diff.
    @Test func apostrophesDoNotMakeAnotherCity() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.manifest(groups: ["armoede"], cities: ["Delft", "’s-Hertogenbosch"]),
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede").replacingOccurrences(
                    of: "---\nTekst.", with: "chairs:\n  - city: \"'s-Hertogenbosch\"\n---\nTekst.")
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(!result.stderr.contains("[chair-not-member]"), "\(result.stderr)")
    }

    /// `- 's-Hertogenbosch` without quotes opens a quoted text in YAML; the message says so and
    /// how to write the name, not only that a quote is left open.
    @Test func aNameStartingWithAStraightApostropheIsExplained() throws {
        let root = try CLI.scratchRepository(
            manifest: CLI.manifest(groups: ["armoede"], cities: ["Delft", "’s-Hertogenbosch"]),
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede").replacingOccurrences(
                    of: "---\nTekst.", with: "chairs:\n  - city: 's-Hertogenbosch\n---\nTekst.")
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "armoede.md:7:11: fout: dit is geen geldige YAML: `'s-Hertogenbosch` begint met een rechte apostrof, en YAML leest die als het begin van een tekst tussen aanhalingstekens die nergens wordt gesloten [yaml-syntax]"
            ), "\(dutch.stderr)")
        #expect(
            dutch.stderr.contains(
                "oplossing: schrijf ’s-Hertogenbosch met de gekrulde apostrof (’), of zet de hele naam tussen dubbele aanhalingstekens: \"'s-Hertogenbosch\""
            ))
        let english = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(
            english.stderr.contains("fix: write ’s-Hertogenbosch with the curly apostrophe (’), or put the whole name in double quotes"))
        // A quote that is simply left open keeps the general advice.
        try CLI.fragment(group: "armoede").replacingOccurrences(of: "title: Titel van armoede", with: "title: 'Armoede")
            .write(to: root.appendingPathComponent("fragments/2099/armoede.md"), atomically: true, encoding: .utf8)
        #expect(
            try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"]).stderr.contains("sluit elk aanhalingsteken dat u opent"))
        // In a list written on one line the name ends at the comma: the advice names it alone.
        try CLI.fragment(group: "armoede").replacingOccurrences(of: "---\nTekst.", with: "ignore: ['s-Hertogenbosch, tab]\n---\nTekst.")
            .write(to: root.appendingPathComponent("fragments/2099/armoede.md"), atomically: true, encoding: .utf8)
        let listed = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"]).stderr
        #expect(
            listed.contains(
                "oplossing: schrijf ’s-Hertogenbosch met de gekrulde apostrof (’), of zet de hele naam tussen dubbele aanhalingstekens: \"'s-Hertogenbosch\"\n"
            ), "\(listed)")
    }
}

import Foundation
import Testing

/// Messages that point right: what a file that is no fragment is, and a write failure that is
/// no error of any fragment.
@Suite struct MessageCommandTests {
    @Test func aWordDocumentInTheFragmentsFolderSaysHowToBringItIn() throws {
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("fragments/2099")
        try Data("PK".utf8).write(to: folder.appendingPathComponent("wonen.docx"))
        try Data("lock".utf8).write(to: folder.appendingPathComponent("~$wonen.docx"))
        let dutch = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(dutch.status == 1)
        #expect(
            dutch.stderr.contains(
                "fragments/2099/wonen.docx: fout: `wonen.docx` is een Word-document; jaarverslag leest alleen fragmenten (.md) [unknown-file]"
            ))
        #expect(
            dutch.stderr.contains(
                "oplossing: zet het document buiten fragments/ en maak er het fragment van met "
                    + "`jaarverslag import <document> --group <groep> --year 2099`, dat het meteen controleert, "
                    + "of laat de secretaris het in het portaal inlezen met ‘Word-bestand invoegen’"
            ))
        #expect(dutch.stderr.contains("`~$wonen.docx` is een tijdelijk bestand van Word: het document staat nog open"))
        let english = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("error: `wonen.docx` is a Word document; jaarverslag reads fragments (.md) only [unknown-file]"))
    }

    /// A folder is not told to take the extension .md it already has.
    @Test func aFolderInTheFragmentsFolderIsCalledAFolder() throws {
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": CLI.fragment(group: "armoede")])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("fragments/2099/oud.md"), withIntermediateDirectories: true)
        let dutch = try CLI.run(["check", "2099", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "fragments/2099/oud.md: fout: `oud.md` is een map, geen fragment; in deze map horen alleen fragmenten, bestanden die op .md eindigen [unknown-file]"
            ), "\(dutch.stderr)")
        #expect(dutch.stderr.contains("oplossing: zet de map buiten de map fragments/"))
        let english = try CLI.run(["check", "2099", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("error: `oud.md` is a folder, not a fragment;"))
    }

    @Test func aWriteFailureIsNoFragmentError() throws {
        let blocked = CLI.temporaryDirectory().appendingPathComponent("bestand")
        try Data().write(to: blocked)
        for (language, summary, failure) in [
            ("nl", "22 fragmenten gecontroleerd: 0 fouten, 0 waarschuwingen; niets geschreven\n", "jaarverslag: kan "),
            ("en", "22 fragments checked: 0 errors, 0 warnings; nothing written\n", "jaarverslag: cannot write "),
        ] {
            let result = try CLI.run(["build", "2023", "--output-dir", blocked.path, "--lang", language])
            #expect(result.status == 2)
            #expect(result.stdout == summary)
            #expect(result.stderr.hasPrefix(failure), "\(result.stderr)")
        }
    }

    /// An empty link, an e-mail address without `mailto:` and a month that does not exist, as a
    /// secretary writes them, pointed at and explained in both languages.
    @Test func messagesPointAtTheMistake() throws {
        let fragment = """
            ---
            year: 2099
            pillar: sociaal
            group: armoede
            title: Armoede
            meetings: [2099-13-01]
            ---
            Zie [de site](https://g40.nl) en [de nota](). Mail [ons](naam@gemeente.nl).

            Of [de secretaris](mailto://secretaris@g40.nl).
            """
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": fragment])
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "armoede.md:6:12: fout: `2099-13-01`: de maand 13 bestaat niet (een datum is JJJJ-MM-DD, de maand staat in het midden) [wrong-type]"
            ))
        #expect(dutch.stderr.contains("armoede.md:8:43: fout: deze link heeft geen adres [invalid-url]"))
        #expect(dutch.stderr.contains("armoede.md:8:58: fout: `naam@gemeente.nl` is geen volledig webadres [invalid-url]"))
        #expect(dutch.stderr.contains("oplossing: een e-mailadres krijgt `mailto:` ervoor: [tekst](mailto:naam@gemeente.nl)"))
        #expect(dutch.stderr.contains("armoede.md:10:20: fout: `mailto://secretaris@g40.nl` is geen volledig webadres [invalid-url]"))
        #expect(
            dutch.stderr.contains(
                "oplossing: een e-mailadres volgt direct op `mailto:`, zonder schuine strepen: [tekst](mailto:secretaris@g40.nl)"))
        let english = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "en"])
        #expect(
            english.stderr.contains(
                "error: `2099-13-01`: there is no month 13 (a date is YYYY-MM-DD, the month in the middle) [wrong-type]"))
        #expect(english.stderr.contains("armoede.md:8:43: error: this link has no address [invalid-url]"))
        #expect(english.stderr.contains("fix: an e-mail address takes `mailto:` in front: [text](mailto:naam@gemeente.nl)"))
        #expect(
            english.stderr.contains("fix: an e-mail address follows `mailto:` directly, without slashes: [text](mailto:secretaris@g40.nl)"))
    }

    /// `[de brief](<>)` and `[de nota]( )` after a good link are each pointed at, not at another link.
    @Test func anEmptyLinkInAngleBracketsIsPointedAt() throws {
        let fragment = CLI.fragment(group: "armoede") + "\nZie [de site](https://g40.nl), [de brief](<>) en [de nota]( ).\n"
        let root = try CLI.scratchRepository(manifest: CLI.smallManifest, fragments: ["armoede.md": fragment])
        defer { try? FileManager.default.removeItem(at: root) }
        let line = fragment.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        for (language, message) in [("nl", "fout: deze link heeft geen adres"), ("en", "error: this link has no address")] {
            let result = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", language])
            #expect(result.stderr.contains("armoede.md:\(line):42: \(message) [invalid-url]"), "\(result.stderr)")
            #expect(result.stderr.contains("armoede.md:\(line):59: \(message) [invalid-url]"), "\(result.stderr)")
        }
    }
}

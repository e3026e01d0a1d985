import Foundation
import Testing

/// Text pasted from Word, PDF and Outlook, as a secretary pastes it: every kind of damage is a
/// located warning with its rule, fixed only where the fix is certain, and nothing pasted
/// disappears from or is mangled in the outputs without a diagnostic.
@Suite struct PastedTextCommandTests {
    static let safeLink =
        "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40stedennetwerk.nl%2Fnota%2520wonen.pdf&data=05%7C02%7Cj.jansen%40delft.nl%7Cabc&reserved=0"

    static let pasted = """
        Het Zorg- en Veiligheidshuis werkte samen met de gemeen-
        telijke diensten.

        Pagina 3 van 12

        De punten:
        •\tMeer woningen
        \u{F0B7}\tBetaalbaarheid
        o\tSociale huur

        Naam\tGemeente
        Jan\tDelft

        **Woningbouwimpuls**

        Zie [de nota](\(safeLink)) over Woning\u{AD}bouw.

        Met vriendelijke groet,

        Jan Jansen
        T 06-12345678
        j.jansen@delft.nl
        """

    func repository() throws -> URL {
        try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: [
                "armoede.md": CLI.fragment(group: "armoede", body: Self.pasted),
                "wonen.md": CLI.fragment(group: "wonen", body: "De gemeentelijke aanpak."),
            ])
    }

    /// `armoede` with `body`, beside a plain fragment of `wonen`.
    func repository(armoede body: String) throws -> URL {
        try CLI.scratchRepository(
            manifest: CLI.smallManifest,
            fragments: ["armoede.md": CLI.fragment(group: "armoede", body: body), "wonen.md": CLI.fragment(group: "wonen")])
    }

    @Test func everyKindOfDamageIsALocatedWarningInDutch() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "nl"])
        #expect(result.status == 0)
        for expected in [
            "armoede.md:7:50: waarschuwing: `gemeen-⏎telijke` is een afgebroken woord: `gemeentelijke` staat elders in de fragmenten [broken-word]",
            "armoede.md:10:1: waarschuwing: `Pagina 3 van 12` is een paginanummer uit een PDF, geen tekst [page-number]",
            "armoede.md:13:1: waarschuwing: `•` aan het begin van de regel is een opsommingsteken uit Word",
            "armoede.md:14:1: waarschuwing: `U+F0B7` aan het begin van de regel is een opsommingsteken uit Word",
            "armoede.md:15:1: waarschuwing: `o` aan het begin van de regel lijkt een opsommingsteken uit Word",
            "armoede.md:17:5: waarschuwing: deze regel en de regel eronder zijn een tabel met tabs (uit Word of Excel)",
            "armoede.md:20:1: waarschuwing: `Woningbouwimpuls` staat vet op een eigen regel",
            "armoede.md:22:15: waarschuwing: een Outlook SafeLinks-adres; het echte adres zit erin verstopt",
            "armoede.md:22:190: waarschuwing: een zacht afbreekstreepje (U+00AD): een onzichtbaar teken",
            "armoede.md:24:1: waarschuwing: deze regel en de 4 regels eronder zijn een e-mailhandtekening met contactgegevens",
        ] {
            #expect(result.stderr.contains(expected), "\(expected)")
        }
        #expect(!result.stderr.contains("`Zorg- en"), "an elided compound is never flagged")
        #expect(result.stdout == "1 fragment gecontroleerd: 0 fouten, 10 waarschuwingen\n")
    }

    @Test func onlyTheCertainFixesAreAppliedInEnglish() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "2099", "--fix", "--root", root.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("fixed: fragments/2099/armoede.md:13:1: `•⇥Meer` → `- Meer` [pasted-bullet]"))
        // Word's symbol-font bullet is a character a terminal shows as nothing: shown by its code.
        #expect(
            result.stdout.contains("fixed: fragments/2099/armoede.md:14:1: `<U+F0B7>⇥Betaalbaarheid` → `- Betaalbaarheid` [pasted-bullet]"))
        #expect(
            result.stdout.contains("fixed: fragments/2099/armoede.md:22:190: `Woning<U+00AD>bouw.` → `Woningbouw.` [invisible-character]"))
        #expect(result.stdout.contains("6 changes in 1 file\n"))
        let text = try String(contentsOf: root.appendingPathComponent("fragments/2099/armoede.md"), encoding: .utf8)
        #expect(
            text.contains(
                "Het Zorg- en Veiligheidshuis werkte samen met de gemeentelijke diensten.\n\n\nDe punten:\n- Meer woningen\n- Betaalbaarheid\no\tSociale huur"
            ))
        #expect(text.contains("Zie [de nota](https://www.g40stedennetwerk.nl/nota%20wonen.pdf) over Woningbouw."))
        #expect(text.contains("**Woningbouwimpuls**"), "a bold line is the secretary's call")
        #expect(text.hasSuffix("Met vriendelijke groet,\n\nJan Jansen\nT 06-12345678\nj.jansen@delft.nl\n"), "deleting a signature is too")
        #expect(
            result.stderr.contains(
                "this line and the 4 lines below it are an e-mail signature with contact details, which would be published in the annual report"
            ))
    }

    /// A lettered list pasted as lines without empty lines between them would run into one
    /// paragraph; the check and the build say so, in Dutch and English, and nothing is changed.
    @Test func letteredItemsOnConsecutiveLinesAreReported() throws {
        let body = "De punten:\na) meer woningen\nb) betaalbare huur\n\nDaarna."
        let root = try repository(armoede: body)
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "armoede", "--fix", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "armoede.md:8:1: waarschuwing: deze regel en de regel eronder beginnen met a), b), maar er staat geen lege regel tussen; zo wordt het geen lijst, maar komen de punten achter elkaar in één alinea [lettered-list-lines]"
            ), "\(dutch.stderr)")
        #expect(dutch.stderr.contains("oplossing: zet een lege regel vóór elk punt (a), b), …)"))
        let text = try String(contentsOf: root.appendingPathComponent("fragments/2099/armoede.md"), encoding: .utf8)
        #expect(text.contains(body))
        let english = try CLI.run(["build", "2099", "--root", root.path, "--lang", "en"])
        #expect(
            english.stderr.contains("warning: this line and the one below it start with a), b), but there is no empty line between them"),
            "\(english.stderr)")
    }

    /// Outlook's one-line signature at the end would be published; said in Dutch and English.
    @Test func aOneLineSignatureIsReported() throws {
        let body = "De themagroep kwam bijeen.\n\nJan de Vries | Gemeente Delft | 015-2602222 | j.devries@delft.nl"
        let root = try repository(armoede: body)
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "armoede.md:9:1: waarschuwing: deze regel is een e-mailhandtekening met contactgegevens; die zou in het jaarverslag gepubliceerd worden [contact-details]"
            ), "\(dutch.stderr)")
        let english = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("warning: this line is an e-mail signature with contact details"), "\(english.stderr)")
    }

    /// `ﬁ` from a PDF is fixed to `fi`, and said so, in Dutch and English.
    @Test func aLigatureFromAPDFBecomesItsLetters() throws {
        let root = try repository(armoede: "De \u{FB01}nanciering.")
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "armoede.md:7:4: waarschuwing: een ligatuur `\u{FB01}` (U+FB01) voor `fi`: een teken uit een PDF dat op gewone letters lijkt [invisible-character]"
            ), "\(dutch.stderr)")
        let english = try CLI.run(["check", "2099", "armoede", "--fix", "--root", root.path, "--lang", "en"])
        #expect(english.stdout.contains("fixed: fragments/2099/armoede.md:7:4: `\u{FB01}` → `fi` [invisible-character]"))
        let text = try String(contentsOf: root.appendingPathComponent("fragments/2099/armoede.md"), encoding: .utf8)
        #expect(text.hasSuffix("De financiering.\n"))
    }

    /// A PDF's page number in the middle of a paragraph is reported in Dutch and English, and
    /// left for the secretary to delete.
    @Test func aBarePageNumberInAParagraphIsReported() throws {
        let body = "De themagroep werkte samen met de\n12\ngemeenten van de G40."
        let root = try repository(armoede: body)
        defer { try? FileManager.default.removeItem(at: root) }
        let dutch = try CLI.run(["check", "2099", "armoede", "--fix", "--root", root.path, "--lang", "nl"])
        #expect(
            dutch.stderr.contains(
                "armoede.md:8:1: waarschuwing: `12` staat alleen op een regel: waarschijnlijk een paginanummer uit een PDF [page-number]"),
            "\(dutch.stderr)")
        #expect(dutch.stdout.hasPrefix("niets te herstellen\n"))
        let english = try CLI.run(["check", "2099", "armoede", "--root", root.path, "--lang", "en"])
        #expect(english.stderr.contains("fix: delete the line if it is a page number"))
    }

    @Test func theRecipientsAddressNeverReachesAnOutput() throws {
        let root = try repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "2099", "--root", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("[safelinks]"), "not silently: the build says what it unwrapped")
        for name in ["jaarverslag-2099.xml", "jaarverslag-2099.txt"] {
            let output = try String(contentsOf: root.appendingPathComponent("reports/2099/\(name)"), encoding: .utf8)
            #expect(!output.contains("safelinks") && !output.contains("j.jansen%40") && !output.contains("data=05"), "\(name)")
            #expect(output.contains("https://www.g40stedennetwerk.nl/nota%20wonen.pdf"), "\(name)")
        }
    }
}

import JaarverslagKit

extension EditorPage {
    /// The sentences the script shows, handed to it as data attributes of a hidden element,
    /// so that they are `Message`s like every other sentence and the script holds none.
    func scriptStrings() -> HTML {
        let strings: [(String, Message)] = [
            ("unsaved", Message(nl: "Niet opgeslagen wijzigingen.", en: "Unsaved changes.")),
            (
                "not-saved-yet",
                Message(nl: "Nog niet opgeslagen: hierboven staat een opzet.", en: "Not saved yet: above is an outline.")
            ),
            ("saving", Message(nl: "Bezig met opslaan…", en: "Saving…")),
            ("saved", Messages.allSaved),
            ("save-failed", Message(nl: "Opslaan is niet gelukt: {reason}", en: "Saving failed: {reason}")),
            (
                "network",
                Message(
                    nl: "de server is niet bereikbaar; uw tekst staat nog hier, probeer het zo opnieuw",
                    en: "the server cannot be reached; your text is still here, try again shortly")
            ),
            ("checking", Message(nl: "Bezig met controleren…", en: "Checking…")),
            ("no-problems", Messages.noProblems),
            ("problems", Messages.problems(errors: -1, warnings: -2)),
            ("line", Message(nl: "regel {line}", en: "line {line}")),
            ("in-details", Message(nl: "in de kopgegevens", en: "in the front matter")),
            ("fix-button", Messages.fixButton),
            (
                "fixed",
                Message(
                    nl: "Hersteld in het invoervak; sla op om het te bewaren (Ctrl+Z maakt het ongedaan).",
                    en: "Fixed in the editor; save to keep it (Ctrl+Z undoes it).")
            ),
            ("error", Messages.error),
            ("warning", Messages.warning),
            ("no-preview", Messages.noPreview),
            (
                "confirm-last-year",
                Message(
                    nl: "De tekst in het invoervak wordt vervangen door de tekst van vorig jaar. Doorgaan?",
                    en: "The text in the editor will be replaced by last year's text. Continue?")
            ),
            (
                "no-last-year",
                Message(
                    nl: "Er is geen tekst van vorig jaar voor deze groep; u krijgt een lege opzet.",
                    en: "There is no text from last year for this group; you get an empty outline.")
            ),
            (
                "last-year-loaded",
                Message(
                    nl: "De tekst van vorig jaar staat in het invoervak. Pas hem aan en sla op.",
                    en: "Last year's text is in the editor. Adapt it and save.")
            ),
            (
                "confirm-restore",
                Message(
                    nl: "Deze eerdere versie terugzetten? De huidige tekst blijft in de geschiedenis bewaard.",
                    en: "Restore this earlier version? The current text stays in the history.")
            ),
            (
                "confirm-restore-unsaved",
                Message(
                    nl:
                        "U hebt wijzigingen die nog niet zijn opgeslagen. Als u deze eerdere versie terugzet, gaan die verloren. Toch terugzetten?",
                    en: "You have unsaved changes. Restoring this earlier version discards them. Restore anyway?")
            ),
            ("version-of", Message(nl: "Versie van {time} ({author})", en: "Version of {time} ({author})")),
            ("view", Messages.view),
            ("restored", Message(nl: "De eerdere versie is teruggezet.", en: "The earlier version has been restored.")),
            (
                "link-prompt",
                Message(nl: "Het webadres van de link (begint met https://):", en: "The web address of the link (starts with https://):")
            ),
            ("bold-placeholder", Message(nl: "vetgedrukte tekst", en: "bold text")),
            ("link-placeholder", Message(nl: "tekst van de link", en: "link text")),
            ("heading-placeholder", Message(nl: "Tussenkop", en: "Sub-heading")),
            ("item-placeholder", Message(nl: "punt", en: "item")),
            (
                "conflict",
                Message(
                    nl: "Niet opgeslagen: iemand anders heeft deze tekst intussen opgeslagen. Kies hieronder wat u wilt bewaren.",
                    en: "Not saved: someone else saved this text meanwhile. Choose below what to keep.")
            ),
            ("their-version-by", Message(nl: "De opgeslagen versie ({author}, {time})", en: "The saved version ({author}, {time})")),
            ("took-theirs", Message(nl: "De opgeslagen versie staat nu in het invoervak.", en: "The saved version is now in the editor.")),
            (
                "comment-needed",
                Message(
                    nl: "Schrijf eerst wat er nog moet veranderen; de secretaris ziet die opmerking bij de tekst.",
                    en: "First write what still has to change; the secretary sees that comment with the text.")
            ),
            ("importing", Message(nl: "Het Word-bestand wordt gelezen…", en: "Reading the Word file…")),
            (
                "import-failed",
                Message(nl: "Het Word-bestand kon niet worden gelezen: {reason}", en: "The Word file could not be read: {reason}")
            ),
            (
                "import-clean",
                Message(
                    nl: "Alles uit het bestand is overgenomen. Kijk de tekst na en neem hem over; er wordt nog niets opgeslagen.",
                    en: "Everything in the file was carried over. Check the text and take it; nothing is saved yet.")
            ),
            (
                "import-findings",
                Message(
                    nl: "Niet alles kon worden overgenomen: {count|punt|punten} om na te kijken. Er wordt nog niets opgeslagen.",
                    en: "Not everything could be carried over: {count|point|points} to check. Nothing is saved yet.")
            ),
            (
                "import-taken",
                Message(
                    nl: "De tekst uit het Word-bestand staat in het invoervak. Kijk hem na en klik op Opslaan (Ctrl+Z maakt het ongedaan).",
                    en: "The text from the Word file is in the editor. Check it and click Save (Ctrl+Z undoes it).")
            ),
            (
                "confirm-import",
                Message(
                    nl: "De tekst in het invoervak wordt vervangen door de tekst uit het Word-bestand. Doorgaan?",
                    en: "The text in the editor will be replaced by the text from the Word file. Continue?")
            ),
            (
                "pasted",
                Message(
                    nl: "Geplakt: opsommingen, vet, cursief en links zijn omgezet.",
                    en: "Pasted: lists, bold, italics and links were converted.")
            ),
            (
                "pasted-findings",
                Message(
                    nl: "Geplakt, maar niet alles kon mee ({count|punt|punten}, hieronder); kijk de tekst na.",
                    en: "Pasted, but not everything came along ({count|point|points}, below); check the text.")
            ),
            (
                "check-failed",
                Message(nl: "De controle kon niet worden gedaan: {reason}", en: "The check could not run: {reason}")
            ),
            (
                "paste-failed",
                Message(
                    nl: "De opmaak kon niet worden omgezet ({reason}); de tekst is zonder opmaak geplakt.",
                    en: "The formatting could not be converted ({reason}); the text was pasted without it.")
            ),
            ("version-title", Message(nl: "Titel", en: "Title")),
            ("version-chairs", Messages.chairsLabel),
            ("chair-name", Messages.chairName),
            ("chair-city", Messages.chairCity),
            ("chair-role", Messages.chairRole),
            ("role-voorzitter", Messages.voorzitter),
            ("role-vicevoorzitter", Messages.vicevoorzitter),
            ("role-trekker", Messages.trekker),
            ("remove", Messages.remove),
            ("restore", Messages.restore),
            ("kind-save", Messages.kind(.save)),
            ("kind-restore", Messages.kind(.restore)),
            ("kind-external", Messages.kind(.external)),
            ("kind-submit", Messages.kind(.submit)),
            ("kind-approve", Messages.kind(.approve)),
            ("kind-return", Messages.kind(.return)),
            ("kind-withdraw", Messages.kind(.withdraw)),
        ]
        return el("div", [("id", "strings"), ("hidden", "")] + strings.map { ("data-\($0.0)", $0.1.text(language)) }, [])
    }
}

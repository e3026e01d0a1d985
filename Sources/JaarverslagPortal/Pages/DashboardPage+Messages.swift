import JaarverslagKit

extension DashboardPage {
    /// The sentences the dashboard's script shows, as data attributes of a hidden element.
    func scriptStrings() -> HTML {
        let strings: [(String, Message)] = [
            ("copied", Message(nl: "Gekopieerd. Plak het in uw e-mailprogramma.", en: "Copied. Paste it into your e-mail program.")),
            (
                "copy-failed",
                Message(
                    nl: "Kopiëren lukte niet; de tekst is geselecteerd, kopieer hem met Ctrl+C.",
                    en: "Copying did not work; the text is selected, copy it with Ctrl+C.")
            ),
            ("building", Message(nl: "Bezig met het jaarverslag maken…", en: "Building the report…")),
            ("build-failed", Message(nl: "Het jaarverslag is niet gemaakt: {reason}", en: "The report was not built: {reason}")),
            (
                "network",
                Message(
                    nl: "de server is niet bereikbaar; probeer het zo opnieuw", en: "the server cannot be reached; try again shortly")
            ),
        ]
        return el("div", [("id", "strings"), ("hidden", "")] + strings.map { ("data-\($0.0)", $0.1.text(language)) }, [])
    }

    enum Messages {
        static let overview = Message(nl: "overzicht", en: "overview")
        static let navigation = Message(nl: "Naar", en: "Go to")
        static let otherYears = Message(nl: "Andere jaren:", en: "Other years:")
        static let group = Message(nl: "Groep", en: "Group")
        static let state = Message(nl: "Stand", en: "State")
        static let words = Message(nl: "Woorden", en: "Words")
        static let lastStep = Message(nl: "Laatste stap", en: "Last step")
        static let lastChange = Message(nl: "Laatste wijziging", en: "Last change")
        static let errors = Message(nl: "fouten", en: "errors")
        static let elsewhere = Message(nl: "Buiten de teksten", en: "Outside the texts")
        static let elsewhereHint = Message(
            nl: "Deze meldingen gaan niet over de tekst van een groep, maar over de map met fragmenten of het manifest "
                + "(report.yaml). Alleen wie bij die bestanden kan, lost ze op; fouten houden het publiceren tegen.",
            en: "These findings are not about a group's text but about the fragments folder or the manifest (report.yaml). "
                + "Only someone with access to those files can solve them; errors stop publishing.")
        static func toChase(_ count: Int) -> Message {
            count == 0
                ? Message(nl: "Iedereen heeft ingeleverd", en: "Everyone has handed in")
                : Message(nl: "Herinneren (\(count) nog open)", en: "Remind (\(count) still open)")
        }
        static let toPublish = Message(nl: "Publiceren", en: "Publish")
        static func compare(_ year: Int) -> Message { Message(nl: "Vergelijken met \(year)", en: "Compare with \(year)") }
        static func startYear(_ year: Int) -> Message { Message(nl: "Jaar \(year) beginnen", en: "Start \(year)") }
        static func counts(errors: Int, warnings: Int) -> Message {
            Message(
                nl: "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
                en: "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        }
        /// `22 groepen: 5 goedgekeurd, 3 ingeleverd, 1 teruggestuurd, 10 concept, 3 ontbreken; 12345 woorden.`
        static func totals(_ groups: Int, _ counts: [EditorialState: Int], words: Int) -> Message {
            let order: [EditorialState] = [.approved, .submitted, .returned, .draft, .missing]
            func part(_ state: EditorialState, _ language: Language) -> String? {
                guard let count = counts[state], count > 0 else { return nil }
                let word = state == .missing ? (language == .nl ? "ontbreken" : "missing") : state.label.text(language)
                return "\(count) \(word)"
            }
            return Message(
                nl: "\(groups) groepen: " + order.compactMap { part($0, .nl) }.joined(separator: ", ") + "; \(words) woorden.",
                en: "\(groups) groups: " + order.compactMap { part($0, .en) }.joined(separator: ", ") + "; \(words) words.")
        }

        static let chaseHeading = Message(nl: "Nog in te leveren", en: "Still to hand in")
        static let nobodyToChase = Message(
            nl: "Iedereen heeft zijn tekst ingeleverd. Er hoeft niemand herinnerd te worden.",
            en: "Everyone has handed in their text. Nobody needs a reminder.")
        static func chaseLead(_ count: Int) -> Message {
            Message(
                nl: count == 1
                    ? "Eén groep moet nog inleveren. Hieronder staat wie u kunt schrijven, met een herinnering die klaar is om te versturen."
                    : "\(count) groepen moeten nog inleveren. Hieronder staat per groep wie u kunt schrijven, met een herinnering die klaar is om te versturen.",
                en: count == 1
                    ? "One group still has to hand in. Below is who to write to, with a reminder ready to send."
                    : "\(count) groups still have to hand in. Below, for each group, is who to write to, with a reminder ready to send.")
        }
        static let noMailSent = Message(
            nl: "Het portaal verstuurt zelf geen e-mail. Kopieer de herinnering en verstuur hem vanuit uw eigen e-mailprogramma.",
            en: "The portal sends no e-mail itself. Copy the reminder and send it from your own e-mail program.")
        static let allAddresses = Message(nl: "Alle adressen", en: "All addresses")
        static let copyAddresses = Message(nl: "Kopieer alle adressen", en: "Copy all addresses")
        static let oneMessage = Message(nl: "Eén bericht aan iedereen (in bcc)", en: "One message to everyone (in bcc)")
        static let subjectAndText = Message(nl: "Tekst van het bericht", en: "Text of the message")
        static let copyText = Message(nl: "Kopieer de tekst", en: "Copy the text")
        static func reminderFor(_ title: String) -> Message { Message(nl: "Herinnering voor \(title)", en: "Reminder for \(title)") }
        static let copyReminder = Message(nl: "Kopieer de herinnering", en: "Copy the reminder")
        static let noName = Message(nl: "(geen naam)", en: "(no name)")
        static let linkExpired = Message(nl: "link verlopen: stuur een nieuwe uitnodiging", en: "link expired: send a new invitation")
        /// The whole command, to copy: the group, the year and the portal's address are what a
        /// coordinator would otherwise look up (without the address the links go to the default).
        static func nobodyInvited(group: String, year: Int, address: String) -> Message {
            let command = "jaarverslag-portal invite \(group) --year \(year) --base-url \(address) --name \"…\" --email …"
            return Message(
                nl: "Nog niemand uitgenodigd voor deze groep: maak een uitnodiging met `\(command)`.",
                en: "Nobody invited for this group yet: make an invitation with `\(command)`.")
        }

        static let publishHeading = Message(nl: "Publiceren", en: "Publish")
        static let ready = Message(
            nl: "Alles is goedgekeurd en zonder fouten. U kunt het jaarverslag maken.",
            en: "Everything is approved and without errors. You can build the report.")
        static func notReady(_ count: Int) -> Message {
            Message(
                nl:
                    "Het jaarverslag kan nog niet worden gepubliceerd. \(count == 1 ? "Dit staat" : "Deze \(count) punten staan") nog in de weg:",
                en: "The report cannot be published yet. \(count == 1 ? "This is" : "These \(count) points are") still in the way:")
        }
        static let withPDF = Message(nl: "Ook de PDF maken", en: "Also make the PDF")
        static let noPDF = Message(
            nl: "Een PDF kan hier niet worden gemaakt: WeasyPrint is niet geïnstalleerd op de server.",
            en: "No PDF can be made here: WeasyPrint is not installed on the server.")
        static let build = Message(nl: "Jaarverslag maken", en: "Build the report")
        static let buildDraft = Message(nl: "Conceptversie maken", en: "Build a draft edition")
        static let publishedWhere = Message(
            nl:
                "Het jaarverslag komt in reports/<jaar>/, zoals met `jaarverslag build`. Een conceptversie staat apart en heeft op de voorkant ‘Conceptversie’.",
            en:
                "The report goes into reports/<year>/, as with `jaarverslag build`. A draft edition is kept apart and says ‘Conceptversie’ on its cover."
        )
        static let draftWhere = Message(
            nl:
                "Een conceptversie is om te laten lezen, niet om te publiceren: op de voorkant staat ‘Conceptversie’, en wat ontbreekt staat er niet in.",
            en: "A draft edition is for reading, not for publishing: its cover says ‘Conceptversie’, and what is missing is not in it.")
        static let publishedFiles = Message(nl: "Het jaarverslag", en: "The report")
        static let draftFiles = Message(nl: "Conceptversie", en: "Draft edition")
        static func format(_ format: String) -> Message {
            switch format {
            case "html": Message(nl: "Webpagina (HTML)", en: "Web page (HTML)")
            case "pdf": Message(nl: "PDF", en: "PDF")
            case "xml": Message(nl: "DocBook (XML, voor het archief)", en: "DocBook (XML, for the archive)")
            default: Message(nl: "Platte tekst", en: "Plain text")
            }
        }
    }
}

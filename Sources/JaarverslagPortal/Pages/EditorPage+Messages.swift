import JaarverslagKit

extension EditorPage {
    enum Messages {
        static let backToDashboard = Message(nl: "← Terug naar het overzicht", en: "← Back to the overview")
        static let notYetSaved = Message(nl: "nog niet ingeleverd", en: "not handed in yet")
        static let details = Message(nl: "Gegevens van de sectie", en: "Section details")
        static let titleLabel = Message(nl: "Titel, zoals in het jaarverslag", en: "Title, as printed in the report")
        static let chairsLabel = Message(nl: "Voorzitters en trekkers", en: "Chairs and trekkers")
        static let chairsHint = Message(
            nl: "Kies de stad uit de lijst van deelnemende gemeenten van dit jaar.",
            en: "Choose the city from this year's list of member cities.")
        static let addChair = Message(nl: "Voorzitter of trekker toevoegen", en: "Add a chair or trekker")
        static let chairName = Message(nl: "Naam (mag leeg)", en: "Name (optional)")
        static let chairCity = Message(nl: "Stad", en: "City")
        static let chairRole = Message(nl: "Rol", en: "Role")
        static let voorzitter = Message(nl: "voorzitter", en: "chair")
        static let vicevoorzitter = Message(nl: "vicevoorzitter", en: "vice-chair")
        static let trekker = Message(nl: "trekker", en: "trekker")
        static let remove = Message(nl: "Weghalen", en: "Remove")
        static let advanced = Message(nl: "Alle kopgegevens als tekst", en: "All front matter as text")
        static let advancedHint = Message(
            nl: "Hier staan ook de velden die het formulier niet toont. U hoeft hier meestal niets te doen.",
            en: "This also holds the fields the form does not show. Usually there is nothing to do here.")
        static let textHeading = Message(nl: "Tekst", en: "Text")
        static let toolbar = Message(nl: "Opmaak", en: "Formatting")
        static let bold = Message(nl: "Vet", en: "Bold")
        static let boldHelp = Message(nl: "Maak de gekozen woorden vet", en: "Make the selected words bold")
        static let list = Message(nl: "• Opsomming", en: "• List")
        static let listHelp = Message(nl: "Maak van de gekozen regels een opsomming", en: "Turn the selected lines into a bullet list")
        static let lettered = Message(nl: "a) b) c)", en: "a) b) c)")
        static let letteredHelp = Message(
            nl: "Maak van de gekozen regels een lijst met letters", en: "Turn the selected lines into a lettered list")
        static let link = Message(nl: "Link", en: "Link")
        static let linkHelp = Message(
            nl: "Maak van de gekozen woorden een link naar een webadres", en: "Turn the selected words into a link")
        static let heading = Message(nl: "Tussenkop", en: "Sub-heading")
        static let headingHelp = Message(nl: "Maak van de regel een tussenkop", en: "Turn the line into a sub-heading")
        static let lastYear = Message(nl: "Begin met de tekst van vorig jaar", en: "Start from last year's text")
        static let save = Message(nl: "Opslaan", en: "Save")
        static let allSaved = Message(nl: "Alles is opgeslagen.", en: "Everything is saved.")
        static let noScript = Message(
            nl: "Zonder JavaScript kunt u de tekst lezen maar niet bewerken. Zet JavaScript aan om te schrijven en op te slaan.",
            en: "Without JavaScript you can read the text but not edit it. Turn JavaScript on to write and save.")
        static let rawMode = Message(
            nl: "De kopgegevens zijn niet te lezen, daarom staat hieronder het hele bestand. Herstel eerst de meldingen bij ‘Controle’.",
            en: "The front matter cannot be read, so the whole file is shown below. Fix the findings under ‘Check’ first.")
        static let checkHeading = Message(nl: "Controle", en: "Check")
        static let noProblems = Message(nl: "Geen fouten of waarschuwingen gevonden.", en: "No errors or warnings found.")
        /// The count of findings; the script gets it with -1 and -2 as the places of its numbers
        /// and picks the plural itself (`{errors|fout|fouten}`).
        static func problems(errors: Int, warnings: Int) -> Message {
            func count(_ n: Int, _ one: String, _ many: String, _ slot: String) -> String {
                n < 0 ? "{\(slot)|\(one)|\(many)}" : "\(n) \(n == 1 ? one : many)"
            }
            return Message(
                nl: count(errors, "fout", "fouten", "errors") + ", " + count(warnings, "waarschuwing", "waarschuwingen", "warnings")
                    + ". Klik op een melding om naar de plek te gaan.",
                en: count(errors, "error", "errors", "errors") + ", " + count(warnings, "warning", "warnings", "warnings")
                    + ". Click a finding to go to its place.")
        }
        static func line(_ line: Int) -> Message { Message(nl: "regel \(line)", en: "line \(line)") }
        static let error = Message(nl: "Fout", en: "Error")
        static let warning = Message(nl: "Waarschuwing", en: "Warning")
        static let fixButton = Message(nl: "Herstel", en: "Fix")
        static let previewHeading = Message(nl: "Voorbeeld", en: "Preview")
        static let previewNote = Message(
            nl: "Zo staat uw sectie in het jaarverslag, opgemaakt door het programma zelf.",
            en: "This is your section as it stands in the report, rendered by the compiler itself.")
        static let noPreview = Message(
            nl: "Er is nog geen voorbeeld: los eerst de fouten in de kopgegevens op.",
            en: "No preview yet: fix the errors in the front matter first.")
        static let historyHeading = Message(nl: "Eerdere versies", en: "Earlier versions")
        static let noHistory = Message(nl: "Nog geen opgeslagen versies.", en: "No saved versions yet.")
        static let restore = Message(nl: "Terugzetten", en: "Restore")
        static let view = Message(nl: "Bekijken", en: "View")
        static let close = Message(nl: "Sluiten", en: "Close")
        static func kind(_ kind: SavedVersion.Kind) -> Message {
            switch kind {
            case .save: Message(nl: "opgeslagen", en: "saved")
            case .restore: Message(nl: "teruggezet", en: "restored")
            case .external: Message(nl: "buiten het portaal gewijzigd", en: "changed outside the portal")
            case .submit: Message(nl: "ingeleverd", en: "handed in")
            case .approve: Message(nl: "goedgekeurd", en: "approved")
            case .return: Message(nl: "teruggestuurd", en: "sent back")
            case .withdraw: Message(nl: "teruggehaald", en: "taken back")
            }
        }
        static let stateHeading = Message(nl: "Stand:", en: "State:")
        static let submit = Message(nl: "Inleveren", en: "Hand in")
        static let withdraw = Message(nl: "Terughalen om te wijzigen", en: "Take back to change")
        static let approve = Message(nl: "Goedkeuren", en: "Approve")
        static let returnLabel = Message(
            nl: "Terugsturen: wat moet er nog veranderen? De secretaris ziet deze opmerking bij de tekst.",
            en: "Send back: what still has to change? The secretary sees this comment with the text.")
        static let returnButton = Message(nl: "Terugsturen met deze opmerking", en: "Send back with this comment")
        static let steps = Message(nl: "Verloop", en: "Steps so far")
        static let word = Message(nl: "Word-bestand invoegen", en: "Put in a Word file")
        static let wordHelp = Message(
            nl: "Kies een .docx-bestand; u ziet eerst wat ervan wordt gemaakt, er wordt niets opgeslagen",
            en: "Choose a .docx file; you first see what is made of it, nothing is saved")
        static let importHeading = Message(nl: "Voorstel uit uw Word-bestand", en: "Proposal from your Word file")
        static let importAccept = Message(nl: "Overnemen in het invoervak", en: "Put it in the editor")
        static let importCancel = Message(nl: "Niet overnemen", en: "Do not use it")
        static let conflictHeading = Message(
            nl: "Deze tekst is intussen ergens anders opgeslagen (door iemand anders, of door u in een ander venster)",
            en: "This text was saved elsewhere meanwhile (by someone else, or by you in another window)")
        static let conflictText = Message(
            nl:
                "Er is niets overschreven. Vergelijk de twee versies en kies wat u wilt bewaren. Uw eigen tekst staat nog in het invoervak.",
            en: "Nothing was overwritten. Compare the two versions and choose what to keep. Your own text is still in the editor.")
        static let yourVersion = Message(nl: "Uw versie", en: "Your version")
        static let theirVersion = Message(nl: "De opgeslagen versie", en: "The saved version")
        static let keepMine = Message(nl: "Mijn versie opslaan", en: "Save my version")
        static let takeTheirs = Message(nl: "De opgeslagen versie overnemen", en: "Take the saved version")
    }
}

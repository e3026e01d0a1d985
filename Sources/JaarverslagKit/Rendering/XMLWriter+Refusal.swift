extension XMLWriter {
    /// The finished document, or why the writer refused it, in the user's words.
    func finishedDocument() throws(RenderRefusal) -> String {
        do throws(XMLWriter.Refusal) {
            return try finish()
        } catch {
            throw RenderRefusal(error)
        }
    }
}

extension RenderRefusal {
    init(_ refusal: XMLWriter.Refusal) {
        switch refusal {
        case .forbiddenCharacter(let scalar, let text):
            let excerpt = PrintableText.terminal(String(text.prefix(60)))
            self.init(
                message: Message(
                    nl:
                        "de tekst `\(excerpt)` bevat het stuurteken \(InvisibleCharacters.code(scalar)), dat XML niet kan bevatten; er is niets geschreven",
                    en:
                        "the text `\(excerpt)` holds the control character \(InvisibleCharacters.code(scalar)), which XML cannot hold; nothing was written"
                ))
        case .duplicateID(let id):
            self.init(
                message: Message(
                    nl: "het id `\(PrintableText.terminal(id))` zou twee keer in de uitvoer staan; er is niets geschreven",
                    en: "the id `\(PrintableText.terminal(id))` would occur twice in the output; nothing was written"))
        }
    }
}

import JaarverslagKit

extension EditorPage {
    /// `Word-bestand invoegen`: a file input styled as a button; the script sends the file to
    /// the importer and shows its proposal.
    func wordButton() -> HTML {
        el(
            "label", [("class", "button secondary file-button"), ("for", "word-file"), ("title", t(Messages.wordHelp))],
            [
                .text(t(Messages.word)),
                el("input", [("type", "file"), ("id", "word-file"), ("accept", Self.wordTypes), ("class", "visually-hidden")]),
            ])
    }

    /// What a Word file's input accepts: the .docx extension and its media type.
    static let wordTypes = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    /// The importer's proposal, before anything is saved: what it found (tables, images,
    /// comments, accepted changes) and the text it proposes, to take over or to leave.
    func importPanel() -> HTML {
        el(
            "section", [("id", "import"), ("class", "import"), ("hidden", ""), ("aria-labelledby", "import-heading")],
            [
                el("h3", [("id", "import-heading")], t(Messages.importHeading)),
                el("p", [("id", "import-summary")], ""),
                el("ul", [("id", "import-findings"), ("class", "diagnostics")], []),
                el("pre", [("id", "import-text"), ("class", "proposal")], ""),
                el(
                    "p", [("class", "conflict-actions")],
                    [
                        el("button", [("type", "button"), ("id", "import-accept"), ("class", "primary")], t(Messages.importAccept)),
                        el("button", [("type", "button"), ("id", "import-cancel"), ("class", "secondary")], t(Messages.importCancel)),
                    ]),
            ])
    }
}

/// Group ids become `xml:id`s and file names and must stay the same across years.
struct GroupIdentifierRule: ValidationRule {
    let rules: [Rule] = [.invalidID, .fileNameMismatch]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.compactMap { fragment in
            guard let group = fragment.frontMatter.group else { return nil }
            if !Identifier.isValid(group.value) {
                return Diagnostic(
                    .invalidID, Messages.invalid(group.value), at: group.location,
                    fix: Messages.invalidFix(Identifier.slug(group.value)), sourceLine: fragment.line(group.location.line))
            }
            if Identifier.isReserved(group.value) {
                return Diagnostic(
                    .invalidID, Messages.reserved(group.value), at: group.location, fix: Messages.reservedFix,
                    sourceLine: fragment.line(group.location.line))
            }
            let fileName = fragment.id.fileName
            if fileName != group.value + ".md" {
                // `woningmarkt.md` with `group: woningmarket`: when the manifest expects the file's
                // group and not the written one, the typo is in `group:`, not in the file name.
                let expected = Set(year.manifest.expectedGroups.map(\.group.value))
                let typoInGroup = expected.contains(fragment.id.group) && !expected.contains(group.value)
                return Diagnostic(
                    .fileNameMismatch, Messages.fileName(fileName, group.value), at: group.location,
                    fix: typoInGroup ? Messages.groupFix(fragment.id.group) : Messages.fileNameFix(group.value),
                    sourceLine: fragment.line(group.location.line))
            }
            return nil
        }
    }

    enum Messages {
        static func invalid(_ id: String) -> Message {
            Message(
                nl: "`\(id)` is geen geldig groeps-id; gebruik alleen kleine letters, cijfers en streepjes, en begin met een letter",
                en: "`\(id)` is not a valid group id; use only lowercase letters, digits and hyphens, starting with a letter")
        }
        static func invalidFix(_ slug: String) -> Message {
            Message(nl: "bijvoorbeeld `group: \(slug)`", en: "for example `group: \(slug)`")
        }
        static func reserved(_ id: String) -> Message {
            Message(
                nl: "`\(id)` kan geen groeps-id zijn: de DocBook gebruikt het zelf al",
                en: "`\(id)` cannot be a group id: the DocBook already uses it itself")
        }
        static let reservedFix = Message(
            nl: "kies een id met de naam van de groep erin, zoals `wonen-en-zorg`",
            en: "choose an id with the group's name in it, such as `wonen-en-zorg`")
        static func fileName(_ file: String, _ id: String) -> Message {
            Message(nl: "het bestand heet `\(file)`, maar de groep is `\(id)`", en: "the file is named `\(file)`, but the group is `\(id)`")
        }
        static func groupFix(_ id: String) -> Message {
            Message(
                nl: "zet `group: \(id)`: die groep verwacht het manifest, de andere niet",
                en: "write `group: \(id)`: the manifest expects that group, not the other")
        }
        static func fileNameFix(_ id: String) -> Message {
            Message(nl: "hernoem het bestand naar `\(id).md`", en: "rename the file to `\(id).md`")
        }
    }
}

extension Rule {
    static let fileNameMismatch = Rule(
        "file-name-mismatch", .warning, stage: .fragment, ignorable: true,
        summary: Message(nl: "het bestand heet niet `<groep>.md`", en: "the file is not named `<group>.md`"))
}

import Foundation

/// Group and chapter ids become `xml:id`s and file names, so they are kept to a safe,
/// readable alphabet: `^[a-z][a-z0-9-]*$`.
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.count <= 80 else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Group ids the DocBook gives another meaning, so that a section's `xml:id` could clash
    /// with one the renderer writes itself: `hoofdstuk.<chapter>` and `bijlage.leden` (a sub-section
    /// of a group `hoofdstuk` is `hoofdstuk.<heading>`), `verwijderd.<id>` in a diff, and the
    /// book's own `jaarverslag-<year>`.
    static func isReserved(_ id: String) -> Bool {
        ["hoofdstuk", "bijlage", "verwijderd"].contains(id)
            || (id.hasPrefix("jaarverslag-") && id.dropFirst("jaarverslag-".count).allSatisfy(\.isASCII)
                && Int(id.dropFirst("jaarverslag-".count)) != nil)
    }

    /// A readable id from a heading: `Aanloop naar de RetailAgenda` → `aanloop-naar-de-retailagenda`.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty || !("a"..."z").contains(slug.unicodeScalars.first!) { slug = "s-" + slug }
        return String(slug.prefix(60))
    }
}

extension Rule {
    static let invalidID = Rule(
        "invalid-id", .error, stage: .fragment,
        summary: Message(
            nl: "een groeps- of hoofdstuk-id met iets anders dan kleine letters, cijfers en streepjes",
            en: "a group or chapter id that is not lowercase letters, digits and hyphens"))
}

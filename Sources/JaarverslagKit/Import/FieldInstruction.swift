/// A Word field's instruction (`HYPERLINK "https://…" \l "anker" \o "tip"`, `TOC \o "1-3"`,
/// `PAGE`), from `w:instrText` between `w:fldChar` begin and separate, or `w:fldSimple/@w:instr`.
enum FieldInstruction: Hashable {
    /// A link: an address, an anchor inside the document, or both.
    case hyperlink(address: String?, anchor: String?)
    /// A table of contents or an index: generated text, left out.
    case generatedList
    /// Page numbers and counts: page furniture, left out.
    case pageFurniture
    /// Anything else (dates, cross-references, mail merge fields): its shown result is kept.
    case other

    /// Whether the field's shown result is left out of the fragment.
    var hidesResult: Bool {
        self == .generatedList || self == .pageFurniture
    }

    init(_ instruction: String) {
        let tokens = Self.tokens(instruction)
        switch tokens.first?.uppercased() {
        case "HYPERLINK":
            var address: String?
            var anchor: String?
            var index = 1
            while index < tokens.count {
                let token = tokens[index]
                if token.hasPrefix("\\") {
                    let switchName = token.lowercased()
                    let takesArgument = ["\\l", "\\o", "\\t"].contains(switchName)
                    if takesArgument, index + 1 < tokens.count {
                        if switchName == "\\l" { anchor = tokens[index + 1] }
                        index += 1
                    }
                } else if address == nil {
                    address = token
                }
                index += 1
            }
            self = .hyperlink(address: address, anchor: anchor)
        case "TOC", "INDEX", "TOA", "BIBLIOGRAPHY": self = .generatedList
        case "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "PAGEREF": self = .pageFurniture
        default: self = .other
        }
    }

    /// Words of the instruction; a quoted argument is one token.
    static func tokens(_ instruction: String) -> [String] {
        var tokens: [String] = []
        var current: String?
        var quoted = false
        for character in instruction {
            if quoted {
                if character == "\"" {
                    tokens.append(current ?? "")
                    current = nil
                    quoted = false
                } else {
                    current = (current ?? "") + String(character)
                }
            } else if character == "\"" {
                if let token = current { tokens.append(token) }
                current = ""
                quoted = true
            } else if character.isWhitespace {
                if let token = current { tokens.append(token) }
                current = nil
            } else {
                current = (current ?? "") + String(character)
            }
        }
        if let token = current { tokens.append(token) }
        return tokens
    }
}

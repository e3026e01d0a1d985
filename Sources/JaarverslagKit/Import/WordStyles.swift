/// `word/styles.xml`: every style's name, what it is based on, and the few properties that
/// carry meaning (numbering, bold, italic). Meaning is found by name, following `basedOn`,
/// with the coordinator's house style first.
struct WordStyles {
    struct Style {
        var id: String
        var name: String
        var type: String
        var basedOn: String?
        /// `w:pPr/w:numPr`: numbering given by the style (`numId` 0 switches it off).
        var numberingID: String?
        var numberingLevel: Int?
        var bold: Bool?
        var italic: Bool?
    }

    private(set) var styles: [String: Style] = [:]
    private(set) var defaultParagraphStyle: String?
    let houseStyle: ImportStyleMap
    /// Worked out once per style, when first asked: asked for every paragraph and every run,
    /// of the few styles a document uses out of the many it defines.
    private let cache = Cache()

    private final class Cache {
        var paragraphMeanings: [String: (meaning: StyleNames.Meaning, name: String?)] = [:]
        var characterFormats: [String: (bold: Bool?, italic: Bool?)] = [:]
        /// By the style the paragraph has (a paragraph with no style and no default is not cached).
        var paragraphFormats: [String: (bold: Bool?, italic: Bool?)] = [:]
        var paragraphNumberings: [String: (numberingID: String, level: Int?)?] = [:]
    }

    init(houseStyle: ImportStyleMap) {
        self.houseStyle = houseStyle
    }

    init(tree: XMLTree, houseStyle: ImportStyleMap) {
        self.houseStyle = houseStyle
        guard let root = tree.root else { return }
        for element in root.elements where element.isWord("style") {
            guard let id = element.value("styleId") else { continue }
            let properties = element.word("pPr")?.word("numPr")
            let run = element.word("rPr")
            let style = Style(
                id: id, name: element.word("name")?.value("val") ?? id, type: element.value("type") ?? "paragraph",
                basedOn: element.word("basedOn")?.value("val"),
                numberingID: properties?.word("numId")?.value("val"),
                numberingLevel: properties?.word("ilvl")?.value("val").flatMap { Int($0) },
                bold: run?.toggle("b"), italic: run?.toggle("i"))
            if styles[id] == nil { styles[id] = style }
            if element.value("default") == "1" || element.value("default") == "true", style.type == "paragraph" {
                defaultParagraphStyle = id
            }
        }
    }

    subscript(id: String) -> Style? { styles[id] }

    /// The style itself and the styles it is based on, nearest first (at most 20: a loop of
    /// `basedOn` in a damaged file ends there).
    func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var current = id ?? defaultParagraphStyle
        var seen: Set<String> = []
        while let id = current, let style = styles[id], seen.insert(id).inserted, result.count < 20 {
            result.append(style)
            current = style.basedOn
        }
        return result
    }

    /// What a paragraph style means, and the name of the style that decided it.
    func meaning(ofParagraphStyle id: String?) -> (meaning: StyleNames.Meaning, name: String?) {
        guard let key = id ?? defaultParagraphStyle else { return findMeaning(ofParagraphStyle: nil) }
        if let known = cache.paragraphMeanings[key] { return known }
        let found = findMeaning(ofParagraphStyle: key)
        cache.paragraphMeanings[key] = found
        return found
    }

    private func findMeaning(ofParagraphStyle id: String?) -> (meaning: StyleNames.Meaning, name: String?) {
        for style in chain(id) {
            if let house = houseStyle.paragraphMeaning(of: style.name) { return (Self.meaning(house), style.name) }
            if let builtIn = StyleNames.paragraphMeaning(of: style.name) { return (builtIn, style.name) }
        }
        return (.body, chain(id).first?.name)
    }

    private static func meaning(_ house: ImportStyleMap.ParagraphMeaning) -> StyleNames.Meaning {
        switch house {
        case .heading1: return .heading(1)
        case .heading2: return .heading(2)
        case .paragraph: return .body
        case .quote: return .quote
        case .title: return .title
        case .bulletList: return .list(.bullet, level: 0)
        case .numberedList: return .list(.decimal, level: 0)
        case .letteredList: return .list(.letter, level: 0)
        case .listContinuation: return .listContinue(level: 0)
        case .ignore: return .ignore
        }
    }

    /// Numbering that a paragraph style gives its paragraphs, following `basedOn`.
    func numbering(ofParagraphStyle id: String?) -> (numberingID: String, level: Int?)? {
        guard let key = id ?? defaultParagraphStyle else { return findNumbering(ofParagraphStyle: nil) }
        if let known = cache.paragraphNumberings[key] { return known }
        let found = findNumbering(ofParagraphStyle: key)
        cache.paragraphNumberings[key] = .some(found)
        return found
    }

    private func findNumbering(ofParagraphStyle id: String?) -> (numberingID: String, level: Int?)? {
        for style in chain(id) {
            if let numbering = style.numberingID { return (numbering, style.numberingLevel) }
        }
        return nil
    }

    /// Bold and italic from a character style: by its name (house style, then `Strong`,
    /// `Nadruk`, …), else from its own run properties, following `basedOn`.
    func formatting(ofCharacterStyle id: String?) -> (bold: Bool?, italic: Bool?) {
        guard let id else { return (nil, nil) }
        if let known = cache.characterFormats[id] { return known }
        let found = findFormatting(ofCharacterStyle: id)
        cache.characterFormats[id] = found
        return found
    }

    private func findFormatting(ofCharacterStyle id: String) -> (bold: Bool?, italic: Bool?) {
        var bold: Bool?
        var italic: Bool?
        for style in chain(id) {
            if let house = houseStyle.characterMeaning(of: style.name) {
                switch house {
                case .bold: return (bold ?? true, italic ?? false)
                case .italic: return (bold ?? false, italic ?? true)
                case .boldItalic: return (bold ?? true, italic ?? true)
                case .plain: return (bold ?? false, italic ?? false)
                }
            }
            if let builtIn = StyleNames.characterMeaning(of: style.name) {
                return (bold ?? builtIn.bold, italic ?? builtIn.italic)
            }
            bold = bold ?? style.bold
            italic = italic ?? style.italic
        }
        return (bold, italic)
    }

    /// Bold and italic that a paragraph style gives all its text.
    func formatting(ofParagraphStyle id: String?) -> (bold: Bool?, italic: Bool?) {
        guard let key = id ?? defaultParagraphStyle else { return findFormatting(ofParagraphStyle: nil) }
        if let known = cache.paragraphFormats[key] { return known }
        let found = findFormatting(ofParagraphStyle: key)
        cache.paragraphFormats[key] = found
        return found
    }

    private func findFormatting(ofParagraphStyle id: String?) -> (bold: Bool?, italic: Bool?) {
        var bold: Bool?
        var italic: Bool?
        for style in chain(id) {
            bold = bold ?? style.bold
            italic = italic ?? style.italic
        }
        return (bold, italic)
    }
}

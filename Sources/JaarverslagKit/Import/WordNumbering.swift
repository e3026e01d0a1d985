/// `word/numbering.xml`: list definitions (`w:abstractNum` with a `w:lvl` per level) and the
/// instances paragraphs point at (`w:num`, with `w:lvlOverride`/`w:startOverride`).
struct WordNumbering {
    struct Level {
        /// `w:numFmt`: `bullet`, `decimal`, `lowerLetter`, `none`, …
        var format = "decimal"
        /// `w:lvlText`: `%1.`, `•`, or empty for a level that shows no marker.
        var text = "%1."
        var start = 1
        /// `w:pStyle`: the paragraph style this level belongs to.
        var paragraphStyle: String?
    }

    struct Definition {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: the levels live in the definition of this numbering style.
        var styleLink: String?
    }

    struct Instance {
        var definition: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private(set) var definitions: [String: Definition] = [:]
    private(set) var instances: [String: Instance] = [:]

    init() {}

    init(tree: XMLTree) {
        guard let root = tree.root else { return }
        for element in root.elements {
            if element.isWord("abstractNum"), let id = element.value("abstractNumId") {
                var definition = Definition(styleLink: element.word("numStyleLink")?.value("val"))
                for level in element.elements where level.isWord("lvl") {
                    guard let index = level.value("ilvl").flatMap({ Int($0) }) else { continue }
                    definition.levels[index] = Self.level(level, base: Level())
                }
                definitions[id] = definition
            } else if element.isWord("num"), let id = element.value("numId"),
                let definition = element.word("abstractNumId")?.value("val")
            {
                var instance = Instance(definition: definition)
                for override in element.elements where override.isWord("lvlOverride") {
                    guard let index = override.value("ilvl").flatMap({ Int($0) }) else { continue }
                    if let start = override.word("startOverride")?.value("val").flatMap({ Int($0) }) {
                        instance.startOverrides[index] = start
                    }
                    if let level = override.word("lvl") { instance.levelOverrides[index] = Self.level(level, base: Level()) }
                }
                instances[id] = instance
            }
        }
    }

    private static func level(_ element: XMLElement, base: Level) -> Level {
        var level = base
        if let format = element.word("numFmt")?.value("val") { level.format = format }
        if let text = element.word("lvlText") { level.text = text.value("val") ?? "" }
        if let start = element.word("start")?.value("val").flatMap({ Int($0) }) { level.start = start }
        level.paragraphStyle = element.word("pStyle")?.value("val")
        return level
    }

    /// The definition an instance counts in, after following `w:numStyleLink` through the
    /// numbering style that holds the real levels.
    func definitionID(of instance: Instance, styles: WordStyles) -> String {
        var id = instance.definition
        var hops = 0
        while let link = definitions[id]?.styleLink, hops < 5 {
            hops += 1
            guard let style = styles[link] ?? styles.styles.values.first(where: { $0.name == link }),
                let numbering = style.numberingID, let linked = instances[numbering]
            else { break }
            id = linked.definition
        }
        return id
    }

    func level(_ index: Int, of instanceID: String, styles: WordStyles) -> Level? {
        guard let instance = instances[instanceID] else { return nil }
        if let override = instance.levelOverrides[index] { return override }
        return definitions[definitionID(of: instance, styles: styles)]?.levels[index]
    }

    /// The level a paragraph style is linked to inside a definition (`w:lvl/w:pStyle`).
    func level(linkedTo style: String, in instanceID: String, styles: WordStyles) -> Int? {
        guard let instance = instances[instanceID] else { return nil }
        return definitions[definitionID(of: instance, styles: styles)]?.levels.first { $0.value.paragraphStyle == style }?.key
    }
}

/// Word's list counters while the document is read from top to bottom. Counters belong to
/// the definition, not to the instance: two instances of one definition continue one count,
/// unless an instance restarts it with `w:startOverride` the first time it is used. Using a
/// level restarts every deeper level.
struct ListCounter {
    private var counts: [String: [Int: Int]] = [:]
    private var sequences: [String: [Int: Int]] = [:]
    private var used: Set<String> = []
    private var nextSequence = 1

    /// Counts one item and returns its number and the sequence it belongs to.
    mutating func count(instance: String, definition: String, level: Int, start: Int, startOverride: Int?) -> (
        number: Int, sequence: Int
    ) {
        var levels = counts[definition] ?? [:]
        var sequenceOfLevel = sequences[definition] ?? [:]
        let firstUse = used.insert("\(instance)#\(level)").inserted
        if firstUse, let startOverride {
            levels[level] = startOverride - 1
            sequenceOfLevel[level] = nil
        }
        let number = (levels[level] ?? (start - 1)) + 1
        levels[level] = number
        if sequenceOfLevel[level] == nil {
            sequenceOfLevel[level] = nextSequence
            nextSequence += 1
        }
        for deeper in levels.keys where deeper > level {
            levels[deeper] = nil
            sequenceOfLevel[deeper] = nil
        }
        counts[definition] = levels
        sequences[definition] = sequenceOfLevel
        return (number, sequenceOfLevel[level]!)
    }
}

import Foundation

/// Reads a DocBook file written by `jaarverslag build` back into the `Report` model, so that
/// the diff can compare a published file with a year in the repository.
///
/// Only the vocabulary the `DocBookRenderer` writes is understood; anything else is an error
/// rather than being skipped, so a diff never silently ignores part of a document.
public enum DocBookReader {
    public struct Failure: CommandFailure, Equatable {
        public var path: String
        public var line: Int
        public var message: Message

        public var location: TextLocation? { TextLocation(path: path, line: line) }
    }

    /// Reads a file no larger than `XMLTree.maxSize`; its size is checked before any of it is
    /// read, and anything but a regular file (a pipe, a device) is refused unread.
    public static func read(contentsOf url: URL, displayPath: String) -> Result<Report, Failure> {
        switch RegularFile.read(url.path, limit: XMLTree.maxSize, whole: true) {
        case .success(let data): return read(data: data, path: displayPath)
        case .failure(.tooLarge): return .failure(Failure(path: displayPath, line: 0, message: Messages.tooLarge))
        case .failure(.notAFile): return .failure(Failure(path: displayPath, line: 0, message: Messages.notAFile))
        case .failure(.missing): return .failure(Failure(path: displayPath, line: 0, message: Messages.missing))
        case .failure(.system(let error)): return .failure(Failure(path: displayPath, line: 0, message: Messages.unreadable(error)))
        case .failure: return .failure(Failure(path: displayPath, line: 0, message: Messages.unreadable(nil)))
        }
    }

    public static func read(data: Data, path: String) -> Result<Report, Failure> {
        let tree: XMLTree
        do {
            tree = try XMLTree(data: data)
        } catch {
            return .failure(
                Failure(
                    path: path, line: error.line,
                    message: error.kind == .doctype
                        ? Messages.doctype
                        : error.kind == .encoding ? Messages.encoding(error.message) : Messages.notWellFormed(error.message)))
        }
        guard let root = tree.root, root.name == "book", root.namespace == DocBookRenderer.namespace else {
            return .failure(Failure(path: path, line: tree.root?.line ?? 1, message: Messages.notDocBook))
        }
        do {
            try DocBookInputCheck(path: path).check(root)
            return .success(try ReportBuilder(path: path).report(from: root))
        } catch {
            return .failure(error)
        }
    }

    /// Walks the elements the renderer writes, in the renderer's order.
    private struct ReportBuilder {
        let path: String

        func fail(_ element: XMLElement, _ message: Message) -> Failure {
            Failure(path: path, line: element.line, message: message)
        }

        func report(from book: XMLElement) throws(Failure) -> Report {
            guard let info = book.element("info"), let title = info.element("title")?.text else {
                throw fail(book, Messages.missing("info/title"))
            }
            // The network is the book's author (`author/personname`); earlier files have it as
            // `authorgroup/author/orgname` or as `info/orgname`.
            let author = info.element("author") ?? info.element("authorgroup")?.element("author")
            let networkName = author?.element("personname")?.text ?? author?.element("orgname")?.text ?? info.element("orgname")?.text ?? ""
            let year =
                Int(book.id?.replacingOccurrences(of: "jaarverslag-", with: "") ?? "")
                ?? Int(title.filter(\.isNumber)) ?? 0
            var foreword: Foreword?
            var chapters: [Chapter] = []
            var shortName = networkName.split(separator: " ").first.map(String.init) ?? networkName
            for element in book.elements {
                switch element.name {
                case "info": continue
                case "preface": foreword = try self.foreword(from: element)
                case "chapter", "appendix":
                    let chapter = try self.chapter(from: element)
                    if let members = chapter.intro.blocks.lazy.compactMap({ if case .memberList(let list) = $0.kind { list } else { nil } })
                        .first
                    {
                        shortName = members.networkShortName
                    }
                    chapters.append(chapter)
                default: throw fail(element, Messages.unexpected(element.name, in: "book"))
                }
            }
            return Report(
                year: year, title: title, network: Network(name: networkName, shortName: shortName),
                numberedChapters: chapters.contains { $0.number != nil }, foreword: foreword, chapters: chapters)
        }

        func foreword(from preface: XMLElement) throws(Failure) -> Foreword {
            var signature: Signature?
            let signed = preface.elements.first { $0.name == "para" && $0.attribute("role") == "signature" }
            if let signed, let name = signed.element("personname")?.text {
                signature = Signature(name: name, role: signed.element("jobtitle")?.text)
            } else if let author = preface.element("info")?.element("author"), let name = author.element("personname")?.text {
                signature = Signature(name: name, role: author.element("affiliation")?.element("jobtitle")?.text)
            }
            return Foreword(
                id: preface.id ?? Manifest.forewordPillar, title: title(of: preface) ?? "",
                content: try content(body(of: preface)), signature: signature, source: path)
        }

        /// A title as a child, or inside `info` as files from before 2024 have it.
        func title(of element: XMLElement) -> String? {
            element.element("title")?.text ?? element.element("info")?.element("title")?.text
        }

        /// The blocks of a division: not its title, metadata, chairs, signature or sub-sections.
        func body(of element: XMLElement) -> [XMLElement] {
            element.elements.filter { child in
                !["title", "info", "section"].contains(child.name)
                    && !(child.name == "para" && ["chairs", "signature"].contains(child.attribute("role") ?? ""))
            }
        }

        func chapter(from element: XMLElement) throws(Failure) -> Chapter {
            let info = element.element("info")
            let rawID = element.id ?? ""
            let id = rawID.replacingOccurrences(of: "hoofdstuk.", with: "").replacingOccurrences(of: "bijlage.", with: "")
            var introGroup: Section.Origin?
            let group = info?.elements.first { element in
                element.name == "biblioid" && element.attribute("otherclass") == "group"
                    || element.name == "bibliomisc" && element.attribute("role") == "group"
            }
            if let group { introGroup = origin(group: group.text, of: element) }
            let sections = try element.elements.filter { $0.name == "section" }.map { (section) throws(Failure) in
                try self.section(from: section, isGroup: true)
            }
            var intro = try content(body(of: element))
            let introSections = sections.filter { $0.origin == nil }
            intro.subsections = introSections
            return Chapter(
                kind: element.name == "appendix" ? .appendix : .chapter, id: id,
                number: element.attribute("label").flatMap(Int.init), title: title(of: element) ?? "",
                intro: intro, introGroup: introGroup, sections: sections.filter { $0.origin != nil })
        }

        func section(from element: XMLElement, isGroup: Bool) throws(Failure) -> Section {
            guard let id = element.id, let title = title(of: element) else {
                throw fail(element, Messages.missing("section xml:id/title"))
            }
            // A group's section has a plain group id; a sub-section from a heading has `group.slug`.
            let isGroupSection = isGroup && !id.contains(".")
            var content = try self.content(body(of: element))
            content.subsections = try element.elements.filter { $0.name == "section" }.map { (inner) throws(Failure) in
                try self.section(from: inner, isGroup: false)
            }
            var origin: Section.Origin?
            if isGroupSection {
                origin = self.origin(group: id, of: element)
                origin?.status = element.attribute("status") == "draft" ? .draft : .final
            }
            return Section(id: id, title: title, origin: origin, content: content)
        }

        /// Chairs from `para role="chairs"`, earlier names from `info/bibliorelation`; files from
        /// before 2024 have `othercredit` and `bibliomisc role="formerly-<year>"` in `info`.
        func origin(group: String, of division: XMLElement) -> Section.Origin {
            var chairs: [Chair] = []
            var formerly: [FormerName] = []
            for element in division.element("info")?.elements ?? [] {
                if element.name == "othercredit" {
                    let role = Chair.Role(rawValue: element.attribute("otherclass") ?? "") ?? .voorzitter
                    let name = element.element("personname")?.text
                    let city = element.element("affiliation")?.element("orgname")?.text ?? element.element("orgname")?.text ?? ""
                    chairs.append(Chair(name: name, city: city, role: role))
                } else if element.name == "bibliorelation", element.attribute("type") == "replaces" {
                    let report = element.attribute("otherclass") ?? ""
                    formerly.append(FormerName(title: element.text, year: Int(report.replacingOccurrences(of: "jaarverslag-", with: ""))))
                } else if element.name == "bibliomisc", let role = element.attribute("role"), role.hasPrefix("formerly") {
                    formerly.append(FormerName(title: element.text, year: Int(role.replacingOccurrences(of: "formerly-", with: ""))))
                }
            }
            let listed = division.elements.first { $0.name == "para" && $0.attribute("role") == "chairs" }
            for phrase in listed?.elements ?? [] where phrase.name == "phrase" {
                chairs.append(
                    Chair(
                        name: phrase.element("personname")?.text, city: phrase.element("orgname")?.text ?? "",
                        role: Chair.Role(rawValue: phrase.attribute("role") ?? "") ?? .voorzitter))
            }
            return Section.Origin(group: group, path: path, chairs: chairs, formerly: formerly, status: .final)
        }

        func content(_ elements: [XMLElement]) throws(Failure) -> SectionContent {
            var blocks: [Block] = []
            for element in elements { blocks.append(try block(from: element)) }
            return SectionContent(blocks: blocks)
        }

        func block(from element: XMLElement) throws(Failure) -> Block {
            let location = TextLocation(path: path, line: element.line)
            switch element.name {
            case "para":
                if element.attribute("role") == "members" {
                    let cities = element.elements.filter { $0.name == "phrase" && $0.attribute("role") == "member" }.map(\.text)
                    let lead = element.children.first.flatMap { if case .text(let text) = $0 { text } else { nil } } ?? ""
                    let short = lead.components(separatedBy: " van de ").last?.components(separatedBy: " ").first ?? ""
                    return Block(.memberList(MemberList(cities: cities, networkShortName: short)), at: location)
                }
                return Block(.paragraph(try inlines(element)), at: location)
            case "bridgehead":
                return Block(.heading(level: 1, try inlines(element)), at: location)
            case "itemizedlist":
                return Block(.bulletList(try items(element)), at: location)
            case "orderedlist":
                if element.attribute("numeration") == "loweralpha" { return Block(.letteredList(try items(element)), at: location) }
                return Block(
                    .orderedList(start: element.attribute("startingnumber").flatMap(Int.init) ?? 1, try items(element)), at: location)
            case "blockquote":
                var blocks: [Block] = []
                for inner in element.elements { blocks.append(try block(from: inner)) }
                return Block(.blockQuote(blocks), at: location)
            default:
                throw fail(element, Messages.unexpected(element.name, in: "block"))
            }
        }

        func items(_ list: XMLElement) throws(Failure) -> [ListItem] {
            var items: [ListItem] = []
            for item in list.elements {
                guard item.name == "listitem" else { throw fail(item, Messages.unexpected(item.name, in: list.name)) }
                var blocks: [Block] = []
                for inner in item.elements { blocks.append(try block(from: inner)) }
                items.append(ListItem(blocks: blocks, at: TextLocation(path: path, line: item.line)))
            }
            return items
        }

        func inlines(_ element: XMLElement) throws(Failure) -> [Inline] {
            var result: [Inline] = []
            for child in element.children {
                switch child {
                case .text(let text): result.append(.text(text))
                case .entity(let name): throw fail(element, Messages.entity(name))
                case .element(let inner):
                    switch inner.name {
                    case "emphasis":
                        let children = try inlines(inner)
                        result.append(inner.attribute("role") == "strong" ? .strong(children) : .emphasis(children))
                    case "link":
                        result.append(
                            .link(destination: inner.attribute("href", namespace: DocBookRenderer.xlinkNamespace) ?? "", try inlines(inner))
                        )
                    case "phrase":
                        result += try inlines(inner)
                    default:
                        throw fail(inner, Messages.unexpected(inner.name, in: element.name))
                    }
                }
            }
            return result
        }
    }

    enum Messages {
        static let missing = Message(
            nl:
                "dit bestand bestaat niet; geef het pad van een DocBook-bestand dat `jaarverslag build` schreef, of een jaar met vier cijfers",
            en: "this file does not exist; give the path of a DocBook file written by `jaarverslag build`, or a year of four digits")
        static func unreadable(_ error: SystemError?) -> Message {
            let why = error.map { Message(nl: " (\($0.message.nl))", en: " (\($0.message.en))") } ?? .verbatim("")
            return Message(nl: "het bestand kan niet gelezen worden", en: "the file cannot be read") + why
                + Message(
                    nl: "; controleer of het er is en of u het mag lezen", en: "; check that it is there and that you may read it")
        }
        static let tooLarge = Message(
            nl: "het bestand is groter dan 64 MB en wordt niet gelezen", en: "the file is larger than 64 MB and is not read")
        static let notAFile = Message(
            nl: "dit is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat) en wordt niet gelezen",
            en: "this is not a regular file (but, for example, a pipe or a device) and is not read")
        static let doctype = Message(
            nl:
                "het bestand heeft een DOCTYPE; DocBook 5 heeft er geen nodig, en een DOCTYPE kan bestanden of netwerkadressen laten lezen, dus het wordt geweigerd",
            en:
                "the file has a DOCTYPE; DocBook 5 needs none, and a DOCTYPE can make a reader fetch files or network addresses, so it is refused"
        )
        static func encoding(_ name: String) -> Message {
            Message(
                nl:
                    "het bestand is in de tekencodering \(name) geschreven; `jaarverslag build` schrijft UTF-8, en alleen UTF-8 en UTF-16 worden gelezen",
                en:
                    "the file is written in the \(name) character encoding; `jaarverslag build` writes UTF-8, and only UTF-8 and UTF-16 are read"
            )
        }
        /// libxml2's own text is English; it is quoted inside a sentence that says what to do.
        static func notWellFormed(_ detail: String) -> Message {
            Message(
                nl: "het bestand is geen geldige XML (libxml2 meldt: \(detail)); vergelijk een bestand dat `jaarverslag build` schreef, "
                    + "of maak het opnieuw met `jaarverslag build <jaar>`",
                en: "the file is not well-formed XML (libxml2 says: \(detail)); compare a file written by `jaarverslag build`, "
                    + "or make it again with `jaarverslag build <year>`")
        }
        static let notDocBook = Message(
            nl: "het bestand is geen DocBook 5-boek (`book` in de DocBook-namespace) zoals `jaarverslag build` dat schrijft",
            en: "the file is not a DocBook 5 book (`book` in the DocBook namespace) as `jaarverslag build` writes it")
        static func missing(_ what: String) -> Message {
            Message(nl: "\(what) ontbreekt", en: "\(what) is missing")
        }
        static func unexpected(_ name: String, in parent: String) -> Message {
            Message(
                nl: "onverwacht element `\(name)` in `\(parent)`; alleen DocBook zoals `jaarverslag build` het schrijft wordt gelezen",
                en: "unexpected element `\(name)` in `\(parent)`; only DocBook as `jaarverslag build` writes it is read")
        }
        static func entity(_ name: String) -> Message {
            Message(nl: "entiteit `&\(name);` wordt niet uitgevouwen", en: "the entity `&\(name);` is not expanded")
        }
    }
}

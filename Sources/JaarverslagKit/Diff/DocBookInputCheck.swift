/// What a DocBook file given to `diff` must be before it is read into the model: what
/// `jaarverslag build` could have written. Its ids are well formed and unique, its links keep
/// to the link policy of fragments (`LinkPolicy`: no `javascript:`, nothing that hides where
/// it leads), and no element has more children than a valid year can give it. So a diff
/// marked in DocBook is built only from what a build could hold, and its validation stays fast.
struct DocBookInputCheck {
    let path: String

    /// The most children of one element: the sections of a chapter come from at most as many
    /// fragments as a year's folder may hold; anything else has at most the parts of one fragment.
    static let maxSections = FragmentFiles.maxFiles
    static let maxChildren = ReportLimits.blocksPerFragment + ReportLimits.markupPerFragment + ReportLimits.members

    func check(_ root: XMLElement) throws(DocBookReader.Failure) {
        var ids: [String: Int] = [:]
        var stack = [root]
        while let element = stack.popLast() {
            if let id = element.id {
                guard Self.isWellFormed(id) else { throw failure(element, Messages.badID(id)) }
                if let first = ids[id] { throw failure(element, Messages.duplicateID(id, first: first)) }
                ids[id] = element.line
            }
            if let href = element.attribute("href", namespace: DocBookRenderer.xlinkNamespace), let problem = LinkPolicy.problem(in: href) {
                throw failure(element, Messages.badLink(href, problem))
            }
            let children = element.elements
            let limit = element.name == "chapter" || element.name == "appendix" ? Self.maxSections : Self.maxChildren
            if children.count > limit { throw failure(element, Messages.tooManyChildren(element.name, limit)) }
            stack += children
        }
    }

    /// The ids `build` writes: lowercase letters, digits and hyphens in parts joined by dots
    /// (`hoofdstuk.sociaal`, `wonen.aanloop`), each part starting with a letter or digit.
    static func isWellFormed(_ id: String) -> Bool {
        guard id.count <= 200, let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    private func failure(_ element: XMLElement, _ message: Message) -> DocBookReader.Failure {
        DocBookReader.Failure(path: path, line: element.line, message: message)
    }

    enum Messages {
        static func badID(_ id: String) -> Message {
            Message(
                nl: "het id `\(id)` is niet zoals `jaarverslag build` ids schrijft (kleine letters, cijfers, streepjes en punten)",
                en: "the id `\(id)` is not as `jaarverslag build` writes ids (lowercase letters, digits, hyphens and dots)")
        }
        static func duplicateID(_ id: String, first: Int) -> Message {
            Message(
                nl: "het id `\(id)` staat er twee keer (eerst op regel \(first)); een id hoort uniek te zijn",
                en: "the id `\(id)` occurs twice (first on line \(first)); an id must be unique")
        }
        static func badLink(_ href: String, _ problem: LinkPolicy.Problem) -> Message {
            let reason = LinkURLRule.Messages.invalid(href, problem)
            return Message(nl: "een link die `build` niet zou schrijven: \(reason.nl)", en: "a link `build` would not write: \(reason.en)")
        }
        static func tooManyChildren(_ name: String, _ limit: Int) -> Message {
            Message(
                nl: "het element `\(name)` heeft meer dan \(limit) onderdelen; zo groot wordt geen jaarverslag",
                en: "the element `\(name)` has more than \(limit) parts; no annual report is that large")
        }
    }
}

/// The top of the diff page: what changed in the report's structure, who has not handed in
/// yet, and a link to every section whose text changed.
extension DiffPage {
    func writeSummary(to writer: XMLWriter) {
        let diff = comparison.diff
        // Built once: a page links to every changed section, and building it per link made a
        // report of 4,000 sections take 20 seconds.
        let anchors = self.anchors
        writer.startBlock("section", attributes: [("class", "samenvatting")])
        writer.line("h2", say(Messages.summary))
        writer.startBlock("dl", attributes: [("class", "overzicht")])
        if let network = diff.network {
            entry(Messages.network, to: writer) { change(from: network.from, to: network.to, writer) }
        }
        entry(Messages.members, to: writer) {
            writer.text("\(diff.members.countBefore) → \(diff.members.countAfter)")
            names(diff.members.joined, label: Messages.joined, mark: "ins", writer)
            names(diff.members.left, label: Messages.left, mark: "del", writer)
        }
        if let signatory = diff.signatory {
            entry(Messages.signatory, to: writer) { change(from: signatory.from ?? "", to: signatory.to ?? "", writer) }
        }
        entry(Messages.text, to: writer) {
            let added = diff.sections.reduce(0) { $0 + $1.text.added }
            let removed = diff.sections.reduce(0) { $0 + $1.text.removed }
            writer.text(say(Messages.textCounts(diff.sections.count, added, removed, diff.unchanged.count)))
        }
        writer.endBlock()
        list(Messages.chapters, diff.chapters, to: writer) { change in
            switch change.change {
            case .added: marked("ins", change.title, writer); writer.text(say(Messages.new))
            case .removed: marked("del", change.title, writer); writer.text(say(Messages.gone))
            case .renamed:
                self.change(from: change.oldTitle ?? "", to: change.title, writer)
                writer.text(say(Messages.renamed))
            }
        }
        list(Messages.groups, diff.groups, to: writer) { change in
            switch change.change {
            case .added:
                link(change.title, to: change.group, anchors, writer)
                writer.text(" (\(change.chapter))" + say(Messages.new))
            case .removed:
                marked("del", change.title, writer)
                writer.text(" (\(change.chapter))" + say(Messages.gone))
            case .matched:
                link(change.title, to: change.group, anchors, writer)
                if change.renamed { writer.text(say(Messages.renamedFrom(change.oldTitle ?? ""))) }
                if change.moved { writer.text(say(Messages.moved(change.oldChapter ?? "", change.chapter))) }
            }
        }
        list(Messages.chairs, diff.chairs, to: writer) { change in
            link(change.title, to: change.group, anchors, writer)
            writer.text(": ")
            self.change(from: change.before.joined(separator: "; "), to: change.after.joined(separator: "; "), writer)
        }
        list(Messages.pending, diff.pending ?? [], to: writer) { pending in
            writer.text((pending.title.map { "\($0) (\(pending.group))" } ?? pending.group) + ", \(pending.chapter)")
            writer.text(say(pending.state == .missing ? Messages.missing : Messages.draft))
        }
        list(Messages.changedTexts, diff.sections, to: writer) { section in
            link(section.title, to: section.group, anchors, writer)
            let share = Int((section.text.share * 100).rounded())
            writer.text(say(Messages.sectionCounts(section.text.added, section.text.removed, share)))
        }
        writer.endBlock()
    }

    private func entry(_ term: Message, to writer: XMLWriter, _ value: () -> Void) {
        writer.startBlock("div")
        writer.line("dt", say(term))
        writer.startLine("dd")
        value()
        writer.endLine()
        writer.endBlock()
    }

    /// A heading and a list, when there is anything to list.
    private func list<Item>(_ heading: Message, _ items: [Item], to writer: XMLWriter, _ item: (Item) -> Void) {
        guard !items.isEmpty else { return }
        writer.line("h3", say(heading))
        writer.startBlock("ul")
        for each in items {
            writer.startLine("li")
            item(each)
            writer.endLine()
        }
        writer.endBlock()
    }

    /// `old → new`, with a dash for what was not there.
    private func change(from old: String, to new: String, _ writer: XMLWriter) {
        if old.isEmpty { writer.text("—") } else { marked("del", old, writer) }
        writer.text(" → ")
        if new.isEmpty { writer.text("—") } else { marked("ins", new, writer) }
    }

    private func names(_ names: [String], label: Message, mark: String, _ writer: XMLWriter) {
        guard !names.isEmpty else { return }
        writer.text("; " + say(label) + ": ")
        for (index, name) in names.enumerated() {
            writer.text(index == 0 ? "" : index == names.count - 1 ? say(Messages.and) : ", ")
            marked(mark, name, writer)
        }
    }

    private func marked(_ element: String, _ text: String, _ writer: XMLWriter) {
        writer.startInline(element)
        writer.text(text)
        writer.endInline()
    }

    /// A link to the group's place on the page, where it has one.
    private func link(_ text: String, to group: String, _ anchors: [String: String], _ writer: XMLWriter) {
        guard let anchor = anchors[group] else { return writer.text(text) }
        writer.startInline("a", attributes: [("href", "#" + anchor)])
        writer.text(text)
        writer.endInline()
    }

    /// Where each group of the new report is on the page: its section, or for a chapter's
    /// opening text the chapter.
    var anchors: [String: String] {
        var anchors: [String: String] = [:]
        if let foreword = comparison.new.foreword { anchors[foreword.id] = foreword.id }
        for chapter in comparison.new.chapters {
            if let origin = chapter.introGroup { anchors[origin.group] = "hoofdstuk." + chapter.id }
            for section in chapter.sections { anchors[section.id] = section.id }
        }
        return anchors
    }
}

extension DiffPage.Messages {
    static let summary = Message(nl: "Samenvatting", en: "Summary")
    static let and = Message(nl: " en ", en: " and ")
    static let network = Message(nl: "Netwerk", en: "Network")
    static let members = Message(nl: "Leden", en: "Members")
    static let joined = Message(nl: "erbij", en: "joined")
    static let left = Message(nl: "vertrokken", en: "left")
    static let signatory = Message(nl: "Voorwoord ondertekend door", en: "Foreword signed by")
    static let text = Message(nl: "Tekst", en: "Text")
    static let chapters = Message(nl: "Hoofdstukken", en: "Chapters")
    static let groups = Message(nl: "Groepen", en: "Groups")
    static let chairs = Message(nl: "Voorzitters en trekkers", en: "Chairs and trekkers")
    static let pending = Message(nl: "Nog niet ingeleverd", en: "Not yet submitted")
    static let changedTexts = Message(nl: "Gewijzigde teksten", en: "Changed texts")
    static let new = Message(nl: ": nieuw", en: ": new")
    static let gone = Message(nl: ": vervallen", en: ": removed")
    static let renamed = Message(nl: ": andere naam", en: ": renamed")
    static let missing = Message(nl: ": ontbreekt", en: ": missing")
    static let draft = Message(nl: ": nog concept", en: ": still a draft")
    static func renamedFrom(_ old: String) -> Message {
        Message(nl: "; heette \(old)", en: "; was called \(old)")
    }
    static func moved(_ from: String, _ to: String) -> Message {
        Message(nl: "; verplaatst van \(from) naar \(to)", en: "; moved from \(from) to \(to)")
    }
    static func textCounts(_ changed: Int, _ added: Int, _ removed: Int, _ unchanged: Int) -> Message {
        Message(
            nl: "\(changed) secties gewijzigd (\(added) woorden erbij, \(removed) weg), \(unchanged) ongewijzigd",
            en: "\(changed) sections changed (\(added) words added, \(removed) removed), \(unchanged) unchanged")
    }
    static func sectionCounts(_ added: Int, _ removed: Int, _ share: Int) -> Message {
        Message(
            nl: ": \(added) woorden erbij, \(removed) weg (\(share)% gewijzigd)",
            en: ": \(added) words added, \(removed) removed (\(share)% changed)")
    }
}

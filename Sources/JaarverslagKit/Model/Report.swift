/// The assembled annual report: the one document model that every renderer and the diff
/// share. Nothing in it refers to Markdown or XML.
public struct Report: Hashable, Sendable {
    public var year: Int
    public var title: String
    public var network: Network
    public var numberedChapters: Bool
    public var foreword: Foreword?
    /// Chapters in printed order; a member-list appendix, if any, comes last.
    public var chapters: [Chapter]
    /// A draft edition: built on purpose before every text is final (missing groups, texts in
    /// draft or waiting for approval). Every renderer marks it on the cover, so a draft can never
    /// pass for the published report.
    public var isDraft = false

    public init(year: Int, title: String, network: Network, numberedChapters: Bool, foreword: Foreword?, chapters: [Chapter]) {
        self.year = year
        self.title = title
        self.network = network
        self.numberedChapters = numberedChapters
        self.foreword = foreword
        self.chapters = chapters
    }

    /// The member list wherever it is printed.
    public var memberList: MemberList? {
        for chapter in chapters {
            for block in chapter.intro.blocks {
                if case .memberList(let list) = block.kind { return list }
            }
        }
        return nil
    }
}

/// The foreword (voorwoord) with its signature.
public struct Foreword: Hashable, Sendable {
    public var id: String
    public var title: String
    public var content: SectionContent
    public var signature: Signature?
    public var source: String?
    /// Set only in a report that shows its changes: `added` for a foreword new this year.
    public var revision: Revision? = nil
}

/// A chapter: a pillar, another group of sections, or the member-list appendix.
public struct Chapter: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case chapter
        case appendix
    }

    public var kind: Kind
    public var id: String
    /// `1`, `2`, … when the year's style numbers chapters.
    public var number: Int?
    public var title: String
    /// Text directly under the chapter heading (from the chapter's intro group), with the
    /// member list at its end where the manifest puts it there.
    public var intro: SectionContent
    /// The group whose fragment supplied `intro`, if any.
    public var introGroup: Section.Origin?
    public var sections: [Section]
    /// Set only in a report that shows its changes since an earlier year.
    public var revision: Revision? = nil

    /// `1. Algemeen` or `Pijler Sociaal`
    public var numberedTitle: String {
        number.map { "\($0). \(title)" } ?? title
    }
}

/// A section of a chapter (one theme group), or a sub-section made from a heading.
public struct Section: Hashable, Sendable {
    /// Stable id, used as `xml:id`: the group id, or `group.heading-slug` for a sub-section.
    public var id: String
    public var title: String
    /// Set on sections that are a group's fragment; nil on sub-sections from headings.
    public var origin: Origin?
    public var content: SectionContent
    /// Set only in a report that shows its changes since an earlier year; a deleted section
    /// marks everything inside it deleted too.
    public var revision: Revision? = nil

    /// Where a group section came from and what the front matter says about the group.
    public struct Origin: Hashable, Sendable {
        public var group: String
        public var path: String
        public var chairs: [Chair]
        public var formerly: [FormerName]
        public var status: FrontMatter.Status
    }
}

/// Blocks, then sub-sections, as DocBook wants it.
public struct SectionContent: Hashable, Sendable {
    public var blocks: [Block]
    public var subsections: [Section]

    public init(blocks: [Block] = [], subsections: [Section] = []) {
        self.blocks = blocks
        self.subsections = subsections
    }

    public var isEmpty: Bool { blocks.isEmpty && subsections.isEmpty }
}

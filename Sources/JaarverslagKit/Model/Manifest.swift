/// The coordinator's plan for one year's report: `reports/<year>/report.yaml`.
public struct Manifest: Hashable, Sendable {
    public var path: String
    public var year: Int
    public var title: String
    public var network: Network
    /// 2014 prints `1. Algemeen`; 2023 prints chapter titles without numbers.
    public var numberedChapters: Bool
    /// Group id of the foreword fragment, if the report has one.
    public var foreword: Located<String>?
    public var chapters: [ChapterPlan]
    public var members: Members
    /// The coordinator's additions to the Word style map (`import:`), for `jaarverslag import`.
    public var importStyles: ImportStyleMap
    /// The member cities of the most recent earlier year with a manifest, when known: new
    /// members and chairs' cities are checked against them.
    public var earlierMembers: EarlierMembers?

    public init(
        path: String, year: Int, title: String, network: Network, numberedChapters: Bool,
        foreword: Located<String>?, chapters: [ChapterPlan], members: Members, importStyles: ImportStyleMap = ImportStyleMap()
    ) {
        self.path = path
        self.year = year
        self.title = title
        self.network = network
        self.numberedChapters = numberedChapters
        self.foreword = foreword
        self.chapters = chapters
        self.members = members
        self.importStyles = importStyles
    }

    /// The chapter id fragments use for the foreword.
    public static let forewordPillar = "voorwoord"

    public func chapter(id: String) -> ChapterPlan? {
        chapters.first { $0.id == id }
    }

    /// Every group the manifest expects, with the place it is named.
    public var expectedGroups: [(group: Located<String>, chapter: String)] {
        var result: [(Located<String>, String)] = []
        if let foreword { result.append((foreword, Self.forewordPillar)) }
        for chapter in chapters {
            if let intro = chapter.intro { result.append((intro, chapter.id)) }
            result += chapter.groups.map { ($0, chapter.id) }
        }
        return result
    }
}

/// The member cities of an earlier year.
public struct EarlierMembers: Hashable, Sendable {
    public var year: Int
    public var cities: [String]

    public init(year: Int, cities: [String]) {
        self.year = year
        self.cities = cities
    }
}

/// The network that publishes the report; renamed from G32 to G40 in 2017.
public struct Network: Hashable, Sendable {
    /// `G40 Stedennetwerk`
    public var name: String
    /// `G40`, as in `De 41 gemeenten van de G40 zijn: …`
    public var shortName: String

    public init(name: String, shortName: String) {
        self.name = name
        self.shortName = shortName
    }
}

/// A chapter as the manifest plans it: a pillar or another chapter, with its expected groups.
public struct ChapterPlan: Hashable, Sendable {
    public var id: String
    public var title: String
    /// A group whose text opens the chapter without a heading of its own.
    public var intro: Located<String>?
    public var groups: [Located<String>]
    public var location: TextLocation

    public init(id: String, title: String, intro: Located<String>?, groups: [Located<String>], location: TextLocation) {
        self.id = id
        self.title = title
        self.intro = intro
        self.groups = groups
        self.location = location
    }
}

/// The member cities of the year and where their list is printed.
public struct Members: Hashable, Sendable {
    public enum Placement: Hashable, Sendable {
        /// At the end of this chapter's opening text.
        case chapter(String)
        /// As a closing appendix with this title.
        case appendix(title: String)
    }

    public var cities: [Located<String>]
    public var placement: Placement

    public init(cities: [Located<String>], placement: Placement) {
        self.cities = cities
        self.placement = placement
    }
}

/// Everything that changed between two reports: structure first, then text per section.
/// Its JSON form (`--format json`) is versioned by `schemaVersion`.
public struct YearDiff: Hashable, Sendable, Codable {
    public static let currentSchemaVersion = 1

    public var schema = "jaarverslag-diff"
    public var schemaVersion = YearDiff.currentSchemaVersion
    public var old: Side
    public var new: Side
    /// Set when the network's name changed (G32 → G40).
    public var network: Rename?
    public var members: Members
    public var chapters: [ChapterChange]
    public var groups: [GroupChange]
    public var chairs: [ChairChange]
    /// Set when the foreword's signatory changed.
    public var signatory: SignatoryChange?
    /// Matched sections whose text changed, in the new report's order.
    public var sections: [SectionChange]
    /// Group ids of matched sections whose text did not change.
    public var unchanged: [String]
    /// Groups of the new report not handed in yet: missing (known only when the new side is
    /// a year, from its manifest) or still in draft. Absent when there are none. A missing
    /// group is not removed: a diff made in the middle of a year reads right.
    public var pending: [Pending]? = nil
    /// Fragments left out of the comparison because they have errors, with their first error.
    public var skipped: [Skipped] = []

    public var isEmpty: Bool {
        network == nil && members.joined.isEmpty && members.left.isEmpty && chapters.isEmpty && groups.isEmpty
            && chairs.isEmpty && signatory == nil && sections.isEmpty
    }

    public struct Skipped: Hashable, Sendable, Codable {
        /// `old` or `new`.
        public var side: String
        public var path: String
        public var rule: String
        public var message: Message
    }

    public struct Side: Hashable, Sendable, Codable {
        /// What the user named: a year or a file.
        public var source: String
        public var year: Int
        public var title: String
        public var network: String
    }

    public struct Rename: Hashable, Sendable, Codable {
        public var from: String
        public var to: String
    }

    public struct Members: Hashable, Sendable, Codable {
        public var joined: [String]
        public var left: [String]
        public var countBefore: Int
        public var countAfter: Int
    }

    public struct ChapterChange: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable { case added, removed, renamed }
        public enum Match: String, Hashable, Sendable, Codable { case id, groups, similarity }
        public var change: Kind
        public var id: String
        public var oldID: String?
        public var title: String
        public var oldTitle: String?
        /// For a match by title similarity: the score from 0 to 1.
        public var similarity: Double?
        /// How a renamed chapter was recognised: the same id, the same groups, or a similar title.
        public var matchedBy: Match? = nil
    }

    public struct GroupChange: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable { case added, removed, matched }
        public enum Match: String, Hashable, Sendable, Codable { case id, formerName = "former-name", similarity }
        public var change: Kind
        /// The group id in the new report (the old one for a removed group).
        public var group: String
        public var oldGroup: String?
        public var title: String
        public var oldTitle: String?
        public var chapter: String
        public var oldChapter: String?
        public var matchedBy: Match?
        public var similarity: Double?
        public var renamed: Bool
        public var moved: Bool
    }

    public struct ChairChange: Hashable, Sendable, Codable {
        public var group: String
        public var title: String
        public var before: [String]
        public var after: [String]
    }

    public struct SignatoryChange: Hashable, Sendable, Codable {
        public var from: String?
        public var to: String?
    }

    public struct Pending: Hashable, Sendable, Codable {
        public enum State: String, Hashable, Sendable, Codable { case missing, draft }
        public var group: String
        /// The group's title: its draft's, or for a missing group last year's, when known.
        public var title: String?
        /// The title of the chapter it belongs in.
        public var chapter: String
        public var state: State
    }

    public struct SectionChange: Hashable, Sendable, Codable {
        public var group: String
        public var oldGroup: String
        public var title: String
        public var text: WordDiff
        /// Rewritten beyond `Differ.rewriteShare`: shown as a summary, not word by word.
        public var rewritten: Bool = false
        /// The first paragraph before and after, shortened, for the summary of a rewrite.
        public var firstBefore: String? = nil
        public var firstAfter: String? = nil
    }
}

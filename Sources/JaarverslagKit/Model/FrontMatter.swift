import Foundation

/// The typed header of a fragment, as the secretary wrote it.
///
/// Required fields are optional here because a broken header must still load far enough
/// to report every other problem; validation reports what is missing.
public struct FrontMatter: Hashable, Sendable {
    public var year: Located<Int>?
    public var pillar: Located<String>?
    public var group: Located<String>?
    public var title: Located<String>?
    public var status: Located<Status>?
    public var order: Located<Int>?
    public var chairs: [Chair] = []
    public var secretary: Secretary?
    public var formerly: [FormerName] = []
    public var signature: Signature?
    /// Dates the group met in the report year.
    public var meetings: [Located<MeetingDate>] = []
    /// Warnings the secretary has checked and wants silenced for this fragment.
    public var ignore: [Located<String>] = []
    /// Where the front matter starts (the opening `---`).
    public var location: TextLocation

    public init(location: TextLocation) {
        self.location = location
    }

    /// Where a fragment stands. `draft` is being written (and a text the coordinator sent back
    /// is a draft again); `submitted` has been handed in through the portal and waits for the
    /// coordinator's approval; `final` is ready for the report: approved in the portal, or
    /// handed in as final without it. Only `final` counts as done for `status --final`, and the
    /// renderers mark anything else as a draft.
    public enum Status: String, Hashable, Sendable, CaseIterable, Codable {
        case draft
        case submitted
        case final

        /// The Dutch words secretaries write as well: `concept`, `ingeleverd`, `definitief`.
        public static let dutch: [String: Status] = ["concept": .draft, "ingeleverd": .submitted, "definitief": .final]

        public var isFinal: Bool { self == .final }
    }
}

/// A chair (voorzitter) or trekker of a theme group, with the city they speak for.
public struct Chair: Hashable, Sendable, Codable {
    public var name: String?
    public var city: String
    public var role: Role
    public var location: TextLocation?

    public init(name: String?, city: String, role: Role, location: TextLocation? = nil) {
        self.name = name
        self.city = city
        self.role = role
        self.location = location
    }

    public enum Role: String, Hashable, Sendable, CaseIterable, Codable {
        case voorzitter
        case vicevoorzitter
        case trekker
    }

    private enum CodingKeys: String, CodingKey { case name, city, role }
}

/// The secretary who hands the fragment in.
public struct Secretary: Hashable, Sendable {
    public var name: String
    public var email: String?
}

/// A name the group had in an earlier year; the diff uses it to match renamed groups.
public struct FormerName: Hashable, Sendable, Codable {
    public var title: String
    public var year: Int?

    public init(title: String, year: Int?) {
        self.title = title
        self.year = year
    }
}

/// Who signs the foreword, printed under it.
public struct Signature: Hashable, Sendable {
    public var name: String
    public var role: String?

    public init(name: String, role: String?) {
        self.name = name
        self.role = role
    }

    /// `Paul Depla, voorzitter G40 Stedennetwerk`
    public var line: String {
        [name, role].compactMap { $0 }.joined(separator: ", ")
    }
}

/// A date in `YYYY-MM-DD` form, as written in the front matter.
public struct MeetingDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(_ text: String) {
        guard case .success(let date) = Self.parse(text) else { return nil }
        self = date
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// What is wrong with a text that is not a date, so the message can say it.
    public enum Problem: Error, Hashable, Sendable {
        case notADate
        case month(Int)
        case day(Int, month: Int, year: Int, days: Int)
        /// `13-01-2024`: day first, as people write dates; this is how it is written here.
        case dayFirst(written: String)
    }

    public static func parse(_ text: String) -> Result<MeetingDate, Problem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2])
        else { return .failure(.notADate) }
        if parts[0].count <= 2, parts[2].count == 4 {
            let written = String(format: "%04d-%02d-%02d", third, second, first)
            return .failure(MeetingDate(written) == nil ? .notADate : .dayFirst(written: written))
        }
        guard parts[0].count == 4 else { return .failure(.notADate) }
        guard (1...12).contains(second) else { return .failure(.month(second)) }
        let days = daysIn(month: second, year: first)
        guard (1...days).contains(third) else { return .failure(.day(third, month: second, year: first, days: days)) }
        return .success(MeetingDate(year: first, month: second, day: third))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var text: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}

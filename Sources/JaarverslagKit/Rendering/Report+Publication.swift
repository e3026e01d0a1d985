/// The date every output carries: DocBook's `pubdate`, the page's `dcterms.created` (the
/// PDF's creation date) and the fonts' timestamps (`SOURCE_DATE_EPOCH`). It comes from the
/// report, never from the clock, so two builds give the same bytes. The manifest records no
/// day of publication, so it is the report's year.
extension Report {
    /// `2023`
    public var publicationDate: String { String(year) }

    /// 1 January of the report's year, 00:00 UTC, in seconds since 1970 (0 for earlier years).
    public var sourceDateEpoch: Int {
        func leapYears(before year: Int) -> Int { (year - 1) / 4 - (year - 1) / 100 + (year - 1) / 400 }
        guard year > 1970 else { return 0 }
        return ((year - 1970) * 365 + leapYears(before: year) - leapYears(before: 1970)) * 86_400
    }
}

extension Report {
    /// The line on the cover of a draft edition. The report's own words are Dutch.
    public static let draftMark = "Conceptversie – nog niet alle teksten zijn definitief"
}

/// Meeting dates in the front matter belong to the report year; a date in another year is
/// usually a typo or a fragment copied from last year.
struct MeetingDateRule: ValidationRule {
    let rules: [Rule] = [.dateOutsideYear]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment in
            fragment.frontMatter.meetings.compactMap { meeting -> Diagnostic? in
                guard meeting.value.year != year.manifest.year else { return nil }
                return Diagnostic(
                    .dateOutsideYear, Messages.outside(meeting.value.text, year: year.manifest.year),
                    at: meeting.location, fix: Messages.fix, sourceLine: fragment.line(meeting.location.line))
            }
        }
    }

    enum Messages {
        static func outside(_ date: String, year: Int) -> Message {
            Message(nl: "de datum \(date) valt niet in \(year)", en: "the date \(date) is not in \(year)")
        }
        static let fix = Message(nl: "controleer het jaartal van de datum", en: "check the year of the date")
    }
}

extension Rule {
    static let dateOutsideYear = Rule(
        "date-outside-year", .warning, stage: .lint, ignorable: true,
        summary: Message(nl: "een datum onder `meetings` buiten het verslagjaar", en: "a date under `meetings` outside the report year"))
}

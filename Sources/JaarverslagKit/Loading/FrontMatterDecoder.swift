/// Turns the YAML front matter of a fragment into a `FrontMatter`, reporting every field
/// that is unknown, missing or of the wrong type.
struct FrontMatterDecoder {
    static let fields = [
        "year", "pillar", "group", "title", "status", "order", "chairs", "secretary", "formerly", "signature", "meetings", "ignore",
    ]

    static func decode(_ yaml: String, context: YAMLContext, location: TextLocation) -> FrontMatter {
        var frontMatter = FrontMatter(location: location)
        if yaml.isBlank {
            context.add(Diagnostic(.missingField, Messages.empty, at: location, fix: Messages.emptyFix))
            return frontMatter
        }
        guard let root = context.compose(yaml),
            let reader = MappingReader(root, context: context, what: Messages.frontMatter, allowedKeys: fields)
        else { return frontMatter }

        frontMatter.year = reader.int("year", required: true)
        frontMatter.pillar = reader.string("pillar", required: true)
        frontMatter.group = reader.string("group", required: true)
        frontMatter.title = reader.string("title", required: true)
        frontMatter.status = reader.choice("status", of: FrontMatter.Status.self, aliases: FrontMatter.Status.dutch)
        frontMatter.order = reader.int("order")
        frontMatter.chairs = reader.list("chairs").compactMap { chair($0, context: context) }
        frontMatter.formerly = reader.list("formerly").compactMap { formerName($0, context: context) }
        frontMatter.meetings = reader.strings("meetings", itemMessage: Messages.meetingNotDate).compactMap { text in
            switch MeetingDate.parse(text.value) {
            case .success(let date): return Located(date, at: text.location)
            case .failure(let problem):
                context.add(
                    Diagnostic(
                        .wrongType, Messages.notADate(text.value, problem), at: text.location, fix: Messages.meetingNotDate,
                        sourceLine: context.sourceLine(text.location.line)))
                return nil
            }
        }
        frontMatter.ignore = reader.strings("ignore", itemMessage: Messages.ignoreNotRule)
        if let node = reader.value("secretary"),
            let secretary = MappingReader(node, context: context, what: Messages.secretary, allowedKeys: ["name", "email"]),
            let name = secretary.string("name", required: true)
        {
            frontMatter.secretary = Secretary(name: name.value, email: secretary.string("email")?.value)
        }
        if let node = reader.value("signature"),
            let signature = MappingReader(node, context: context, what: Messages.signature, allowedKeys: ["name", "role"]),
            let name = signature.string("name", required: true)
        {
            frontMatter.signature = Signature(name: name.value, role: signature.string("role")?.value)
        }
        return frontMatter
    }

    private static func chair(_ node: YAMLNode, context: YAMLContext) -> Chair? {
        guard let reader = MappingReader(node, context: context, what: Messages.chair, allowedKeys: ["name", "city", "role"]),
            let city = reader.string("city", required: true)
        else { return nil }
        let role = reader.choice("role", of: Chair.Role.self)?.value ?? .voorzitter
        return Chair(name: reader.string("name")?.value, city: city.value, role: role, location: city.location)
    }

    private static func formerName(_ node: YAMLNode, context: YAMLContext) -> FormerName? {
        if let title = node.string, !title.isEmpty {
            return FormerName(title: title, year: nil)
        }
        guard let reader = MappingReader(node, context: context, what: Messages.formerName, allowedKeys: ["title", "year"]),
            let title = reader.string("title", required: true)
        else { return nil }
        return FormerName(title: title.value, year: reader.int("year")?.value)
    }

    enum Messages {
        static let frontMatter = Message(nl: "de kopgegevens", en: "the front matter")
        static let chair = Message(nl: "een voorzitter of trekker (onder `chairs`)", en: "a chair or trekker (under `chairs`)")
        static let secretary = Message(nl: "`secretary`", en: "`secretary`")
        static let signature = Message(nl: "`signature`", en: "`signature`")
        static let formerName = Message(nl: "een eerdere naam (onder `formerly`)", en: "an earlier name (under `formerly`)")
        static let empty = Message(nl: "de kopgegevens zijn leeg", en: "the front matter is empty")
        static let months = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        ]
        static let monthsEnglish = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        static func notADate(_ text: String, _ problem: MeetingDate.Problem) -> Message {
            switch problem {
            case .notADate:
                return Message(nl: "`\(text)` is geen datum", en: "`\(text)` is not a date")
            case .month(let month):
                return Message(
                    nl: "`\(text)`: de maand \(month) bestaat niet (een datum is JJJJ-MM-DD, de maand staat in het midden)",
                    en: "`\(text)`: there is no month \(month) (a date is YYYY-MM-DD, the month in the middle)")
            case .day(let day, let month, let year, let days):
                return Message(
                    nl: "`\(text)`: \(months[month - 1]) \(year) heeft \(days) dagen, geen \(day)",
                    en: "`\(text)`: \(monthsEnglish[month - 1]) \(year) has \(days) days, not \(day)")
            case .dayFirst(let written):
                return Message(
                    nl: "`\(text)`: schrijf de datum met het jaar voorop, als \(written)",
                    en: "`\(text)`: write the date with the year first, as \(written)")
            }
        }
        static let meetingNotDate = Message(
            nl: "een datum onder `meetings` schrijft u als JJJJ-MM-DD, bijvoorbeeld 2023-03-14",
            en: "a date under `meetings` is written YYYY-MM-DD, for example 2023-03-14")
        static let ignoreNotRule = Message(
            nl: "`ignore` is een lijst van regel-id's, zoals [mixed-quotes]", en: "`ignore` is a list of rule ids, such as [mixed-quotes]")
        static let emptyFix = Message(
            nl: "vul tussen de regels `---` ten minste year, pillar, group en title in",
            en: "fill in at least year, pillar, group and title between the `---` lines")
    }
}

import Foundation

/// An e-mail signature or contact details pasted at the end of a fragment (`Met vriendelijke
/// groet`, a name, `T 06-12345678`, `j.jansen@gemeente.nl`), or the head of a forwarded e-mail
/// (`Van:`, `Aan:`, `Onderwerp:`), would be published in the annual report. A line that is nothing but a phone number or an e-mail address is reported
/// anywhere; the signature block at the end once, from its first line. A mobile number inside
/// a sentence (`bel Petra op 06-12345678`) is reported too: a 06 number is a person's own, where
/// an office's number or address may be meant to be published. Deleting is the secretary's
/// call: nothing is removed automatically.
struct ContactDetailsRule: ValidationRule {
    let rules: [Rule] = [.contactDetails]

    /// `T 06-12345678`, `Tel.: 030 - 123 45 67`, `M +31 6 1234 5678`
    static let phone = NSRegularExpression(
        #"^(?:(?:T|M|F|Tel|Telefoon|Mob|Mobiel|Mobile|Phone|Fax|Direct|Telefoonnummer)\.?\s*:?\s*)?(?:\+31|0031|0)[\s()\-.0-9]{8,}$"#)
    /// `06-12345678`, `06 1234 5678`, `+31 6 12345678`, `+31 (0)6-1234 5678` inside a sentence.
    /// The eight digits are written together or in the groups people use (4 4, 2 2 2 2, 3 3 2),
    /// so that a date (`06-12-2023 14:00`) is no number; not inside a word or an address.
    static let mobile = NSRegularExpression(
        #"(?<![\w/+=.\-])(?:\+31[ -]?(?:\(0\))?[ -]?6|0031[ -]?6|06)[ -]?(?:\d{8}|\d{4}[ -]\d{4}|\d{2}(?:[ -]\d{2}){3}|\d{3}[ -]\d{3}[ -]\d{2})(?![\w\-])"#
    )
    /// `j.jansen@delft.nl`, `E: j.jansen@delft.nl`
    static let email = NSRegularExpression(#"^(?:(?:E|E-mail|Email|Mail)\.?\s*:?\s*)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$"#)
    /// `Met vriendelijke groet,`
    static let greeting = NSRegularExpression(
        #"^(?i:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en|jes)?|kind regards|best regards|regards)\s*,?$"#
    )

    /// `Van: Jan Jansen <j.jansen@gouda.nl>`, `Onderwerp: …`: the head of a forwarded e-mail.
    static let header = NSRegularExpression(
        #"^(?i:van|verzonden|aan|cc|onderwerp|datum|from|sent|to|subject|date)\s*:\s*\S"#)

    enum Kind { case phone, email, greeting }

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            let text = fragment.text
            guard
                text.containsByte(UInt8(ascii: "@")) || text.containsBytes("roet") || text.containsBytes("egards")
                    || Self.mayHavePhoneNumber(text)
            else { return [] }
            let body = year.body(fragment)
            let kinds = body.lines.map { Self.kind(of: $0.text) }
            let block = Self.signatureStart(body.lines, kinds)
            let lastLine = body.lines.last { !$0.text.isBlank }?.number ?? 0
            var diagnostics: [Diagnostic] = []
            // The head of a forwarded e-mail: two or more header lines in a row.
            var headerRun: [BodyText.Line] = []
            func flushHeader() {
                if headerRun.count >= 2, let first = headerRun.first, let last = headerRun.last {
                    diagnostics.append(
                        Diagnostic(
                            .contactDetails, Messages.header(from: first.number, to: last.number),
                            at: TextLocation(path: fragment.path, line: first.number, column: 1), fix: Messages.headerFix,
                            sourceLine: String(first.text)))
                }
                headerRun = []
            }
            for line in body.lines {
                // The expression needs a colon; most lines have none, and are not run through it.
                if Self.mayBeHeader(line.text), Self.matches(Self.header, line.text.trimmingSpaces()) {
                    headerRun.append(line)
                } else {
                    flushHeader()
                }
            }
            flushHeader()
            for (line, kind) in zip(body.lines, kinds) {
                if let block, line.number >= body.lines[block].number {
                    if line.number == body.lines[block].number {
                        diagnostics.append(
                            Diagnostic(
                                .contactDetails, Messages.signature(from: line.number, to: lastLine),
                                at: TextLocation(path: fragment.path, line: line.number, column: 1), fix: Messages.signatureFix,
                                sourceLine: String(line.text)))
                    }
                    continue
                }
                guard let kind else {
                    diagnostics += Self.mobileNumbers(in: line, of: fragment)
                    continue
                }
                guard kind != .greeting else { continue }
                diagnostics.append(
                    Diagnostic(
                        .contactDetails, Messages.line(kind), at: TextLocation(path: fragment.path, line: line.number, column: 1),
                        fix: kind == .email ? Messages.lineFix : Messages.phoneLineFix, sourceLine: String(line.text)))
            }
            return diagnostics
        }
    }

    /// Each mobile number inside the text of a line that is more than contact details.
    static func mobileNumbers(in line: BodyText.Line, of fragment: Fragment) -> [Diagnostic] {
        let text = String(line.text)
        guard mayHaveMobileNumber(text) else { return [] }
        return mobile.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range, in: text) else { return nil }
            let number = String(text[range])
            return Diagnostic(
                .contactDetails, Messages.mobile(number),
                at: TextLocation(
                    path: fragment.path, line: line.number, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1),
                fix: Messages.mobileFix, sourceLine: text)
        }
    }

    /// `+31`, or `06` or `0031` that does not continue a word or number (`2006`): where
    /// `mobile` can start. The expression costs more than checking the rest of a line.
    static func mayHaveMobileNumber(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.count > 2 else { return false }
            for index in 0..<(bytes.count - 2) {
                let (first, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
                if first == UInt8(ascii: "+"), second == UInt8(ascii: "3"), third == UInt8(ascii: "1") { return true }
                guard first == UInt8(ascii: "0"), second == UInt8(ascii: "6") || second == UInt8(ascii: "0") else { continue }
                let previous = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
                let continues =
                    previous.isASCIIAlphanumeric || previous == UInt8(ascii: "/") || previous == UInt8(ascii: "=")
                    || previous == UInt8(ascii: ".") || previous == UInt8(ascii: "-") || previous == UInt8(ascii: "+")
                if !continues { return true }
            }
            return false
        }
    }

    /// `0` followed by a digit, or `+31`: a cheap test before the expressions.
    static func mayHavePhoneNumber(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.count > 1 else { return false }
            for index in 0..<(bytes.count - 1) where (bytes[index] == 48 || bytes[index] == 43) && (48...57).contains(bytes[index + 1]) {
                return true
            }
            return false
        }
    }

    /// What a line is, if it is nothing but contact details; parts joined by `|` or `·` count
    /// one by one (`T 06-12345678 | E j.jansen@delft.nl`).
    static func kind(of line: Substring) -> Kind? {
        // A line of 120 characters or more is prose: it is counted no further, and not copied.
        var core = line
        while let first = core.first, first == " " || first == "\t" { core = core.dropFirst() }
        while let last = core.last, last == " " || last == "\t" { core = core.dropLast() }
        // Fewer than 120 bytes are fewer than 120 characters; only a longer line is counted.
        guard !core.isEmpty, core.utf8.count < 120 || core.prefix(120).count < 120 else { return nil }
        let trimmed = String(core)
        // Each expression is tried only where it can match (a greeting starts with one of its
        // words' letters, an address holds `@`, a phone number ten digits), so that the prose
        // lines of a year cost no regular expression.
        if mayBeGreeting(trimmed), matches(greeting, trimmed) { return .greeting }
        // Most lines hold none of the separators; splitting by characters costs more than the rest.
        // (U+0387, the Greek ano teleia, is canonically the same character as `·`.)
        let separated =
            trimmed.containsByte(UInt8(ascii: "|")) || trimmed.containsBytes("·") || trimmed.containsBytes("\u{0387}")
            || trimmed.containsBytes("•")
        let parts =
            separated
            ? trimmed.split(whereSeparator: { $0 == "|" || $0 == "·" || $0 == "•" }).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            : [trimmed]
        var kinds: [Kind] = []
        var named = false
        for part in parts {
            if part.containsByte(UInt8(ascii: "@")), matches(email, part) {
                kinds.append(.email)
            } else if mayHaveTenNumbers(part), part.filter(\.isNumber).count >= 10, matches(phone, part) {
                kinds.append(.phone)
            } else if part.hasPrefix("www.") || part.hasPrefix("http") {
                continue
            } else if parts.count > 1, part.split(separator: " ").count <= 5, !part.contains(where: { ".!?:;,".contains($0) }) {
                // `Jan Jansen | Gemeente Delft | 015-…`: a name or an organisation beside contact details.
                named = true
            } else {
                return nil
            }
        }
        if named && kinds.isEmpty { return nil }
        return kinds.contains(.phone) ? .phone : kinds.first
    }

    /// Whether `line` can match `header`: the word before its first colon is one of the
    /// header's words (one with a letter outside ASCII is left to the expression, which folds
    /// case the Unicode way). Compiling the expression costs more than checking a year.
    static func mayBeHeader(_ line: Substring) -> Bool {
        guard let offset = line.firstOffset(ofByte: UInt8(ascii: ":")) else { return false }
        let colon = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
        var word = line[..<colon]
        while let first = word.first, first.isWhitespace { word = word.dropFirst() }
        while let last = word.last, last.isWhitespace { word = word.dropLast() }
        // The longest word has nine letters, and no letter folds from more than three bytes.
        guard word.utf8.count <= 27 else { return false }
        guard word.unicodeScalars.allSatisfy(\.isASCII) else { return true }
        return headerWords.contains(word.lowercased())
    }

    private static let headerWords: Set<String> = [
        "van", "verzonden", "aan", "cc", "onderwerp", "datum", "from", "sent", "to", "subject", "date",
    ]

    /// Whether `text` can hold ten characters that are numbers: each holds an ASCII digit or
    /// a scalar outside ASCII, and each of those has its own byte of one of these kinds.
    static func mayHaveTenNumbers(_ text: String) -> Bool {
        var count = 0
        for byte in text.utf8 where (48...57).contains(byte) || byte >= 0xC0 {
            count += 1
            if count >= 10 { return true }
        }
        return false
    }

    /// Whether `line` can start like `greeting`: with one of the first letters of its words
    /// (any letter outside ASCII may fold to one of them).
    static func mayBeGreeting(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return !first.isASCII || "mMvVhHgGkKbBrR".unicodeScalars.contains(first)
    }

    /// The first line of the signature at the end: from a greeting or a contact line on, every
    /// line is contact details or short (a name, a function, an organisation).
    static func signatureStart(_ lines: [BodyText.Line], _ kinds: [Kind?]) -> Int? {
        var start: Int?
        var sawContact = false
        for index in lines.indices.reversed() {
            let text = lines[index].text
            if text.isBlank { continue }
            if let kind = kinds[index] {
                start = index
                // A signature begins with its greeting: the short lines above it (the last
                // items of a list) are the text's own.
                if kind == .greeting { break }
                sawContact = true
                continue
            }
            guard wordCount(text, upTo: 7) <= 6, let last = text.trimmingSpaces().last, !".!?:;".contains(last) else { break }
            if sawContact || start != nil { start = index }
        }
        // A greeting alone ends a letter, not a report; contact details make it a signature.
        return sawContact ? start : nil
    }

    /// The number of words separated by spaces, counted up to `limit`: a pasted paragraph is
    /// one long line, and only whether it is short matters.
    static func wordCount(_ text: Substring, upTo limit: Int) -> Int {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 32 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= limit { break }
            }
        }
        return words
    }

    static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    enum Messages {
        static func signature(from first: Int, to last: Int) -> Message {
            let lines = LineSpan.from(first, to: last)
            guard first != last else {
                return Message(
                    nl: "\(lines.nl) is een e-mailhandtekening met contactgegevens; die zou in het jaarverslag gepubliceerd worden",
                    en: "\(lines.en) is an e-mail signature with contact details, which would be published in the annual report")
            }
            return Message(
                nl: "\(lines.nl) zijn een e-mailhandtekening met contactgegevens; die zouden in het jaarverslag gepubliceerd worden",
                en: "\(lines.en) are an e-mail signature with contact details, which would be published in the annual report")
        }
        static func header(from first: Int, to last: Int) -> Message {
            let lines = LineSpan.from(first, to: last)
            return Message(
                nl:
                    "\(lines.nl) zijn de kop van een doorgestuurde e-mail (Van:, Aan:, Onderwerp:); die zou in het jaarverslag gepubliceerd worden",
                en: "\(lines.en) are the head of a forwarded e-mail (From:, To:, Subject:), which would be published in the annual report")
        }
        static let headerFix = Message(
            nl: "verwijder de regels van Van: tot en met Onderwerp:", en: "delete the lines from From: up to Subject:")
        static let signatureFix = Message(
            nl: "verwijder de handtekening (groet, naam, telefoon, e-mail)", en: "delete the signature (greeting, name, phone, e-mail)")
        static func line(_ kind: Kind) -> Message {
            switch kind {
            case .email:
                return Message(
                    nl: "een e-mailadres op een eigen regel; het zou in het jaarverslag gepubliceerd worden",
                    en: "an e-mail address on a line of its own; it would be published in the annual report")
            default:
                return Message(
                    nl: "een telefoonnummer op een eigen regel; het zou in het jaarverslag gepubliceerd worden",
                    en: "a phone number on a line of its own; it would be published in the annual report")
            }
        }
        static func mobile(_ number: String) -> Message {
            Message(
                nl: "`\(number)` is een mobiel nummer, van iemand persoonlijk; het zou in het jaarverslag gepubliceerd worden",
                en: "`\(number)` is a mobile number, a person's own; it would be published in the annual report")
        }
        static let mobileFix = Message(
            nl: "verwijder het nummer, of noem een algemeen nummer of e-mailadres van de organisatie",
            en: "delete the number, or give a general number or e-mail address of the organisation")
        /// A phone number cannot be a mail link: only deleting it, or the organisation's number.
        static let phoneLineFix = Message(
            nl: "verwijder het, of noem een algemeen nummer of e-mailadres van de organisatie als het de bedoeling is",
            en: "delete it, or give a general number or e-mail address of the organisation if it is meant to be there")
        static let lineFix = Message(
            nl: "verwijder het, of maak er een link van als het de bedoeling is (`[mail ons](mailto:…)`)",
            en: "delete it, or make it a link if it is meant to be there (`[mail us](mailto:…)`)")
    }
}

extension Rule {
    static let contactDetails = Rule(
        "contact-details", .warning, stage: .lint, ignorable: true,
        fix: .offered(Message(nl: "verwijder de contactgegevens", en: "delete the contact details")),
        summary: Message(
            nl:
                "een e-mailhandtekening, de kop van een doorgestuurde e-mail, een telefoonnummer of e-mailadres (`T 06-…`, `…@…nl`) op een eigen regel, of een mobiel nummer in de tekst, die gepubliceerd zouden worden",
            en:
                "an e-mail signature, the head of a forwarded e-mail, a phone number or e-mail address (`T 06-…`, `…@…nl`) on a line of its own, or a mobile number in the text, which would be published"
        ))
}

extension UInt8 {
    fileprivate var isASCIIAlphanumeric: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: "_")
    }
}

import Foundation

/// Links must be complete web or mail addresses that show where they lead: a reader of the
/// printed report or the XML cannot follow `www.example` or a link with spaces in it, and must
/// not be led elsewhere by characters she cannot see or letters that only look like hers
/// (`LinkPolicy`).
struct LinkURLRule: ValidationRule {
    let rules: [Rule] = [.invalidURL]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        // A year links to the same few sites again and again; each address is judged once.
        var verdicts: [String: LinkPolicy.Problem?] = [:]
        return year.checked.flatMap { fragment in
            // The n-th link to an address is found at the n-th place it is written.
            var seen: [String: Int] = [:]
            // Links through one definition (`[a][g40]`, `[b][g40]`) are found at that definition:
            // it is reported once.
            var reported: Set<String> = []
            return links(in: fragment.body).compactMap { link -> Diagnostic? in
                let verdict = verdicts[link.destination] ?? LinkPolicy.problem(in: link.destination)
                verdicts[link.destination] = verdict
                let occurrence = seen[link.destination, default: 0]
                seen[link.destination] = occurrence + 1
                guard let problem = verdict else { return nil }
                let location = Self.locate(link.destination, occurrence: occurrence, in: fragment, near: link.location)
                guard reported.insert("\(location.line):\(location.column) \(link.destination)").inserted else { return nil }
                return Diagnostic(
                    .invalidURL, Messages.invalid(link.destination, problem), at: location,
                    fix: Messages.fix(link.destination, problem), sourceLine: fragment.line(location.line))
            }
        }
    }

    private func links(in blocks: [Block]) -> [(destination: String, location: TextLocation)] {
        blocks.flatMap { block in
            block.inlineRuns.flatMap { run in run.linkDestinations.map { ($0, block.location) } }
        }
    }

    /// Where the destination is written: the `occurrence`-th `](` of the body followed by it in
    /// any of the forms CommonMark allows (`(a)`, `(<a>)`, `(a "titel")`, `( )`; the n-th link to
    /// an address in reading order), pointing at the address, or for an empty one at its `(`.
    static func locate(_ destination: String, occurrence: Int = 0, in fragment: Fragment, near location: TextLocation) -> TextLocation {
        let lines = fragment.text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = max(fragment.bodyLine, 1)...max(lines.count, 1)
        var skip = occurrence
        for number in body where number <= lines.count {
            let line = lines[number - 1]
            var search = line.startIndex
            while let range = line[search...].range(of: "](") {
                if writes(destination, line[range.upperBound...]) {
                    if skip == 0 {
                        // At the address; for an empty one at its `(`.
                        let column = line.distance(from: line.startIndex, to: range.lowerBound) + (destination.isEmpty ? 2 : 3)
                        return TextLocation(path: fragment.path, line: number, column: column)
                    }
                    skip -= 1
                }
                search = range.upperBound
            }
        }
        // A reference link: its definition `[label]: <address>`; else written in a way the forms
        // above do not cover: the first `](` that starts with it.
        for number in body where number <= lines.count {
            let line = lines[number - 1]
            if line.drop(while: { $0 == " " }).hasPrefix("["), let range = line.range(of: "]:"),
                writes(destination, line[range.upperBound...])
            {
                let address = line[range.upperBound...].firstIndex { $0 != " " && $0 != "\t" } ?? range.upperBound
                return TextLocation(path: fragment.path, line: number, column: line.distance(from: line.startIndex, to: address) + 1)
            }
        }
        if !destination.isEmpty {
            for number in body where number <= lines.count {
                if let range = lines[number - 1].range(of: "](" + destination) {
                    let column = lines[number - 1].distance(from: lines[number - 1].startIndex, to: range.lowerBound) + 3
                    return TextLocation(path: fragment.path, line: number, column: column)
                }
            }
        }
        // A destination cmark decoded (`&#10;`) is not written as it reads: the first `](` of
        // the link's paragraph (up to the blank line that ends it), else the link definition
        // (`[naam]: …`) whose address reads as the destination once its references are decoded.
        var number = max(location.line, 1)
        while number <= lines.count, lines[number - 1].contains(where: { !$0.isWhitespace }) {
            if let range = lines[number - 1].range(of: "](") {
                let column = lines[number - 1].distance(from: lines[number - 1].startIndex, to: range.upperBound) + 1
                return TextLocation(path: fragment.path, line: number, column: column)
            }
            number += 1
        }
        if !destination.isEmpty, let definition = definitionLocation(of: destination, lines: lines, from: fragment.bodyLine) {
            return TextLocation(path: fragment.path, line: definition.line, column: definition.column)
        }
        return location
    }

    /// Whether the text after `](` is this destination: bare or between `<` and `>`, after optional
    /// spaces, and followed by `)`, a space (before a title) or the end of the line.
    static func writes(_ destination: String, _ rest: Substring) -> Bool {
        var rest = rest.drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("<" + destination + ">") {
            rest = rest.dropFirst(destination.count + 2)
        } else if !destination.isEmpty, rest.hasPrefix(destination) {
            rest = rest.dropFirst(destination.count)
        } else if !destination.isEmpty {
            return false
        }
        guard let next = rest.first else { return true }
        return next == ")" || next == " " || next == "\t" || next == "\r"
    }

    /// The line and column of the address of the link definition whose address, decoded,
    /// starts with `destination`; the address may follow `]:` or stand on the next line.
    private static func definitionLocation(of destination: String, lines: [Substring], from bodyLine: Int) -> (line: Int, column: Int)? {
        for index in max(bodyLine - 1, 0)..<lines.count where LinkDefinitions.candidate(lines[index]) != nil {
            let line = lines[index]
            guard let colon = line.range(of: "]:") else { continue }
            let sameLine = line[colon.upperBound...]
            let (number, text) =
                sameLine.contains(where: { !$0.isWhitespace }) || index + 1 == lines.count
                ? (index + 1, sameLine) : (index + 2, lines[index + 1])
            let address = text.drop(while: { $0 == " " || $0 == "\t" })
            let decoded = CharacterReferences.decoded(address.hasPrefix("<") ? address.dropFirst() : address)
            guard decoded.hasPrefix(destination) else { continue }
            let lineText = lines[number - 1]
            return (number, lineText.distance(from: lineText.startIndex, to: address.startIndex) + 1)
        }
        return nil
    }

    enum Messages {
        static func invalid(_ destination: String, _ problem: LinkPolicy.Problem) -> Message {
            switch problem {
            case .incomplete where destination.isEmpty:
                return Message(nl: "deze link heeft geen adres", en: "this link has no address")
            case .incomplete:
                return Message(nl: "`\(destination)` is geen volledig webadres", en: "`\(destination)` is not a complete web address")
            case .control(let scalar, let encoded):
                let how = encoded ? Message(nl: ", als %-code", en: ", as a %-code") : Message(nl: "", en: "")
                return Message(
                    nl:
                        "de link bevat een stuurteken (\(InvisibleCharacters.code(scalar))\(how.nl)), zoals een regeleinde dat een adres of mailkop kan toevoegen",
                    en:
                        "the link holds a control character (\(InvisibleCharacters.code(scalar))\(how.en)), such as a line break that can add an address or mail header"
                )
            case .invisible(let scalar, let encoded):
                let how = encoded ? Message(nl: ", als %-code", en: ", as a %-code") : Message(nl: "", en: "")
                return Message(
                    nl:
                        "de link bevat een onzichtbaar teken (\(InvisibleCharacters.code(scalar))\(how.nl)) dat het adres anders laat lezen dan het is",
                    en:
                        "the link holds an invisible character (\(InvisibleCharacters.code(scalar))\(how.en)) that makes the address read as something it is not"
                )
            case .userInfo(let host):
                return Message(
                    nl: "het deel vóór `@` in deze link verbergt waar hij echt heen gaat: naar `\(host)`",
                    en: "the part before `@` in this link hides where it really leads: to `\(host)`")
            case .mixedScripts(let host, let scripts):
                return Message(
                    nl:
                        "de naam `\(host)` mengt letters uit verschillende schriften (\(scripts.map(\.dutchName).joined(separator: " en "))); zo'n adres lijkt op een ander",
                    en:
                        "the name `\(host)` mixes letters of different scripts (\(scripts.map(\.description).joined(separator: " and "))); such an address looks like another"
                )
            }
        }

        static func fix(_ destination: String, _ problem: LinkPolicy.Problem) -> Message {
            switch problem {
            case .incomplete where destination.isEmpty:
                return Message(
                    nl: "zet het adres tussen de haakjes: [tekst](https://…)", en: "put the address between the brackets: [text](https://…)"
                )
            // `naam@gemeente.nl` is an e-mail address: it needs `mailto:`, not `https://`.
            case .incomplete
            where !destination.contains("://") && !destination.hasPrefix("mailto:") && destination.contains("@")
                && !destination.contains(" "):
                return Message(
                    nl: "een e-mailadres krijgt `mailto:` ervoor: [tekst](mailto:\(destination))",
                    en: "an e-mail address takes `mailto:` in front: [text](mailto:\(destination))")
            case .incomplete where destination.hasPrefix("mailto:/"):
                let address = destination.dropFirst("mailto:".count).drop { $0 == "/" }
                return Message(
                    nl: "een e-mailadres volgt direct op `mailto:`, zonder schuine strepen: [tekst](mailto:\(address))",
                    en: "an e-mail address follows `mailto:` directly, without slashes: [text](mailto:\(address))")
            case .incomplete:
                let guess = destination.hasPrefix("www.") ? "https://" + destination : "https://…"
                return Message(
                    nl: "begin het adres met https:// of http:// (bijvoorbeeld \(guess)), zonder spaties",
                    en: "start the address with https:// or http:// (for example \(guess)), without spaces")
            case .control, .invisible, .mixedScripts:
                return Message(
                    nl: "typ het adres opnieuw, of kopieer het uit de adresbalk van de browser",
                    en: "type the address again, or copy it from the browser's address bar")
            case .userInfo:
                return Message(nl: "link rechtstreeks naar het echte adres", en: "link straight to the real address")
            }
        }
    }
}

extension Rule {
    static let invalidURL = Rule(
        "invalid-url", .error, stage: .fragment,
        summary: Message(
            nl:
                "een link die geen volledig `http(s)://`- of `mailto:`-adres is, of die verbergt waar hij heen gaat (stuurtekens, onzichtbare tekens, `…@`, gemengde schriften)",
            en:
                "a link that is not a complete `http(s)://` or `mailto:` address, or hides where it leads (control or invisible characters, `…@`, mixed scripts)"
        ))
}

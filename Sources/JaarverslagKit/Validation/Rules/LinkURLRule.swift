import Foundation

/// Links must be complete web or mail addresses: a reader of the printed report or the XML
/// cannot follow `www.example` or a link with spaces in it.
struct LinkURLRule: ValidationRule {
    let rules: [Rule] = [.invalidURL]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        // A year links to the same few sites again and again; each address is parsed once.
        var verdicts: [String: Bool] = [:]
        return year.fragments.flatMap { fragment in
            // The n-th link to an address is found at the n-th place it is written.
            var seen: [String: Int] = [:]
            return links(in: fragment.body).compactMap { link -> Diagnostic? in
                let valid = verdicts[link.destination] ?? Self.isValid(link.destination)
                verdicts[link.destination] = valid
                let occurrence = seen[link.destination, default: 0]
                seen[link.destination] = occurrence + 1
                guard !valid else { return nil }
                let location = Self.locate(link.destination, occurrence: occurrence, in: fragment, near: link.location)
                return Diagnostic(
                    .invalidURL, Messages.invalid(link.destination), at: location,
                    fix: Messages.fix(link.destination), sourceLine: fragment.line(location.line))
            }
        }
    }

    static func isValid(_ destination: String) -> Bool {
        if destination.hasPrefix("mailto:") {
            let address = destination.dropFirst("mailto:".count)
            return address.contains("@") && !address.contains(" ") && !address.hasPrefix("@") && !address.hasSuffix("@")
        }
        guard destination.hasPrefix("http://") || destination.hasPrefix("https://"),
            !destination.contains(where: { $0.isWhitespace }),
            let components = URLComponents(string: destination), let host = components.host,
            host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".")
        else { return false }
        return true
    }

    private func links(in blocks: [Block]) -> [(destination: String, location: TextLocation)] {
        blocks.flatMap { block in
            block.inlineRuns.flatMap { run in run.linkDestinations.map { ($0, block.location) } }
        }
    }

    /// Where the destination is written: the `occurrence`-th `](destination)` of the body (the
    /// n-th link to an address in reading order), pointing at the address, or for an empty one
    /// at its `(`.
    static func locate(_ destination: String, occurrence: Int = 0, in fragment: Fragment, near location: TextLocation) -> TextLocation {
        let lines = fragment.text.split(separator: "\n", omittingEmptySubsequences: false)
        for written in ["](" + destination + ")", "](<" + destination + ">)", "](" + destination + " ", "](" + destination] {
            var skip = occurrence
            for number in max(fragment.bodyLine, 1)...max(lines.count, 1) where number <= lines.count {
                let line = lines[number - 1]
                var search = line.startIndex
                while let range = line[search...].range(of: written) {
                    if skip == 0 {
                        // At the address; for an empty one at its `(`.
                        let column = line.distance(from: line.startIndex, to: range.lowerBound) + (destination.isEmpty ? 2 : 3)
                        return TextLocation(path: fragment.path, line: number, column: column)
                    }
                    skip -= 1
                    search = range.upperBound
                }
            }
        }
        return location
    }

    enum Messages {
        static func invalid(_ destination: String) -> Message {
            if destination.isEmpty {
                return Message(nl: "deze link heeft geen adres", en: "this link has no address")
            }
            return Message(nl: "`\(destination)` is geen volledig webadres", en: "`\(destination)` is not a complete web address")
        }
        static func fix(_ destination: String) -> Message {
            if destination.isEmpty {
                return Message(
                    nl: "zet het adres tussen de haakjes: [tekst](https://…)", en: "put the address between the brackets: [text](https://…)"
                )
            }
            // `naam@gemeente.nl` is an e-mail address: it needs `mailto:`, not `https://`.
            if !destination.contains("://"), !destination.hasPrefix("mailto:"), destination.contains("@"), !destination.contains(" ") {
                return Message(
                    nl: "een e-mailadres krijgt `mailto:` ervoor: [tekst](mailto:\(destination))",
                    en: "an e-mail address takes `mailto:` in front: [text](mailto:\(destination))")
            }
            let guess = destination.hasPrefix("www.") ? "https://" + destination : "https://…"
            return Message(
                nl: "begin het adres met https:// of http:// (bijvoorbeeld \(guess)), zonder spaties",
                en: "start the address with https:// or http:// (for example \(guess)), without spaces")
        }
    }
}

extension Rule {
    static let invalidURL = Rule(
        "invalid-url", .error, stage: .fragment,
        summary: Message(
            nl: "een link die geen volledig `http(s)://`- of `mailto:`-adres is",
            en: "a link that is not a complete `http(s)://` or `mailto:` address"))
}

import Foundation

/// Links must be complete web or mail addresses: a reader of the printed report or the XML
/// cannot follow `www.example` or a link with spaces in it.
struct LinkURLRule: ValidationRule {
    let rules: [Rule] = [.invalidURL]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        // A year links to the same few sites again and again; each address is parsed once.
        var verdicts: [String: Bool] = [:]
        return year.fragments.flatMap { fragment in
            links(in: fragment.body).compactMap { link -> Diagnostic? in
                let valid = verdicts[link.destination] ?? Self.isValid(link.destination)
                verdicts[link.destination] = valid
                guard !valid else { return nil }
                let location = Self.locate(link.destination, in: fragment, near: link.location)
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

    /// The position of `](destination` in the file, searching from the block's first line.
    private static func locate(_ destination: String, in fragment: Fragment, near location: TextLocation) -> TextLocation {
        let lines = fragment.text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in max(location.line, 1)...max(lines.count, 1) where number <= lines.count {
            let line = lines[number - 1]
            if let range = line.range(of: "](" + destination) ?? line.range(of: destination) {
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                return TextLocation(path: fragment.path, line: number, column: line[range].hasPrefix("](") ? column + 2 : column)
            }
        }
        return location
    }

    enum Messages {
        static func invalid(_ destination: String) -> Message {
            Message(nl: "`\(destination)` is geen volledig webadres", en: "`\(destination)` is not a complete web address")
        }
        static func fix(_ destination: String) -> Message {
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

import Foundation

/// Outlook wraps every link in an e-mail in `https://eur01.safelinks.protection.outlook.com/?url=…`.
/// Pasted into a fragment, that hides the real address and carries the sender's mail data.
struct SafeLinksRule: ValidationRule {
    let rules: [Rule] = [.safelinks]

    static let pattern = NSRegularExpression(#"https?://[A-Za-z0-9.-]*safelinks\.protection\.outlook\.com/\?[^\s)\]>"]*"#)

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.fragments.flatMap { fragment -> [Diagnostic] in
            let body = year.body(fragment)
            return body.matches(Self.pattern, when: { $0.containsBytes("safelinks.protection") }).map { match in
                var diagnostic = Diagnostic(
                    .safelinks, Messages.found, at: body.location(match.line, match.range.lowerBound),
                    sourceLine: String(match.line.text))
                if let target = Self.target(of: String(match.line.text[match.range])) {
                    diagnostic.fix = Messages.fix(target)
                    diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: target)]
                }
                return diagnostic
            }
        }
    }

    /// The decoded `url=` parameter.
    static func target(of safeLink: String) -> String? {
        guard let components = URLComponents(string: safeLink),
            let value = components.queryItems?.first(where: { $0.name == "url" })?.value,
            LinkPolicy.problem(in: value) == nil
        else { return nil }
        return value
    }

    enum Messages {
        static let found = Message(
            nl: "een Outlook SafeLinks-adres; het echte adres zit erin verstopt",
            en: "an Outlook SafeLinks address; the real address is hidden inside it")
        static func fix(_ target: String) -> Message {
            Message(nl: "vervang het door \(target)", en: "replace it by \(target)")
        }
    }
}

extension Rule {
    static let safelinks = Rule(
        "safelinks", .warning, stage: .lint, ignorable: true,
        fix: .automatic(Message(nl: "vervang door het `url=`-adres", en: "unwrap to the `url=` target")),
        summary: Message(
            nl: "Outlook SafeLinks (`https://eur01.safelinks.protection.outlook.com/?url=…`)",
            en: "Outlook SafeLinks (`https://eur01.safelinks.protection.outlook.com/?url=…`)"))
}

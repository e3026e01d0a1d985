import Foundation

/// Outlook wraps every link in an e-mail in `https://eur01.safelinks.protection.outlook.com/?url=…`.
/// Pasted into a fragment, that hides the real address and carries the recipient's e-mail
/// address (`data=`). The build unwraps it in any case, so the `data=` part never reaches an
/// output; a SafeLinks address with no real address inside, or one the link policy refuses, is
/// an error.
struct SafeLinksRule: ValidationRule {
    let rules: [Rule] = [.safelinks, .safelinksWithoutTarget]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        year.checked.flatMap { fragment -> [Diagnostic] in
            guard SafeLinks.mayContain(fragment.text) else { return [] }
            let body = year.body(fragment)
            return body.matches(SafeLinks.pattern, when: SafeLinks.mayContain).map { match in
                let location = body.location(match.line, match.range.lowerBound)
                let address = String(match.line.text[match.range])
                guard let target = SafeLinks.target(of: address) else {
                    let message = SafeLinks.refusedTarget(of: address).map { Messages.refused($0.address, $0.problem) } ?? Messages.noTarget
                    return Diagnostic(
                        .safelinksWithoutTarget, message, at: location, fix: Messages.noTargetFix, sourceLine: String(match.line.text))
                }
                var diagnostic = Diagnostic(
                    .safelinks, Messages.found, at: location, fix: Messages.fix(target), sourceLine: String(match.line.text))
                diagnostic.edits = [TextEdit(range: body.byteRange(match.line, match.range), replacement: target)]
                return diagnostic
            }
        }
    }

    enum Messages {
        static let found = Message(
            nl: "een Outlook SafeLinks-adres; het echte adres zit erin verstopt (het verslag gebruikt het echte adres)",
            en: "an Outlook SafeLinks address; the real address is hidden inside it (the report uses the real address)")
        static func fix(_ target: String) -> Message {
            Message(nl: "vervang het door \(target)", en: "replace it by \(target)")
        }
        static let noTarget = Message(
            nl: "een Outlook SafeLinks-adres zonder echt adres erin; het bevat het e-mailadres van de ontvanger en mag niet in het verslag",
            en:
                "an Outlook SafeLinks address with no real address inside; it holds the recipient's e-mail address and must not be published"
        )
        /// The address inside is one the link policy refuses: the reason is `invalid-url`'s.
        static func refused(_ address: String, _ problem: LinkPolicy.Problem) -> Message {
            let reason = LinkURLRule.Messages.invalid(address, problem)
            return Message(
                nl: "een Outlook SafeLinks-adres met een adres erin dat niet in het verslag kan: \(reason.nl)",
                en: "an Outlook SafeLinks address with an address inside that cannot be published: \(reason.en)")
        }
        static let noTargetFix = Message(
            nl: "open de link in de browser en kopieer het adres uit de adresbalk",
            en: "open the link in a browser and copy the address bar")
    }
}

extension Rule {
    static let safelinks = Rule(
        "safelinks", .warning, stage: .lint, ignorable: true,
        fix: .automatic(Message(nl: "vervang door het `url=`-adres", en: "unwrap to the `url=` target")),
        summary: Message(
            nl: "Outlook SafeLinks (`https://eur01.safelinks.protection.outlook.com/?url=…`); de build gebruikt altijd het echte adres",
            en: "Outlook SafeLinks (`https://eur01.safelinks.protection.outlook.com/?url=…`); the build always uses the real address"))
    static let safelinksWithoutTarget = Rule(
        "safelinks-without-target", .error, stage: .fragment,
        summary: Message(
            nl: "een SafeLinks-adres zonder echt adres erin (het bevat het e-mailadres van de ontvanger)",
            en: "a SafeLinks address with no real address inside (it holds the recipient's e-mail address)"))
}

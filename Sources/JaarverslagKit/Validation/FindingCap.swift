/// At most `perRule` findings of one rule in one fragment, then one that counts the rest.
///
/// A pasted text can hold the same small mistake hundreds of thousands of times (a PDF with a
/// double space between every word): each finding copies its line and counts its column from
/// the line's start, and 600,000 of them took 402 s and 11 GB. Nobody reads past the first
/// screenfuls; the rest are counted, and `check --fix` fixes the first `perRule` each run.
struct FindingCap {
    static let perRule = 1_000

    private(set) var made = 0
    private(set) var skipped = 0

    /// Whether one more finding may be made; counts it as skipped when not.
    mutating func admit() -> Bool {
        guard made < Self.perRule else {
            skipped += 1
            return false
        }
        made += 1
        return true
    }

    /// The finding that says how many more there are, at the start of the body; none when
    /// nothing was skipped.
    func summary(_ rule: Rule, in fragment: Fragment) -> [Diagnostic] {
        guard skipped > 0 else { return [] }
        return [
            Diagnostic(
                rule, Messages.more(skipped), at: TextLocation(path: fragment.path, line: fragment.bodyLine, column: 1),
                fix: Messages.moreFix)
        ]
    }

    enum Messages {
        static func more(_ count: Int) -> Message {
            Message(
                nl: "en nog \(count) keer hetzelfde in dit fragment (alleen de eerste \(FindingCap.perRule) worden getoond)",
                en: "and \(count) more of the same in this fragment (only the first \(FindingCap.perRule) are shown)")
        }
        static let moreFix = Message(
            nl: "herstel de getoonde (`check --fix` doet dat waar het zeker is) en controleer opnieuw",
            en: "fix the ones shown (`check --fix` does where it is certain) and check again")
    }
}

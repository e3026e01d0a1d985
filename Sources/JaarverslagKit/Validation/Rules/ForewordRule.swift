/// Only the foreword sits under `pillar: voorwoord`, and only the foreword is signed.
struct ForewordRule: ValidationRule {
    func check(_ year: ValidationInput) -> [Diagnostic] {
        let forewordGroup = year.manifest.foreword?.value
        var diagnostics: [Diagnostic] = []
        for fragment in year.fragments {
            let isForeword = forewordGroup != nil && fragment.groupID == forewordGroup
            if let pillar = fragment.frontMatter.pillar, pillar.value == Manifest.forewordPillar, !isForeword, forewordGroup != nil,
                let group = fragment.frontMatter.group
            {
                diagnostics.append(
                    Diagnostic(
                        .error, "foreword-group", Messages.notTheForeword(group.value, forewordGroup!),
                        at: pillar.location, sourceLine: fragment.line(pillar.location.line)))
            }
            if isForeword, let pillar = fragment.frontMatter.pillar, pillar.value != Manifest.forewordPillar {
                diagnostics.append(
                    Diagnostic(
                        .error, "foreword-pillar", Messages.forewordPillar, at: pillar.location,
                        fix: Messages.forewordPillarFix, sourceLine: fragment.line(pillar.location.line)))
            }
            if fragment.frontMatter.signature != nil, !isForeword {
                diagnostics.append(
                    Diagnostic(
                        .error, "signature-not-foreword", Messages.signature, at: fragment.frontMatter.location,
                        fix: Messages.signatureFix))
            }
        }
        return diagnostics
    }

    enum Messages {
        static func notTheForeword(_ group: String, _ foreword: String) -> Message {
            Message(
                nl: "alleen het voorwoord (`\(foreword)`) hoort bij `voorwoord`, niet `\(group)`",
                en: "only the foreword (`\(foreword)`) belongs under `voorwoord`, not `\(group)`")
        }
        static let forewordPillar = Message(
            nl: "het voorwoord moet `pillar: voorwoord` hebben", en: "the foreword must have `pillar: voorwoord`")
        static let forewordPillarFix = Message(nl: "zet `pillar: voorwoord`", en: "set `pillar: voorwoord`")
        static let signature = Message(
            nl: "alleen het voorwoord heeft een ondertekening (`signature`)", en: "only the foreword has a `signature`")
        static let signatureFix = Message(
            nl: "verwijder `signature`; voorzitters en trekkers horen onder `chairs`",
            en: "remove `signature`; chairs and trekkers go under `chairs`")
    }
}

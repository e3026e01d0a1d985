/// Only the foreword sits under `pillar: voorwoord`, and only the foreword is signed.
struct ForewordRule: ValidationRule {
    let rules: [Rule] = [.forewordGroup, .forewordPillar, .signatureNotForeword]

    func check(_ year: ValidationInput) -> [Diagnostic] {
        let forewordGroup = year.manifest.foreword?.value
        var diagnostics: [Diagnostic] = []
        for fragment in year.checked {
            let isForeword = forewordGroup != nil && fragment.groupID == forewordGroup
            if let pillar = fragment.frontMatter.pillar, pillar.value == Manifest.forewordPillar, !isForeword, forewordGroup != nil,
                let group = fragment.frontMatter.group
            {
                diagnostics.append(
                    Diagnostic(
                        .forewordGroup, Messages.notTheForeword(group.value, forewordGroup!),
                        at: pillar.location, sourceLine: fragment.line(pillar.location.line)))
            }
            if isForeword, let pillar = fragment.frontMatter.pillar, pillar.value != Manifest.forewordPillar {
                diagnostics.append(
                    Diagnostic(
                        .forewordPillar, Messages.forewordPillar, at: pillar.location,
                        fix: Messages.forewordPillarFix, sourceLine: fragment.line(pillar.location.line)))
            }
            if fragment.frontMatter.signature != nil, !isForeword {
                diagnostics.append(
                    Diagnostic(
                        .signatureNotForeword, Messages.signature, at: fragment.frontMatter.location,
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

extension Rule {
    static let forewordGroup = Rule(
        "foreword-group", .error, stage: .fragment,
        summary: Message(
            nl: "een ander fragment dan het voorwoord onder `pillar: voorwoord`",
            en: "a fragment other than the foreword under `pillar: voorwoord`"))
    static let forewordPillar = Rule(
        "foreword-pillar", .error, stage: .fragment,
        summary: Message(nl: "het voorwoord zonder `pillar: voorwoord`", en: "the foreword without `pillar: voorwoord`"))
    static let signatureNotForeword = Rule(
        "signature-not-foreword", .error, stage: .fragment,
        summary: Message(nl: "een `signature` buiten het voorwoord", en: "a `signature` outside the foreword"))
}

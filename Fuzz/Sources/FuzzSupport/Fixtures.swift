import JaarverslagKit

/// The year every fuzzed fragment is checked against: one chapter expecting the group `geval`,
/// a foreword, numbered chapters and a member appendix.
public enum Fixtures {
    public static let manifest = Manifest(
        path: "reports/2099/report.yaml", year: 2099, title: "Jaarverslag 2099",
        network: Network(name: "G40 Stedennetwerk", shortName: "G40"), numberedChapters: true,
        foreword: Located("voorwoord", at: TextLocation(path: "reports/2099/report.yaml", line: 5, column: 11)),
        chapters: [
            ChapterPlan(
                id: "sociaal", title: "Pijler Sociaal", intro: nil,
                groups: [Located("geval", at: TextLocation(path: "reports/2099/report.yaml", line: 9, column: 9))],
                location: TextLocation(path: "reports/2099/report.yaml", line: 7, column: 9))
        ],
        members: Members(
            cities: [Located("Delft", at: TextLocation(path: "reports/2099/report.yaml", line: 12, column: 5))],
            placement: .appendix(title: "Leden")))
}

import JaarverslagKit

/// The manifest every generated fragment is checked against (a global of its own file, made on first use).
let manifest = Manifest(
    path: "reports/2099/report.yaml", year: 2099, title: "Jaarverslag 2099",
    network: Network(name: "G40 Stedennetwerk", shortName: "G40"), numberedChapters: false, foreword: nil,
    chapters: [
        ChapterPlan(
            id: "sociaal", title: "Pijler Sociaal", intro: nil,
            groups: [Located("geval", at: TextLocation(path: "reports/2099/report.yaml", line: 7, column: 14))],
            location: TextLocation(path: "reports/2099/report.yaml", line: 5, column: 9))
    ],
    members: Members(
        cities: [Located("Delft", at: TextLocation(path: "reports/2099/report.yaml", line: 10, column: 12))],
        placement: .appendix(title: "Leden")))

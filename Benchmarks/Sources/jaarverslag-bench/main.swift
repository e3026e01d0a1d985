import Foundation
import JaarverslagKit

/// Benchmarks of jaarverslag, written as a Markdown table to stdout and to
/// Benchmarks/results.md. Numbers are medians of repeated runs on this machine.
var rows: [(String, String)] = []
func record(_ name: String, _ value: String) {
    rows.append((name, value))
    FileHandle.standardError.write(Data("\(name): \(value)\n".utf8))
}

// Diff of one section of 50,000 words with an edit every 1,000 words.
let vocabulary = ["gemeente", "stad", "regio", "netwerk", "beleid", "wonen", "werk", "zorg", "de", "het", "en", "van"]
let long = (0..<50_000).map { vocabulary[($0 * 7 + $0 / 13) % vocabulary.count] + String($0 % 97) }
var edited = long
for index in stride(from: 500, to: 50_000, by: 1_000) { edited[index] = "gewijzigd" }
let sectionDiff = Measure.median { _ = WordDiff(old: long, new: edited) }
record("diff of one 50,000-word section, 50 scattered edits", String(format: "%.1f ms", Measure.milliseconds(sectionDiff)))

var table = "| measurement | result |\n| --- | --- |\n"
for (name, value) in rows { table += "| \(name) | \(value) |\n" }
print(table, terminator: "")

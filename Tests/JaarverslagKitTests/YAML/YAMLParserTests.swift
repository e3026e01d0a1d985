import Foundation
import Testing
@testable import JaarverslagKit

/// The YAML reader decides from libyaml's own events: an anchor or alias is refused wherever it
/// stands, and a document never grows beyond its text.
@Suite struct YAMLParserTests {
    func parse(_ yaml: String, limits: YAMLParser.Limits = YAMLContext.frontMatterLimits) -> YAMLParser.Outcome {
        YAMLParser.parse(yaml, limits: limits)
    }

    /// `1️⃣` marks where the anchor or alias is.
    @Test(arguments: [
        "title: 1️⃣&t Geval",
        "chairs: [{city: 1️⃣&c Delft}]",
        "chairs: {city: 1️⃣&c Delft}",
        "formerly: [Oud, 1️⃣*f]",
        "? 1️⃣&k title\n: Geval",
        "? 1️⃣*k\n: Geval",
        "\"ti\\\"tle\": 1️⃣&t Geval",
        "'it''s': 1️⃣*a",
        "title:\t1️⃣&t Geval",
        "order: 1️⃣!!int &o 3",
        "chairs:\n  - 1️⃣&c\n    city: Delft",
        "formerly: [\n  Oud,\n  1️⃣*f\n]",
        "{a: b, 1️⃣*c : d}",
        "title: >-\n  Geval\nsecretary: 1️⃣&s {name: Jan}",
    ])
    func anchorsAndAliasesAreRefusedWhereTheyStand(_ marked: String) throws {
        let (yaml, location) = TestSupport.marked(marked)
        let problem = try #require(parse(yaml).problem)
        switch problem {
        case .anchor(let mark), .alias(let mark):
            #expect(mark == YAMLMark(line: location.line, column: location.column))
        default:
            Issue.record("not refused as an anchor or alias: \(problem)")
        }
    }

    /// Text that only looks like an anchor or alias is text.
    @Test(arguments: ["title: \"&geen anker\"", "title: 'A *ster'", "title: Jan & Piet", "title: a*b", "title: \"# *niet\""])
    func lookAlikesAreText(_ yaml: String) {
        let outcome = parse(yaml)
        #expect(outcome.problem == nil)
        #expect(outcome.root?.mapping?.first?.value.string != nil)
    }

    /// The billion laughs: refused at the first anchor, in time that does not grow with the
    /// expansion it would have had.
    @Test func theBillionLaughsIsRefusedAtOnce() {
        var yaml = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1..<40 {
            yaml +=
                "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let start = ContinuousClock.now
        #expect(parse(yaml, limits: YAMLContext.manifestLimits).problem == .anchor(YAMLMark(line: 1, column: 4)))
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func nestingAndSizeAreBounded() {
        let deep = "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(parse(deep).problem == .tooDeep(YAMLMark(line: 1, column: 19)))
        let wide = "a: [" + Array(repeating: "x", count: 2_000).joined(separator: ", ") + "]"
        guard case .tooManyNodes = parse(wide).problem else {
            Issue.record("a front matter of 2,000 values is accepted")
            return
        }
        // A large manifest-sized document is read in time proportional to its size.
        let members = "cities: [" + Array(repeating: "Stad", count: 90_000).joined(separator: ", ") + "]"
        let start = ContinuousClock.now
        #expect(parse(members, limits: YAMLContext.manifestLimits).root?.mapping?.first?.value.sequence?.count == 90_000)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    /// YAML counts NEL, U+2028 and U+2029 as line breaks, the file's readers do not: refused,
    /// at the place the file's own lines give.
    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func invisibleLineBreaksAreRefused(_ separator: String) {
        let outcome = parse("title: Geval\ngroup: a\(separator)pillar: x\n")
        #expect(outcome.problem == .lineSeparator(separator.unicodeScalars.first!.value, line: 2, column: 9))
        #expect(outcome.root == nil)
    }

    /// libyaml refuses a raw control character before it parses anything; the keys of the
    /// lines before it are still known, so a manifest with one is not taken for another file.
    @Test func aControlCharacterStillLeavesTheKeysBeforeIt() {
        let outcome = parse("year: 2099\ntitle: Jaarverslag\nmembers:\n  cities: [Del\u{1}ft]\n", limits: YAMLContext.manifestLimits)
        #expect(outcome.problem == .character(1, line: 4, column: 15))
        #expect(outcome.topLevelKeys == ["year", "title", "members"])
    }

    /// Escapes are decoded before anything is checked: a value that holds a character XML
    /// forbids is found, wherever it stands, keys included.
    @Test func decodedValuesAreChecked() {
        let outcome = parse("title: \"\\x01\"\nchairs: [{city: \"Delft\\e\"}]\n\"\\uFFFE\": x\nok: \"\\t\\n\"\n")
        #expect(outcome.forbidden.map(\.scalar) == ["\u{1}", "\u{1B}", "\u{FFFE}"])
        #expect(
            outcome.forbidden.map(\.mark) == [YAMLMark(line: 1, column: 8), YAMLMark(line: 2, column: 17), YAMLMark(line: 3, column: 1)])
    }

    @Test func duplicateKeysPointAtBoth() {
        #expect(
            parse("title: a\nyear: 1\ntitle: b\n").problem
                == .duplicateKey("title", first: YAMLMark(line: 1, column: 1), again: YAMLMark(line: 3, column: 1)))
    }

    @Test func aSecondDocumentIsRefused() {
        guard case .secondDocument = parse("title: a\n---\ntitle: b\n").problem else {
            Issue.record("a second document is accepted")
            return
        }
    }

    @Test func topLevelKeysAreKeptAsFarAsTheReadingGot() {
        let outcome = parse("year: 2099\ntitle: [open\n")
        #expect(outcome.topLevelKeys == ["year", "title"])
        #expect(outcome.problem != nil)
    }
}

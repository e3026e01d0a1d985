import Foundation
import Testing
@testable import JaarverslagKit

/// Every colour of text in the stylesheets, against the background it stands on, has a
/// contrast of at least 4.5:1 (WCAG 2.1 AA, 1.4.3), computed as WCAG defines it.
@Suite struct StylesheetTests {
    /// One CSS rule, flattened out of `@media` and `@page` blocks: its selector and the
    /// colour declarations that matter here.
    struct Rule {
        var selector: String
        var color: String?
        var background: String?
    }

    static func rules(_ css: String) -> [Rule] {
        let text = css.replacing(/\/\*[\s\S]*?\*\//, with: "")
        var rules: [Rule] = []
        var selectors: [String] = []
        var current = ""
        for character in text {
            switch character {
            case "{":
                // Declarations of an enclosing `@page` before a margin box end at the last `;`.
                let selector = current.split(separator: ";", omittingEmptySubsequences: false).last ?? ""
                selectors.append(selector.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            case "}":
                let selector = selectors.popLast() ?? ""
                var rule = Rule(selector: selector)
                for declaration in current.split(separator: ";") {
                    let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    guard parts.count == 2 else { continue }
                    if parts[0] == "color" { rule.color = parts[1] }
                    if parts[0] == "background" || parts[0] == "background-color" { rule.background = parts[1] }
                }
                rules.append(rule)
                current = ""
            default:
                current.append(character)
            }
        }
        return rules
    }

    static func luminance(_ hex: String) -> Double {
        precondition(hex.wholeMatch(of: /#[0-9a-fA-F]{6}/) != nil, "colours are written #rrggbb: \(hex)")
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [value >> 16, (value >> 8) & 0xff, value & 0xff].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test func theFormulaIsWCAGs() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(Self.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }

    @Test(arguments: ["page", "print"])
    func textHasEnoughContrast(stylesheet: String) {
        let all = Self.rules(Stylesheet.page) + (stylesheet == "print" ? Self.rules(Stylesheet.print) : [])
        let page = all.first { $0.selector == "html" }!
        let pageColor = page.color!
        let pageBackground = page.background!
        var pairs = 0
        for rule in Self.rules(stylesheet == "page" ? Stylesheet.page : Stylesheet.print) {
            guard rule.color != nil || rule.background != nil else { continue }
            // The background a rule's text stands on: its own, or that of the nearest rule for an
            // element it sits inside (`.omslag h1` inside `.omslag`), or the page's.
            let words = rule.selector.split(separator: " ")
            let enclosing = (0..<words.count).reversed().lazy.compactMap { count in
                all.first { $0.selector == words.prefix(count).joined(separator: " ") && $0.background != nil }?.background
            }.first
            let background = rule.background ?? enclosing ?? pageBackground
            let color = rule.color ?? pageColor
            let ratio = Self.contrast(color, background)
            #expect(ratio >= 4.5, "\(rule.selector): \(color) on \(background) is \(ratio):1")
            pairs += 1
        }
        #expect(pairs >= 5)
    }
}

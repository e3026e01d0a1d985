/// A small tree of HTML that escapes every text and attribute value when it is written, so
/// that a group's text, a title or a name can never become markup on a page.
indirect enum HTML: Sendable {
    case element(String, [(String, String)], [HTML])
    case text(String)
    case group([HTML])
    /// Markup written by the compiler's HTML renderer (libxml2, every text escaped there),
    /// placed as it is: the preview of a section.
    case rendered(String)

    /// Elements HTML writes without a closing tag.
    private static let void: Set<String> = ["meta", "link", "input", "br", "hr", "img"]

    var rendered: String {
        var output = ""
        write(into: &output)
        return output
    }

    /// A whole document: doctype and `html`.
    static func document(language: String, head: [HTML], body: [HTML]) -> String {
        "<!DOCTYPE html>\n" + HTML.element("html", [("lang", language)], [.element("head", [], head), .element("body", [], body)]).rendered
            + "\n"
    }

    private func write(into output: inout String) {
        switch self {
        case .text(let text): output += Self.escape(text, quotes: false)
        case .group(let children): for child in children { child.write(into: &output) }
        case .rendered(let markup): output += markup
        case .element(let name, let attributes, let children):
            output += "<" + name
            for (key, value) in attributes {
                output += " " + key
                if !value.isEmpty || !Self.booleanAttributes.contains(key) { output += "=\"" + Self.escape(value, quotes: true) + "\"" }
            }
            output += ">"
            guard !Self.void.contains(name) else { return }
            for child in children { child.write(into: &output) }
            output += "</" + name + ">"
        }
    }

    private static let booleanAttributes: Set<String> = ["hidden", "disabled", "selected", "readonly", "defer", "open", "required"]

    static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// Short names for building pages.
func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTML] = []) -> HTML {
    .element(name, attributes, children)
}

func el(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> HTML {
    .element(name, attributes, [.text(text)])
}

/// A finding's message or fix, with the parts between backticks (a command, a file name, the
/// words found) set as `code`: the compiler writes them for a terminal, and on a page the
/// backticks themselves mean nothing to a secretary. A text with an unpaired backtick is left
/// as it is. The script does the same for findings it lists (`codeSpans` in portal.js).
func codeSpans(_ text: String) -> [HTML] {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    guard parts.count > 1, parts.count % 2 == 1 else { return [.text(text)] }
    return parts.enumerated().compactMap { index, part -> HTML? in
        if index % 2 == 1 { return el("code", [], String(part)) }
        return part.isEmpty ? nil : .text(String(part))
    }
}

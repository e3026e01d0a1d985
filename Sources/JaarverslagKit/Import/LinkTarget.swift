import Foundation

/// Where a Word link leads, decided once: a web or mail address (SafeLinks unwrapped), a
/// place in the document itself, or a file on someone's computer, which no reader can follow.
enum LinkTarget: Hashable {
    case address(String)
    case bookmark(String)
    case local(String)

    init?(address: String?, anchor: String?) {
        let trimmed = address?.trimmingWhitespaces() ?? ""
        if trimmed.isEmpty {
            guard let anchor, !anchor.isEmpty else { return nil }
            self = .bookmark(anchor)
            return
        }
        var full = trimmed
        if let anchor, !anchor.isEmpty { full += "#" + anchor }
        if let unwrapped = SafeLinks.unwrap(full) { full = unwrapped }
        let lowered = full.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") {
            self = .address(Self.encoded(full))
        } else if lowered.hasPrefix("www.") {
            // Left as written: `check` says it is not a complete address and how to fix it.
            self = .address(full)
        } else if full.hasPrefix("#") {
            self = .bookmark(String(full.dropFirst()))
        } else {
            self = .local(full)
        }
    }

    /// A space, `<` or `>` cannot stand in an address; Word keeps them as typed (a SharePoint
    /// link to `Gedeelde documenten/Jaarverslag 2024.pdf`), a browser sends them as `%20`,
    /// `%3C` and `%3E`. Written so, it is the same address, and a Markdown link can hold it.
    static func encoded(_ address: String) -> String {
        guard address.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else { return address }
        return address.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: ">", with: "%3E")
    }
}

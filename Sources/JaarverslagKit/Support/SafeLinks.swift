import Foundation

/// Outlook and Teams wrap every link in a SafeLinks address that hides the real one and
/// carries the recipient's mail data. Known forms:
///
/// - `https://eur01.safelinks.protection.outlook.com/?url=…&data=…&sdata=…&reserved=0`
/// - `https://eur03.safelinks.protection.outlook.com/ap/w-59584e83/?url=…` (Office on the web)
/// - `https://*.safelinks.protection.office365.us/?url=…` (government clouds)
/// - `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=…` (Teams)
///
/// A link wrapped twice (forwarded mail) is unwrapped twice. The `data=` part carries the
/// recipient's e-mail address and must never be published.
enum SafeLinks {
    /// A SafeLinks address in text: one of the known hosts, up to a space or a closing bracket.
    static let pattern = try! NSRegularExpression(
        pattern:
            #"https?://(?:[A-Za-z0-9.-]*safelinks\.protection\.[A-Za-z0-9.]+|statics\.teams\.cdn\.office\.net/[^\s)\]>"?]*safelinks)[^\s)\]>"]*"#
    )

    /// A cheap test before the expression.
    static func mayContain<Text: StringProtocol>(_ text: Text) -> Bool {
        text.containsBytes("safelinks.") || text.containsBytes("/safelinks/")
    }

    static func isSafeLink(_ address: String) -> Bool {
        guard let components = URLComponents(string: address), let host = components.host?.lowercased() else { return false }
        if host.hasSuffix(".safelinks.protection.outlook.com") || host.hasSuffix(".safelinks.protection.office365.us")
            || host.hasSuffix(".safelinks.protection.outlook.de") || host.hasSuffix(".safelinks.protection.partner.outlook.cn")
        {
            return true
        }
        return host == "statics.teams.cdn.office.net" && components.path.contains("/safelinks/")
    }

    /// The real address inside a SafeLinks address, or nil when `address` is not one (or
    /// hides no usable address).
    static func unwrap(_ address: String) -> String? {
        mayBeSafeLink(address) ? unwrapParsing(address) : nil
    }

    /// A cheap test before `URLComponents`, asked of every link a Word document holds: a
    /// SafeLinks host ends in `.safelinks.…`, the Teams form has `/safelinks/` in its path, in
    /// some letter case, unless hidden in percent escapes or punycode, which `URLComponents`
    /// may decode.
    /// `SafeLinksShortcutTests` holds `unwrap` to the same answers as `unwrapParsing`.
    static func mayBeSafeLink(_ address: String) -> Bool {
        let lowered = address.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        func holds(_ word: String) -> Bool {
            let word = Array(word.utf8)
            guard lowered.count >= word.count else { return false }
            return (0...(lowered.count - word.count)).contains { lowered[$0..<($0 + word.count)].elementsEqual(word) }
        }
        return lowered.contains(UInt8(ascii: "%")) || holds("safelinks.") || holds("/safelinks/") || holds("xn--")
    }

    /// `unwrap` without the cheap test first.
    static func unwrapParsing(_ address: String) -> String? {
        var current = address.replacingOccurrences(of: "&amp;", with: "&")
        var unwrapped = false
        for _ in 0..<4 where isSafeLink(current) {
            guard let components = URLComponents(string: current),
                let target = components.queryItems?.first(where: { $0.name.lowercased() == "url" })?.value, !target.isEmpty
            else { return nil }
            current = target
            unwrapped = true
        }
        return unwrapped ? current : nil
    }

    /// The real address as a link may hold it: unwrapped (the `url=` part decoded once, so
    /// that `%2520` in it stays `%20`), with anything an address may not hold (a space)
    /// escaped again. Nil when there is no complete web address inside.
    static func target(of safeLink: String) -> String? {
        guard let value = unwrap(safeLink) else { return nil }
        guard let escaped = value.addingPercentEncoding(withAllowedCharacters: allowed),
            let target = URLComponents(string: escaped), target.scheme == "https" || target.scheme == "http",
            let host = target.host, host.contains("."), !isSafeLink(escaped), LinkPolicy.problem(in: escaped) == nil
        else { return nil }
        return escaped
    }

    /// What an unwrapped address may hold as it is; anything else (a space) is escaped again.
    private static let allowed = CharacterSet.urlFragmentAllowed.union(.urlQueryAllowed).union(.urlPathAllowed)
        .union(CharacterSet(charactersIn: "%#"))

    /// The address inside a SafeLinks address when the link policy refuses it (`javascript:`,
    /// a bidirectional override, a host of mixed scripts), with why; nil when there is none
    /// inside or it is fine. Such an address is never unwrapped, and the user is told why.
    static func refusedTarget(of safeLink: String) -> (address: String, problem: LinkPolicy.Problem)? {
        guard let value = unwrap(safeLink), !isSafeLink(value) else { return nil }
        let escaped = value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
        return LinkPolicy.problem(in: escaped).map { (escaped, $0) }
    }

    /// The text with every SafeLinks address that has a target replaced by it.
    static func unwrapAll(in text: String) -> String {
        guard mayContain(text) else { return text }
        var result = text
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in matches.reversed() {
            guard let range = Range(match.range, in: text), let target = target(of: String(text[range])) else { continue }
            result.replaceSubrange(range, with: target)
        }
        return result
    }
}

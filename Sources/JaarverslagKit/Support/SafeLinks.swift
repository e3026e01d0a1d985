import Foundation

/// Outlook and Teams wrap every link in a SafeLinks address that hides the real one and
/// carries the recipient's mail data. Known forms:
///
/// - `https://eur01.safelinks.protection.outlook.com/?url=…&data=…&sdata=…&reserved=0`
/// - `https://eur03.safelinks.protection.outlook.com/ap/w-59584e83/?url=…` (Office on the web)
/// - `https://*.safelinks.protection.office365.us/?url=…` (government clouds)
/// - `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=…` (Teams)
///
/// A link wrapped twice (forwarded mail) is unwrapped twice.
enum SafeLinks {
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
}

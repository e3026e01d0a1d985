import Testing

@testable import JaarverslagKit

/// The cheap test before `URLComponents` never turns a SafeLinks address away.
@Suite struct SafeLinksShortcutTests {
    static let schemes = ["https://", "http://", "HTTPS://", "mailto:", "", "ftp://"]
    static let hosts = [
        "eur01.safelinks.protection.outlook.com", "EUR01.SAFELINKS.PROTECTION.OUTLOOK.COM", "eur03.SafeLinks.protection.outlook.com",
        "gcc02.safelinks.protection.office365.us", "x.safelinks.protection.outlook.de", "y.safelinks.protection.partner.outlook.cn",
        "eur01.%73afelinks.protection.outlook.com", "eur01.safelinks%2Eprotection.outlook.com", "xn--safelinks-.protection.outlook.com",
        "statics.teams.cdn.office.net", "STATICS.TEAMS.CDN.OFFICE.NET", "www.g40stedennetwerk.nl", "safelinks.nl", "g40.nl", "",
    ]
    static let paths = [
        "/", "", "/ap/w-59584e83/", "/evergreen-assets/safelinks/1/atp-safelinks.html", "/evergreen-assets/%73afelinks/1/",
        "/nieuws", "/a b",
    ]
    static let queries = [
        "?url=https://www.g40.nl", "?url=https%3A%2F%2Fwww.g40.nl%2Fnieuws&amp;data=x", "?URL=https://www.g40.nl&data=y",
        "?data=x&url=", "?url=https://eur01.safelinks.protection.outlook.com/?url=https://www.g40.nl", "", "#top", "?q=safelinks",
    ]
    static let noise = ["", "", "", " ", "é", "\u{202E}", "%", "&amp;", "#", "\\"]

    @Test func agreesWithParsingEveryAddress() {
        var random = SeededRandom.forTest()
        var unwrapped = 0
        for _ in 0..<5_000 {
            let parts = [Self.noise, Self.schemes, Self.hosts, Self.paths, Self.queries, Self.noise]
            let address = parts.map { $0.randomElement(using: &random)! }.joined()
            let slow = SafeLinks.unwrapParsing(address)
            #expect(SafeLinks.unwrap(address) == slow, "\(address)")
            if slow != nil { unwrapped += 1 }
        }
        // The random addresses must reach the unwrapping, or the test says nothing.
        #expect(unwrapped > 100)
    }
}

import Foundation

/// What a link in the report may be: a complete `http(s)://` or `mailto:` address that shows
/// where it leads. The same policy holds for fragments (`LinkURLRule`) and for DocBook read by
/// `diff`, so a link that could not be built cannot be copied in either.
///
/// A link is judged in every form a reader or a program may see it: as written, with its
/// character references decoded (cmark has done that), and with its `%XX` escapes decoded.
enum LinkPolicy {
    /// Whether any character of `text` is white space. Asked of every link of every check:
    /// an address of ASCII characters other than space, tab and LF to CR has none (each ASCII
    /// character is one scalar, and CR LF is white space too), and only other text is looked
    /// at character by character. `LinkPolicyTests` holds the two together.
    static func hasWhitespace(_ text: some StringProtocol) -> Bool {
        let plain = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) }
        return plain ? false : text.contains(where: \.isWhitespace)
    }

    enum Problem: Hashable, Sendable {
        /// Not `http://`, `https://` or `mailto:` with a host or address (`www.g40.nl`, `javascript:`).
        case incomplete
        /// A control character, such as a line break in a `mailto:` that adds a mail header.
        case control(Unicode.Scalar, encoded: Bool)
        /// A bidirectional control or zero-width character, which makes the address read as another.
        case invisible(Unicode.Scalar, encoded: Bool)
        /// `https://www.g40.nl@example.com`: the part before `@` hides the real host.
        case userInfo(host: String)
        /// Letters of more than one script in the host (`g40stedennеtwerk.nl` with a Cyrillic е).
        case mixedScripts(host: String, scripts: [Script])
    }

    static func problem(in destination: String) -> Problem? {
        if let problem = hidden(in: destination, encoded: false) { return problem }
        if let problem = hidden(in: percentDecoded(destination), encoded: true) { return problem }
        if destination.hasPrefix("mailto:") {
            let address = destination.dropFirst("mailto:".count)
            // `mailto://…` makes `//…` a server name, which no address is (and the schema refuses).
            let valid =
                !address.hasPrefix("/") && address.contains("@") && !address.contains(" ") && !address.hasPrefix("@")
                && !address.hasSuffix("@")
            guard valid else { return .incomplete }
            let domain = hostName(address.drop { $0 != "@" }.dropFirst().prefix { $0 != "?" })
            let scripts = Script.of(domain)
            return scripts.count > 1 ? .mixedScripts(host: domain, scripts: scripts) : nil
        }
        guard destination.hasPrefix("http://") || destination.hasPrefix("https://"), !hasWhitespace(destination)
        else { return .incomplete }
        let authority = destination.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { return .userInfo(host: String(authority[authority.index(after: at)...])) }
        let host = hostName(authority)
        let scripts = Script.of(host)
        if scripts.count > 1 { return .mixedScripts(host: host, scripts: scripts) }
        guard let components = URLComponents(string: destination), let parsedHost = components.host,
            parsedHost.contains("."), !parsedHost.hasPrefix("."), !parsedHost.hasSuffix(".")
        else { return .incomplete }
        return nil
    }

    /// The first character in `text` that a reader cannot see or that breaks a line.
    private static func hidden(in text: String, encoded: Bool) -> Problem? {
        for scalar in text.unicodeScalars {
            if InvisibleCharacters.isControl(scalar) || InvisibleCharacters.isLineSeparator(scalar) {
                return .control(scalar, encoded: encoded)
            }
            if InvisibleCharacters.isBidiControl(scalar) || InvisibleCharacters.isZeroWidth(scalar) {
                return .invisible(scalar, encoded: encoded)
            }
        }
        return nil
    }

    /// The host as a reader sees it: escapes decoded, Punycode labels in Unicode, no port.
    static func hostName(_ authority: Substring) -> String {
        var host = authority
        if !host.hasPrefix("["), let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        let decoded = percentDecoded(String(host))
        return decoded.split(separator: ".", omittingEmptySubsequences: false).map { Punycode.unicode(label: $0) ?? String($0) }
            .joined(separator: ".")
    }

    /// `%XX` escapes replaced by their bytes, read as UTF-8 (a broken sequence becomes U+FFFD).
    static func percentDecoded(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "%"), index + 2 < source.count,
                let value = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A link's address as the outputs write it: a valid URI reference for DocBook's `xlink:href`
/// (an XML Schema `anyURI`) and a valid URL for HTML's `href`.
///
/// An address a secretary copies from a browser may hold characters a browser accepts but a
/// URI may not: `[` and `]` in a query (`?filter[jaar]=2023`, common on municipal sites), a `%`
/// that starts no escape (`50%-regeling`), a second `#`, or `{`, `|`, `^` and the like. The
/// DocBook schema refuses such an address and the HTML checker reports it, so a report that
/// `check` passed would fail to build. Each such ASCII character is written as its `%XX`
/// escape, which is how a browser sends it anyway: the address leads where it led, and the
/// link's text, the plain text and the fragment keep it as written. Letters outside ASCII stay
/// as they are (both outputs take them, and a reader of the XML can read them); so does every
/// address that was already valid, which includes every link of the real reports.
enum LinkAddress {
    static func uri(_ address: String) -> String {
        let bytes = Array(address.utf8)
        let authority = authorityRange(bytes)
        let brackets = ipLiteralBrackets(bytes, in: authority)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var seenHash = false
        for (index, byte) in bytes.enumerated() {
            // An empty port (`https://g40.nl:/`) means the default one (RFC 3986, 6.2.3), and
            // the schema refuses it: the colon is left out.
            if byte == UInt8(ascii: ":"), index + 1 == authority.upperBound, !authority.isEmpty { continue }
            let keep: Bool
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"):
                // Only an IPv6 host is written between brackets.
                keep = brackets.map { index == $0.open || index == $0.close } ?? false
            case UInt8(ascii: "%"):
                keep = index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
            case UInt8(ascii: "#"):
                keep = !seenHash
                seenHash = true
            default:
                keep = byte >= 0x80 || isURICharacter(byte)
            }
            if keep {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return output == bytes ? address : String(decoding: output, as: UTF8.self)
    }

    /// RFC 3986's unreserved and reserved characters (`%` is judged by what follows it).
    private static func isURICharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~:/?#[]@!$&'()*+,;=".utf8.contains(byte)
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The byte offsets of the authority (`//host:port`) after the scheme, or nothing.
    private static func authorityRange(_ bytes: [UInt8]) -> Range<Int> {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
            bytes[..<colon].allSatisfy({ isSchemeCharacter($0) }),
            bytes.count > colon + 2, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return 0..<0 }
        let start = colon + 3
        let end =
            bytes[start...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        return start..<end
    }

    /// Where the brackets around a host are (`http://[2001:db8::1]:8080/`): the only ones a URI
    /// may keep, at the start of the host and the first `]` after it, as libxml2 reads them. A
    /// bracket elsewhere in the authority (`mailto://]/`) is no host's, and the schema refuses it.
    private static func ipLiteralBrackets(_ bytes: [UInt8], in authority: Range<Int>) -> (open: Int, close: Int)? {
        guard !authority.isEmpty else { return nil }
        // A user name ends at the first `@`; the host starts after it.
        let host = bytes[authority].firstIndex(of: UInt8(ascii: "@")).map { $0 + 1 } ?? authority.lowerBound
        guard host < authority.upperBound, bytes[host] == UInt8(ascii: "["),
            let close = bytes[(host + 1)..<authority.upperBound].firstIndex(of: UInt8(ascii: "]"))
        else { return nil }
        return (host, close)
    }

    private static func isSchemeCharacter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }
}

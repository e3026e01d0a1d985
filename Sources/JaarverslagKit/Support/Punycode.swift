/// Decodes the Punycode labels of internationalised host names (RFC 3492): `xn--pple-43d`
/// is `аpple` with a Cyrillic а. A link's host is judged by the letters a reader would see.
enum Punycode {
    /// The Unicode form of a host label; the label itself when it is not Punycode, and nil
    /// when it claims to be (`xn--`) but does not decode.
    static func unicode(label: Substring) -> String? {
        guard label.lowercased().hasPrefix("xn--") else { return String(label) }
        return decode(label.dropFirst(4))
    }

    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700

    static func decode(_ input: Substring) -> String? {
        let scalars = Array(input.unicodeScalars)
        guard scalars.allSatisfy(\.isASCII) else { return nil }
        var output: [Unicode.Scalar] = []
        var start = 0
        if let delimiter = scalars.lastIndex(of: "-") {
            output = Array(scalars[..<delimiter])
            start = delimiter + 1
        }
        var n = 128
        var i = 0
        var bias = 72
        var index = start
        while index < scalars.count {
            let oldI = i
            var weight = 1
            var k = base
            while true {
                guard index < scalars.count, let digit = digit(scalars[index]) else { return nil }
                index += 1
                let (product, overflow) = digit.multipliedReportingOverflow(by: weight)
                guard !overflow, i <= Int(Int32.max) - product else { return nil }
                i += product
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < t { break }
                let (next, nextOverflow) = weight.multipliedReportingOverflow(by: base - t)
                guard !nextOverflow, next <= Int(Int32.max) else { return nil }
                weight = next
                k += base
            }
            bias = adapt(delta: i - oldI, points: output.count + 1, first: oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard n <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(n)) else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        return String(String.UnicodeScalarView(output))
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value) - 0x30 + 26
        case 0x41...0x5A: return Int(scalar.value) - 0x41
        case 0x61...0x7A: return Int(scalar.value) - 0x61
        default: return nil
        }
    }

    private static func adapt(delta: Int, points: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / points
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}

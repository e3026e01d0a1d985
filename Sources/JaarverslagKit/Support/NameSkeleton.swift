import Foundation

/// What is left of a name when everything a reader cannot see is taken away: the Unicode form
/// of its accents, letter case, surrounding and invisible spaces, and letters of another script
/// that look like Latin ones (a Cyrillic `Е` in `Еde`). Two names with one skeleton read as the
/// same name.
enum NameSkeleton {
    /// One step towards the skeleton, in the order they are taken; each says what it removes.
    enum Step: CaseIterable, Sendable {
        /// Composed and decomposed accents (`é` as one character or as `e` and `´`).
        case normalization
        /// Spaces around the name, doubled spaces, and invisible characters.
        case spacing
        /// Letters of other scripts and typographic variants that look like Latin ones.
        case lookAlikes
        case letterCase
    }

    static func skeleton(_ name: String) -> String {
        plainSkeleton(name) ?? stepwiseSkeleton(name)
    }

    /// Every step in turn: what `skeleton` means.
    static func stepwiseSkeleton(_ name: String) -> String {
        Step.allCases.reduce(name) { apply($1, to: $0) }
    }

    /// The skeleton of a plain name (ASCII, and the curly apostrophes of `’s-Hertogenbosch`)
    /// in one pass, or nil for any other name. Member names are plain, and the steps one by
    /// one cost tens of thousands of instructions a name. For these characters the steps come
    /// down to this: control characters go (tab and line feed separate words), words are
    /// joined by one space, `0`, `1`, `` ` ``, `‘` and `’` become `o`, `l` and `'`, and letters
    /// become lower case. `NameShortcutTests` holds it to `stepwiseSkeleton`.
    static func plainSkeleton(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var space = false
        for scalar in name.unicodeScalars {
            let byte: UInt8
            switch scalar.value {
            case 0x20, 0x09, 0x0A:
                space = !bytes.isEmpty
                continue
            case 0x00...0x1F, 0x7F: continue
            case 0x2018, 0x2019, 0x60: byte = UInt8(ascii: "'")
            case 0x30: byte = UInt8(ascii: "o")
            case 0x31: byte = UInt8(ascii: "l")
            case 0x41...0x5A: byte = UInt8(scalar.value) | 0x20
            case 0x21...0x7E: byte = UInt8(scalar.value)
            default: return nil
            }
            if space { bytes.append(0x20) }
            space = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The steps that had to change `a` or `b` before they became equal; nil when they differ.
    static func differences(_ a: String, _ b: String) -> [Step]? {
        var (left, right) = (a, b)
        var steps: [Step] = []
        for step in Step.allCases {
            if left.unicodeScalars.elementsEqual(right.unicodeScalars) { return steps }
            let (nextLeft, nextRight) = (apply(step, to: left), apply(step, to: right))
            if !nextLeft.unicodeScalars.elementsEqual(left.unicodeScalars) || !nextRight.unicodeScalars.elementsEqual(right.unicodeScalars)
            {
                steps.append(step)
            }
            (left, right) = (nextLeft, nextRight)
        }
        return left.unicodeScalars.elementsEqual(right.unicodeScalars) ? steps : nil
    }

    static func apply(_ step: Step, to text: String) -> String {
        switch step {
        case .normalization:
            // ASCII is its own normal form; most names are, and ICU's normalizer is not free.
            return isASCII(text) ? text : text.precomposedStringWithCanonicalMapping
        case .spacing:
            let visible = text.unicodeScalars.filter { !InvisibleCharacters.isInvisible($0) || $0 == "\t" || $0 == "\n" }
            return String(String.UnicodeScalarView(visible)).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        case .letterCase:
            return text.lowercased()
        case .lookAlikes:
            let compatible = isASCII(text) ? text : text.precomposedStringWithCompatibilityMapping
            return String(String.UnicodeScalarView(compatible.unicodeScalars.map { lookAlikes[$0] ?? $0 }))
        }
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Letters that are drawn like a Latin letter (upper and lower case, which the next step
    /// folds), and typographic variants of the apostrophe and the hyphen, which city names use
    /// (`’s-Hertogenbosch`). Digits that stand for letters are mapped too: no city name has them.
    private static let lookAlikes: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let pairs: [(String, String)] = [
            // Cyrillic
            ("АВЕЅІЈКМНОРСТХУԚԜӀ", "ABESIJKMHOPCTXYQWI"), ("аеёһіїјӏорԛѕуԝхԁсɡ", "aeëhiïjlopqsywxdcg"),
            // Greek
            ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX"), ("ονικρυχα", "ovikpuxa"),
            // Latin variants and digits
            ("ıſℓ01", "islol"),
            // Apostrophes and hyphens
            ("’‘ʼ′`´", "''''''"), ("‐‑‒–—−", "------"),
        ]
        for (from, to) in pairs {
            for (source, target) in zip(from.unicodeScalars, to.unicodeScalars) { table[source] = target }
        }
        return table
    }()
}

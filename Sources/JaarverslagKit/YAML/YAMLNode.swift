/// One node of a YAML document as libyaml reads it, with the place it starts. It has no
/// anchors, aliases or tags: a document with an anchor or alias never becomes a tree.
struct YAMLNode: Sendable {
    enum Kind: Sendable {
        case scalar(String, style: ScalarStyle)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    enum ScalarStyle: Sendable {
        case plain, quoted, block
    }

    var kind: Kind
    var mark: YAMLMark

    /// The text of a scalar; nil for a sequence or mapping.
    var string: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    var isScalar: Bool { string != nil }

    var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// A plain scalar that YAML reads as null: nothing, `~` or `null`. A quoted `'null'` is text.
    var isNull: Bool {
        guard case .scalar(let text, .plain) = kind else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// A plain `true`/`false` (also `yes`/`no`, `on`/`off`, as YAML 1.1 reads them).
    var bool: Bool? {
        guard case .scalar(let text, .plain) = kind else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}

/// A place in a YAML text as libyaml counts it: 1-based line, and 1-based column in Unicode
/// scalars. Lines agree with the file's own because the parser refuses the line separators
/// YAML counts and editors do not (see `YAMLParser`).
struct YAMLMark: Hashable, Sendable {
    var line: Int
    var column: Int
}

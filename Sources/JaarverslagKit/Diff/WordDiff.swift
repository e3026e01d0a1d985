/// Word-level changes inside one section, grouped into hunks with a little context.
///
/// The alignment is Swift's `CollectionDifference` (Myers' O(ND) algorithm) over word numbers
/// instead of strings, after the common head and tail are cut off, so a long section with a
/// few scattered edits costs little more than reading it.
public struct WordDiff: Hashable, Sendable, Codable {
    public var wordsBefore: Int
    public var wordsAfter: Int
    public var added: Int
    public var removed: Int
    public var hunks: [Hunk]

    /// Share of the section's words that changed: (added + removed) / (before + after).
    public var share: Double {
        let total = wordsBefore + wordsAfter
        return total == 0 ? 0 : Double(added + removed) / Double(total)
    }

    public var isEmpty: Bool { added == 0 && removed == 0 }

    private enum CodingKeys: String, CodingKey { case wordsBefore, wordsAfter, added, removed, share, hunks }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(wordsBefore, forKey: .wordsBefore)
        try container.encode(wordsAfter, forKey: .wordsAfter)
        try container.encode(added, forKey: .added)
        try container.encode(removed, forKey: .removed)
        try container.encode((share * 10_000).rounded() / 10_000, forKey: .share)
        try container.encode(hunks, forKey: .hunks)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        wordsBefore = try container.decode(Int.self, forKey: .wordsBefore)
        wordsAfter = try container.decode(Int.self, forKey: .wordsAfter)
        added = try container.decode(Int.self, forKey: .added)
        removed = try container.decode(Int.self, forKey: .removed)
        hunks = try container.decode([Hunk].self, forKey: .hunks)
    }

    /// A run of changes with the unchanged words around and between them.
    public struct Hunk: Hashable, Sendable, Codable {
        public var segments: [Segment]
    }

    public struct Segment: Hashable, Sendable, Codable {
        public enum Operation: String, Hashable, Sendable, Codable {
            case same
            case removed
            case added
        }

        public var op: Operation
        public var text: String
    }

    /// Words of context shown around each change.
    public static let context = 5

    public init(old: [String], new: [String]) {
        wordsBefore = old.count
        wordsAfter = new.count
        // Most sections of a year are unchanged; they cost one comparison.
        guard old != new else {
            added = 0
            removed = 0
            hunks = []
            return
        }
        let (removedAt, addedAt) = Self.marks(old: old, new: new)
        added = addedAt.filter { $0 }.count
        removed = removedAt.filter { $0 }.count
        hunks = Self.hunks(Self.readable(Self.walk(old: old, new: new, removedAt: removedAt, addedAt: addedAt)))
    }

    /// A text of `count` words that did not change.
    init(unchanged count: Int) {
        wordsBefore = count
        wordsAfter = count
        added = 0
        removed = 0
        hunks = []
    }

    /// The whole of `new` as segments against `old` (no context clipping), for marking a
    /// changed paragraph word by word.
    public static func segments(old: [String], new: [String]) -> [Segment] {
        let (removedAt, addedAt) = marks(old: old, new: new)
        return readable(walk(old: old, new: new, removedAt: removedAt, addedAt: addedAt)).map {
            Segment(op: $0.op, text: $0.words.joined(separator: " "))
        }
    }

    /// Which old words are removed and which new words are added.
    static func marks(old: [String], new: [String]) -> (removedAt: [Bool], addedAt: [Bool]) {
        // The common head and tail are cut off first; only the words between are numbered.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        { suffix += 1 }
        var numbers: [String: Int] = [:]
        func number(_ word: String) -> Int {
            if let known = numbers[word] { return known }
            numbers[word] = numbers.count
            return numbers.count - 1
        }
        let oldMiddle = old[prefix..<(old.count - suffix)].map(number)
        let newMiddle = new[prefix..<(new.count - suffix)].map(number)
        var removedAt = [Bool](repeating: false, count: old.count)
        var addedAt = [Bool](repeating: false, count: new.count)
        for change in newMiddle.difference(from: oldMiddle) {
            switch change {
            case .remove(let offset, _, _): removedAt[prefix + offset] = true
            case .insert(let offset, _, _): addedAt[prefix + offset] = true
            }
        }
        return (removedAt, addedAt)
    }

    /// Both texts in step, as runs of same, removed and added words.
    static func walk(old: [String], new: [String], removedAt: [Bool], addedAt: [Bool]) -> [(op: Segment.Operation, words: [String])] {
        var segments: [(op: Segment.Operation, words: [String])] = []
        func append(_ op: Segment.Operation, _ word: String) {
            if let last = segments.last, last.op == op {
                segments[segments.count - 1].words.append(word)
            } else {
                segments.append((op, [word]))
            }
        }
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, removedAt[i] {
                append(.removed, old[i]); i += 1
            } else if j < new.count, addedAt[j] {
                append(.added, new[j]); j += 1
            } else {
                if j < new.count { append(.same, new[j]) }
                i += 1; j += 1
            }
        }
        return segments
    }

    /// Myers finds the shortest edit, which in a rewritten passage keeps every `de` and `en`
    /// in common and chops the change into confetti. Short runs of one or two common words
    /// between changes are folded into the change, so a reader sees whole phrases replaced.
    static func readable(_ segments: [(op: Segment.Operation, words: [String])]) -> [(op: Segment.Operation, words: [String])] {
        var result: [(op: Segment.Operation, words: [String])] = []
        var removed: [String] = []
        var added: [String] = []
        func flush() {
            if !removed.isEmpty { result.append((.removed, removed)) }
            if !added.isEmpty { result.append((.added, added)) }
            removed = []
            added = []
        }
        for (index, segment) in segments.enumerated() {
            switch segment.op {
            case .removed: removed += segment.words
            case .added: added += segment.words
            case .same:
                let between = index > 0 && index < segments.count - 1 && (!removed.isEmpty || !added.isEmpty)
                if between && segment.words.count <= 2 {
                    removed += segment.words
                    added += segment.words
                } else {
                    flush()
                    result.append(segment)
                }
            }
        }
        flush()
        return result
    }

    /// Cuts the runs into hunks separated by long unchanged stretches.
    private static func hunks(_ segments: [(op: Segment.Operation, words: [String])]) -> [Hunk] {
        var hunks: [Hunk] = []
        var current: [Segment] = []
        for (index, segment) in segments.enumerated() {
            guard segment.op == .same else {
                current.append(Segment(op: segment.op, text: segment.words.joined(separator: " ")))
                continue
            }
            let isFirst = index == 0
            let isLast = index == segments.count - 1
            let words = segment.words
            if !isFirst && !isLast && words.count <= 2 * context {
                current.append(Segment(op: .same, text: words.joined(separator: " ")))
                continue
            }
            if !isFirst {
                current.append(Segment(op: .same, text: words.prefix(context).joined(separator: " ")))
                hunks.append(Hunk(segments: current))
                current = []
            }
            if !isLast {
                current.append(Segment(op: .same, text: words.suffix(context).joined(separator: " ")))
            }
        }
        if current.contains(where: { $0.op != .same }) { hunks.append(Hunk(segments: current)) }
        return hunks
    }
}

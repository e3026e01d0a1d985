extension WordDiff {
    /// The changes in a section made of paragraphs (and list items and headings), keeping their
    /// boundaries: the paragraphs are aligned first, a changed paragraph is compared with the
    /// one it replaced word by word, and each is one hunk. A change never runs across the end
    /// of a paragraph, and a reader sees one hunk per changed paragraph.
    public init(oldParagraphs old: [String], newParagraphs new: [String]) {
        let oldWords = old.map(Words.split)
        let newWords = new.map(Words.split)
        wordsBefore = oldWords.reduce(0) { $0 + $1.count }
        wordsAfter = newWords.reduce(0) { $0 + $1.count }
        var added = 0
        var removed = 0
        var hunks: [Hunk] = []
        for change in Self.paragraphChanges(old: old, new: new) {
            switch change {
            case .removed(let index):
                removed += oldWords[index].count
                hunks.append(Hunk(segments: [Segment(op: .removed, text: oldWords[index].joined(separator: " "))]))
            case .added(let index):
                added += newWords[index].count
                hunks.append(Hunk(segments: [Segment(op: .added, text: newWords[index].joined(separator: " "))]))
            case .changed(let before, let after):
                let (removedAt, addedAt) = Self.marks(old: oldWords[before], new: newWords[after])
                removed += removedAt.filter { $0 }.count
                added += addedAt.filter { $0 }.count
                let runs = Self.readable(Self.walk(old: oldWords[before], new: newWords[after], removedAt: removedAt, addedAt: addedAt))
                hunks.append(Hunk(segments: Self.clipped(runs)))
            }
        }
        self.added = added
        self.removed = removed
        self.hunks = hunks
    }

    /// How the paragraphs of a section changed, in reading order.
    enum ParagraphChange: Equatable {
        case removed(Int)
        case added(Int)
        /// The old paragraph at the first index became the new one at the second.
        case changed(Int, Int)
    }

    /// Paragraphs aligned by their text; between two that stayed, a removed and an added
    /// paragraph that share enough words are one changed paragraph.
    static func paragraphChanges(old: [String], new: [String]) -> [ParagraphChange] {
        let (removedSet, insertedSet) = Alignment.offsets(old: old, new: new)
        var changes: [ParagraphChange] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            var removed: [Int] = []
            var inserted: [Int] = []
            while i < old.count, removedSet.contains(i) {
                removed.append(i)
                i += 1
            }
            while j < new.count, insertedSet.contains(j) {
                inserted.append(j)
                j += 1
            }
            if removed.isEmpty && inserted.isEmpty {
                i += 1
                j += 1
                continue
            }
            // Pair in order: each removed paragraph with the next added one like it.
            var next = 0
            for index in removed {
                if let match = inserted[next...].firstIndex(where: { similarity(old[index], new[$0]) >= 0.3 }) {
                    changes += inserted[next..<match].map(ParagraphChange.added)
                    changes.append(.changed(index, inserted[match]))
                    next = match + 1
                } else {
                    changes.append(.removed(index))
                }
            }
            changes += inserted[next...].map(ParagraphChange.added)
        }
        return changes
    }

    /// The share of words two paragraphs have in common (Jaccard over their word sets).
    static func similarity(_ a: String, _ b: String) -> Double {
        let left = Set(Words.split(a))
        let right = Set(Words.split(b))
        let union = left.union(right).count
        return union == 0 ? 1 : Double(left.intersection(right).count) / Double(union)
    }

    /// One paragraph's runs as a hunk: long unchanged stretches keep `context` words next to
    /// each change and the rest is shown as `…`.
    fileprivate static func clipped(_ runs: [(op: Segment.Operation, words: [String])]) -> [Segment] {
        runs.enumerated().map { index, run in
            guard run.op == .same, run.words.count > context else { return Segment(op: run.op, text: run.words.joined(separator: " ")) }
            let first = index == 0
            let last = index == runs.count - 1
            let words: [String]
            if first && last {
                words = run.words
            } else if first {
                words = ["…"] + run.words.suffix(context)
            } else if last {
                words = run.words.prefix(context) + ["…"]
            } else if run.words.count > 2 * context {
                words = run.words.prefix(context) + ["…"] + run.words.suffix(context)
            } else {
                words = run.words
            }
            return Segment(op: .same, text: words.joined(separator: " "))
        }
    }
}

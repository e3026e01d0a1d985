extension StringProtocol {
    /// The lines of the text, split on LF bytes. Much faster than splitting on Characters,
    /// and the same for our text, whose line ends are normalised to LF before anything else.
    var lines: [SubSequence] {
        utf8.split(separator: 10, omittingEmptySubsequences: false).map { self[$0.startIndex..<$0.endIndex] }
    }

    /// True when the UTF-8 bytes of `needle` occur in the text; a cheap test before a regex.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: pattern) { return true }
            index = bytes.index(after: found)
        }
        return false
    }
}

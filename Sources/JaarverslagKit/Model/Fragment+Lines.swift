extension Fragment {
    /// The text of a 1-based line of the file, for showing under a diagnostic.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let lines = text.lines
        return number <= lines.count ? String(lines[number - 1]) : nil
    }

    /// Number of lines in the file.
    public var lineCount: Int {
        text.utf8.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    }
}

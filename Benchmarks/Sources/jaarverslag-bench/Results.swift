import Foundation

/// The rows of the results table, printed to stderr as they come and as a table at the end.
final class Results {
    private(set) var rows: [(String, String, String)] = []

    func record(_ name: String, _ value: String, _ note: String = "") {
        rows.append((name, value, note))
        FileHandle.standardError.write(Data("\(name): \(value) \(note)\n".utf8))
    }

    var table: String {
        var text = "| measurement | result | note |\n| --- | --- | --- |\n"
        for (name, value, note) in rows { text += "| \(name) | \(value) | \(note) |\n" }
        return text
    }
}

func ms(_ duration: Duration) -> String {
    String(format: "%.1f ms", Measure.milliseconds(duration))
}

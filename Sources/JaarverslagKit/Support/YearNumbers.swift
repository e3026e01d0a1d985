/// Years written in a text: four digits on their own (`2023`, also in `2023-2024`), between
/// 1900 and 2199, in order. Tells whether a title or a fragment speaks of the right year.
enum YearNumbers {
    static func find(in text: String) -> [(year: Int, offset: Int)] {
        var found: [(Int, Int)] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard (48...57).contains(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            if index - start == 4, let year = Int(String(decoding: bytes[start..<index], as: UTF8.self)), (1900...2199).contains(year) {
                found.append((year, start))
            }
        }
        return found
    }
}

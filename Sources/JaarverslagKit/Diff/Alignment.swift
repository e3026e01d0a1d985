/// Which items of an old and a new list are gone and which are new, by Myers' algorithm
/// (Swift's `CollectionDifference`): the one alignment of paragraphs and blocks in the diff.
enum Alignment {
    static func offsets<Item: Hashable>(old: [Item], new: [Item]) -> (removed: Set<Int>, inserted: Set<Int>) {
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        return (removed, inserted)
    }
}

// Sparse names for columns or rows: most bulk-built entries have none, so only the named ones are stored.

/// Names for some of the indices `0..<n`, appended in increasing index order.
///
/// A million unnamed columns cost nothing; a lookup is a binary search.
struct NameTable: Sendable {
    private(set) var indices: [Int] = []
    private(set) var names: [String] = []

    /// Names `index`; indices arrive in increasing order because names are given when entries are added.
    mutating func append(index: Int, name: String) {
        indices.append(index)
        names.append(name)
    }

    /// The name of `index`, or nil.
    func name(of index: Int) -> String? {
        var low = 0
        var high = indices.count
        while low < high {
            let mid = (low + high) / 2
            if indices[mid] < index { low = mid + 1 } else { high = mid }
        }
        return low < indices.count && indices[low] == index ? names[low] : nil
    }

    /// The named entries as (index, name) pairs in index order.
    var entries: Zip2Sequence<[Int], [String]> { zip(indices, names) }
}

// Order crossover (OX) on giant tours: a slice of one parent, the rest in the other parent's order.
import SolverControl

/// The OX crossover of HGS: copies a random circular slice of the first parent's giant tour to the child,
/// then fills the remaining positions with the missing clients in the order they appear in the second
/// parent, starting right after the slice. Split then turns the child tour into routes.
struct OrderCrossover {
    private var taken: [Bool]

    /// A crossover for tours over `numLocations` locations.
    init(numLocations: Int) {
        taken = .init(repeating: false, count: numLocations)
    }

    /// The child of `first` and `second` (equal-length permutations of the clients).
    mutating func cross(_ first: [Int32], _ second: [Int32], random: inout SeededGenerator) -> [Int32] {
        let n = first.count
        guard n > 1 else { return first }
        let start = random.next(below: n)
        var end = random.next(below: n)
        while end == start { end = random.next(below: n) }
        var child = [Int32](repeating: -1, count: n)
        var i = start
        while i != (end + 1) % n {
            child[i] = first[i]
            taken[Int(first[i])] = true
            i = (i + 1) % n
        }
        var write = (end + 1) % n
        for k in 1...n {
            let candidate = second[(end + k) % n]
            if !taken[Int(candidate)] {
                child[write] = candidate
                write = (write + 1) % n
            }
        }
        for location in first { taken[Int(location)] = false }
        return child
    }
}

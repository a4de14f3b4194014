// Finds rounded capacity inequalities violated by a two-index LP point: x(δ(S)) ≥ 2⌈q(S)/Q⌉.

/// Separation of rounded capacity inequalities for the two-index CVRP model (Laporte and Nobert; the
/// heuristics of Lysgaard, Letchford and Eglese 2004 in a simple form).
///
/// Candidate client sets S come from connected components of the LP support graph at a few thresholds, and
/// from greedily growing a set from each client by the strongest connection. Each candidate is checked
/// exactly; for an integral point the components are exactly the routes and subtours, so every infeasible
/// integral point is cut off (subtours violate x(δ(S)) ≥ 2, overloaded routes x(δ(S)) ≥ 4).
struct CapacityCutSeparator: Sendable {
    /// Number of clients; locations are 0 (depot) and 1...n.
    let n: Int
    let demand: [Int]
    let capacity: Int
    /// Column of edge {i, j} for i < j, row-major in an (n+1)×(n+1) table (-1 on the diagonal).
    let edgeColumn: [Int]

    init(n: Int, demand: [Int], capacity: Int) {
        self.n = n
        self.demand = demand
        self.capacity = capacity
        var columns = [Int](repeating: -1, count: (n + 1) * (n + 1))
        var next = 0
        for i in 0...n {
            for j in (i + 1)..<(n + 1) {
                columns[i * (n + 1) + j] = next
                columns[j * (n + 1) + i] = next
                next += 1
            }
        }
        edgeColumn = columns
    }

    /// Number of edge columns.
    var edgeCount: Int { n * (n + 1) / 2 }

    /// The column of edge {i, j}.
    func column(_ i: Int, _ j: Int) -> Int { edgeColumn[i * (n + 1) + j] }

    /// Violated rounded capacity rows for `x` (edge values by column), as (edge columns of δ(S), right side).
    func separate(_ x: [Double]) -> [(columns: [Int], rhs: Double)] {
        var weight = [Double](repeating: 0, count: (n + 1) * (n + 1))
        for i in 0...n {
            for j in 0...n where i != j { weight[i * (n + 1) + j] = x[column(i, j)] }
        }
        var candidates: [[Bool]] = []
        for threshold in [1e-6, 0.3, 0.5, 0.7] {
            candidates += components(weight, threshold: threshold)
        }
        for seed in 1...max(1, n) where n > 0 { candidates += grow(from: seed, weight) }
        var rows: [(columns: [Int], rhs: Double)] = []
        var seen = Set<[Bool]>()
        for set in candidates where seen.insert(set).inserted {
            var load = 0, size = 0
            for i in 1...n where set[i] {
                load += demand[i]
                size += 1
            }
            guard size > 0 else { continue }
            let rhs = 2.0 * Double((load + capacity - 1) / capacity)
            var cut = 0.0
            var columns: [Int] = []
            for i in 1...n where set[i] {
                for j in 0...n where !set[j] {
                    cut += weight[i * (n + 1) + j]
                    columns.append(column(i, j))
                }
            }
            if cut < rhs - 1e-6 { rows.append((columns, rhs)) }
        }
        return rows
    }

    /// Connected components of the clients over edges heavier than `threshold` (depot excluded).
    private func components(_ weight: [Double], threshold: Double) -> [[Bool]] {
        var label = [Int](repeating: -1, count: n + 1)
        var result: [[Bool]] = []
        for start in 1...max(1, n) where n > 0 && label[start] < 0 {
            var set = [Bool](repeating: false, count: n + 1)
            var stack = [start]
            label[start] = result.count
            set[start] = true
            while let i = stack.popLast() {
                for j in 1...n where label[j] < 0 && weight[i * (n + 1) + j] > threshold {
                    label[j] = result.count
                    set[j] = true
                    stack.append(j)
                }
            }
            result.append(set)
        }
        return result
    }

    /// Sets grown from `seed` by repeatedly adding the client most connected to the set; each prefix whose
    /// slack x(δ(S)) − 2⌈q(S)/Q⌉ is negative is a candidate.
    private func grow(from seed: Int, _ weight: [Double]) -> [[Bool]] {
        var set = [Bool](repeating: false, count: n + 1)
        set[seed] = true
        var connection = [Double](repeating: 0, count: n + 1)
        for j in 1...n { connection[j] = weight[seed * (n + 1) + j] }
        var load = demand[seed]
        var boundary = 2.0
        var result: [[Bool]] = []
        for _ in 1..<n {
            var best = -1
            for j in 1...n where !set[j] && (best < 0 || connection[j] > connection[best]) { best = j }
            guard best > 0, connection[best] > 1e-6 else { break }
            set[best] = true
            load += demand[best]
            boundary += 2 - 2 * connection[best]
            for j in 1...n { connection[j] += weight[best * (n + 1) + j] }
            if boundary < 2 * Double((load + capacity - 1) / capacity) - 1e-6 { result.append(set) }
        }
        return result
    }
}

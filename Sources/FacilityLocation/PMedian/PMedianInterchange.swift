// Greedy construction and Whitaker's fast interchange for the p-median problem: the upper bound.
import SolverControl

/// A set of `p` open sites with each client's nearest and second-nearest open site, improved by swaps.
///
/// Fast interchange (Whitaker 1983, as in Hansen & Mladenovic 1997): for a site `f` to insert, one pass over
/// the clients gives the gain of moving clients to `f` and, for every open site `r`, the loss of closing it,
/// so the best swap `(f in, r out)` costs O(n + p) instead of O(n p).
struct PMedianInterchange {
    let data: PMedianData
    /// Whether each site is open.
    private(set) var isOpen: [Bool]
    /// The open sites, in no particular order.
    private(set) var open: [Int]
    /// Nearest and second-nearest open site of each client, and their costs.
    private var near1: [Int32], near2: [Int32]
    private var cost1: [Double], cost2: [Double]
    /// Total cost of the current solution.
    private(set) var cost: Double
    /// Scratch: loss of closing each open site, indexed by site.
    private var loss: [Double]

    /// Starts from `open` (exactly p distinct sites).
    init(data: PMedianData, open: [Int]) {
        self.data = data
        self.open = open
        isOpen = [Bool](repeating: false, count: data.m)
        for i in open { isOpen[i] = true }
        near1 = [Int32](repeating: -1, count: data.n)
        near2 = near1
        cost1 = [Double](repeating: .infinity, count: data.n)
        cost2 = cost1
        loss = [Double](repeating: 0, count: data.m)
        cost = 0
        for j in 0..<data.n { refreshNearest(j) }
        cost = cost1.reduce(0, +)
    }

    /// Greedy "add" construction: open, p times, the site that lowers the cost most.
    static func greedy(_ data: PMedianData) -> [Int] {
        let n = data.n, m = data.m
        var best = [Double](repeating: .infinity, count: n)
        var open: [Int] = []
        var taken = [Bool](repeating: false, count: m)
        data.bySite.withUnsafeBufferPointer { c in
            for _ in 0..<data.p {
                var chosen = -1
                var chosenCost = Double.infinity
                for i in 0..<m where !taken[i] {
                    var total = 0.0
                    let row = c.baseAddress! + i * n
                    for j in 0..<n { total += min(best[j], row[j]) }
                    if total < chosenCost { chosenCost = total; chosen = i }
                }
                taken[chosen] = true
                open.append(chosen)
                let row = c.baseAddress! + chosen * n
                for j in 0..<n { best[j] = min(best[j], row[j]) }
            }
        }
        return open
    }

    /// Applies best-improvement swaps until none improves (a local optimum) or the budget runs out.
    mutating func descend(budget: TimeBudget) {
        while !budget.isExhausted, let move = bestSwap(), move.delta < -tolerance {
            swap(insert: move.insert, remove: move.remove)
        }
    }

    /// The best swap `(insert, remove)` and its change in cost, or `nil` when every site is open.
    func bestSwap() -> (insert: Int, remove: Int, delta: Double)? {
        var loss = self.loss
        var best: (insert: Int, remove: Int, delta: Double)?
        let n = data.n
        data.bySite.withUnsafeBufferPointer { c in
            loss.withUnsafeMutableBufferPointer { lossBuf in
                for f in 0..<data.m where !isOpen[f] {
                    for r in open { lossBuf[r] = 0 }
                    var gain = 0.0
                    let row = c.baseAddress! + f * n
                    for j in 0..<n {
                        let cf = row[j]
                        if cf < cost1[j] {
                            gain += cost1[j] - cf
                        } else {
                            lossBuf[Int(near1[j])] += min(cf, cost2[j]) - cost1[j]
                        }
                    }
                    var remove = open[0]
                    for r in open where lossBuf[r] < lossBuf[remove] { remove = r }
                    let delta = lossBuf[remove] - gain
                    if best == nil || delta < best!.delta { best = (f, remove, delta) }
                }
            }
        }
        return best
    }

    /// Opens `insert`, closes `remove` and updates every client's nearest sites.
    mutating func swap(insert: Int, remove: Int) {
        isOpen[remove] = false
        isOpen[insert] = true
        open[open.firstIndex(of: remove)!] = insert
        let n = data.n
        let r32 = Int32(remove)
        for j in 0..<n {
            if near1[j] == r32 || near2[j] == r32 {
                refreshNearest(j)
            } else {
                let cf = data.bySite[insert * n + j]
                if cf < cost1[j] {
                    near2[j] = near1[j]; cost2[j] = cost1[j]
                    near1[j] = Int32(insert); cost1[j] = cf
                } else if cf < cost2[j] {
                    near2[j] = Int32(insert); cost2[j] = cf
                }
            }
        }
        cost = cost1.reduce(0, +)
    }

    /// Each client's nearest open site.
    var assignment: [Int] { near1.map(Int.init) }

    private var tolerance: Double { 1e-9 * max(1, abs(cost)) }

    private mutating func refreshNearest(_ j: Int) {
        var b1 = -1, b2 = -1
        var c1 = Double.infinity, c2 = Double.infinity
        let m = data.m
        for i in open {
            let c = data.byClient[j * m + i]
            if c < c1 || (c == c1 && i < b1) {
                b2 = b1; c2 = c1; b1 = i; c1 = c
            } else if c < c2 || (c == c2 && i < b2) {
                b2 = i; c2 = c
            }
        }
        near1[j] = Int32(b1); cost1[j] = c1
        near2[j] = Int32(b2); cost2[j] = c2
    }
}

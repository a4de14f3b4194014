// Minimum-cost covering knapsack: the site-selection subproblem of the capacitated Lagrangian bound.

/// Chooses items so that their total weight reaches a requirement at least cost:
/// `min sum v_i y_i  s.t.  sum w_i y_i >= R,  y_i in {0, 1}`, with some items forced in or out.
///
/// Items of non-positive cost are always taken. The rest is solved by depth-first branch-and-bound, items by
/// increasing cost per unit of weight, with the larger of two bounds: the LP (fractional greedy) bound, and a
/// cardinality bound (at least as many more items as the heaviest remaining ones need, each at least as dear
/// as the cheapest remaining). With equal weights (capa, capb, capc) the cardinality bound is exact, so the
/// search ends at its first leaf. After `nodeLimit` nodes the search stops and returns the root bound, which
/// keeps every use of the value valid.
enum CoveringKnapsack {
    /// The optimum and the chosen items; when the node limit was hit, `value` is the LP lower bound and
    /// `chosen` the best cover found. `value` is infinity when even every allowed item cannot reach the
    /// requirement.
    static func solve(
        values: [Double], weights: [Double], requirement: Double, allowed: (Int) -> Bool, forced: (Int) -> Bool,
        nodeLimit: Int = 20_000
    ) -> (value: Double, chosen: [Bool], exact: Bool) {
        let m = values.count
        var chosen = [Bool](repeating: false, count: m)
        var value = 0.0
        var need = requirement
        var rest: [Int] = []
        for i in 0..<m where allowed(i) {
            if forced(i) || values[i] <= 0 {
                chosen[i] = true
                value += values[i]
                need -= weights[i]
            } else if weights[i] > 0 {
                rest.append(i)
            }
        }
        let tolerance = 1e-9 * max(1, requirement)
        if need <= tolerance { return (value, chosen, true) }
        rest.sort {
            values[$0] * weights[$1] < values[$1] * weights[$0]
                || (values[$0] * weights[$1] == values[$1] * weights[$0] && $0 < $1)
        }
        let total = rest.reduce(0.0) { $0 + weights[$1] }
        if total < need - tolerance { return (.infinity, chosen, true) }

        let v = rest.map { values[$0] }, w = rest.map { weights[$0] }
        let k = rest.count
        // Fractional bound of covering `need` with items from `from` on.
        func lpBound(from: Int, need: Double) -> Double {
            var left = need, cost = 0.0
            var q = from
            while left > tolerance, q < k {
                if w[q] <= left { cost += v[q]; left -= w[q] } else { cost += v[q] * left / w[q]; left = 0 }
                q += 1
            }
            return left > tolerance ? .infinity : cost
        }
        // Positions sorted by value, and by weight (heaviest first), for the cardinality bound.
        let byValue = (0..<k).sorted { v[$0] < v[$1] || (v[$0] == v[$1] && $0 < $1) }
        let byWeight = (0..<k).sorted { w[$0] > w[$1] || (w[$0] == w[$1] && $0 < $1) }
        func cardinalityBound(from: Int, need: Double) -> Double {
            var count = 0
            var left = need
            for q in byWeight where q >= from && left > tolerance {
                left -= w[q]
                count += 1
            }
            if left > tolerance { return .infinity }
            var cost = 0.0
            for q in byValue where q >= from && count > 0 {
                cost += v[q]
                count -= 1
            }
            return cost
        }
        func bound(from: Int, need: Double) -> Double {
            max(lpBound(from: from, need: need), cardinalityBound(from: from, need: need))
        }
        var best = Double.infinity
        var bestTake = [Bool](repeating: false, count: k)
        var take = [Bool](repeating: false, count: k)
        var nodes = 0
        var exact = true
        // Explicit DFS: (item index, remaining need, cost so far); take-branch first.
        func search(_ q: Int, _ left: Double, _ cost: Double) {
            if nodes >= nodeLimit { exact = false; return }
            nodes += 1
            if left <= tolerance {
                if cost < best { best = cost; bestTake = take }
                return
            }
            if q == k || cost + bound(from: q, need: left) >= best - 1e-12 * max(1, abs(best)) { return }
            take[q] = true
            search(q + 1, left - w[q], cost + v[q])
            take[q] = false
            search(q + 1, left, cost)
        }
        let root = bound(from: 0, need: need)
        search(0, need, 0)
        if best == .infinity {
            // Unfinished without a cover: take items in ratio order until the requirement is met.
            var left = need
            for q in 0..<k where left > tolerance { bestTake[q] = true; left -= w[q] }
        }
        for q in 0..<k where bestTake[q] { chosen[rest[q]] = true }
        // Unfinished: the root LP bound is the only bound proven for every branch.
        return (exact ? value + best : value + root, chosen, exact)
    }
}

// Prices a fixed set of open sites exactly: the split-demand transportation problem by successive shortest paths.

/// The cheapest split allocation of every client to a few open sites within their capacities.
///
/// Clients are inserted one at a time; each unit of demand travels the cheapest path in the residual network:
/// to a site, then, while that site is full, "exchanges" that move another client's flow from one site to the
/// next, until a site with spare capacity. With K open sites this path is a shortest path on K nodes whose
/// arc a -> b costs the cheapest move of one served client from a to b, so one insertion costs O(K n) and a
/// whole pricing O(K n^2) in the worst case; when a client's cheapest site has room the direct arc is already
/// shortest and costs O(K). A thousand clients over ten sites take milliseconds, where rebuilding and
/// re-solving the LP in GLPK takes a large fraction of a second. Successive shortest paths keep the residual
/// network free of negative cycles, so the result is an optimal LP solution (tests compare it with GLPK's).
struct TransportationSolver {
    let data: FacilityData

    /// The cost (fixed costs included) and allocation of serving every client from `open`, or `nil` when the
    /// open capacity is below the total demand.
    func price(open: [Int]) -> (cost: Double, solution: LocationSolution)? {
        let n = data.n, k = open.count
        guard k > 0 else { return nil }
        if !data.capacitated {
            // Without capacities every client simply takes its cheapest open site.
            let assignment = (0..<n).map { j in open.min { (data.cost($0, j), $0) < (data.cost($1, j), $1) }! }
            return (data.nearestCost(of: open), LocationSolution(open: open, assignment: assignment))
        }
        let capacity = open.reduce(0.0) { $0 + data.capacity[$1] }
        let eps = 1e-9 * max(1, data.totalDemand)
        if capacity < data.totalDemand - eps { return nil }
        // Unit costs u[a * n + j] (per unit of demand) and flows in demand units.
        var unit = [Double](repeating: 0, count: k * n)
        for (a, i) in open.enumerated() {
            for j in 0..<n { unit[a * n + j] = data.demands[j] > 0 ? data.cost(i, j) / data.demands[j] : 0 }
        }
        var flow = [Double](repeating: 0, count: k * n)
        var spare = open.map { data.capacity[$0] }
        var served = [[Int32]](repeating: [], count: k)
        var exchange = [Double](repeating: 0, count: k * k)
        var witness = [Int32](repeating: -1, count: k * k)
        var dist = [Double](repeating: 0, count: k)
        var pred = [Int](repeating: -1, count: k)
        var zeroDemand: [(Int, Int)] = []
        // Large demands first: they shape the solution, small ones fill in.
        let order = (0..<n).sorted {
            data.demands[$0] > data.demands[$1] || (data.demands[$0] == data.demands[$1] && $0 < $1)
        }
        for j in order {
            var left = data.demands[j]
            if left <= 0 {
                var best = 0
                for a in 1..<k where data.cost(open[a], j) < data.cost(open[best], j) { best = a }
                zeroDemand.append((j, best))
                continue
            }
            while left > eps {
                // When the client's cheapest site has room, the direct arc is a shortest path: any detour
                // through exchanges would close a negative cycle with the sink, which an optimal flow has not.
                var cheapest = 0
                for a in 1..<k where unit[a * n + j] < unit[cheapest * n + j] { cheapest = a }
                if spare[cheapest] > eps {
                    let amount = min(left, spare[cheapest])
                    if flow[cheapest * n + j] <= eps { served[cheapest].append(Int32(j)) }
                    flow[cheapest * n + j] += amount
                    spare[cheapest] -= amount
                    left -= amount
                    continue
                }
                // Exchange arcs between sites.
                for q in 0..<(k * k) { exchange[q] = .infinity; witness[q] = -1 }
                for a in 0..<k {
                    for c in served[a] {
                        let jj = Int(c)
                        if flow[a * n + jj] <= eps { continue }
                        let base = unit[a * n + jj]
                        for b in 0..<k where b != a {
                            let v = unit[b * n + jj] - base
                            if v < exchange[a * k + b] { exchange[a * k + b] = v; witness[a * k + b] = c }
                        }
                    }
                }
                // Bellman-Ford from the client over K sites.
                for a in 0..<k { dist[a] = unit[a * n + j]; pred[a] = -1 }
                for _ in 0..<k {
                    var changed = false
                    for a in 0..<k where dist[a] < .infinity {
                        for b in 0..<k where b != a && witness[a * k + b] >= 0 {
                            let v = dist[a] + exchange[a * k + b]
                            if v < dist[b] - 1e-12 * max(1, abs(v)) { dist[b] = v; pred[b] = a; changed = true }
                        }
                    }
                    if !changed { break }
                }
                var end = -1
                for a in 0..<k where spare[a] > eps && (end < 0 || dist[a] < dist[end]) { end = a }
                guard end >= 0 else { return nil }
                // Amount: client's remaining demand, end site's spare room, each moved client's flow.
                var amount = min(left, spare[end])
                var b = end
                var steps = 0
                while pred[b] >= 0 && steps <= k {
                    let a = pred[b]
                    amount = min(amount, flow[a * n + Int(witness[a * k + b])])
                    b = a
                    steps += 1
                }
                b = end
                while pred[b] >= 0 && steps >= 0 {
                    let a = pred[b]
                    let c = Int(witness[a * k + b])
                    flow[a * n + c] -= amount
                    if flow[b * n + c] <= eps { served[b].append(Int32(c)) }
                    flow[b * n + c] += amount
                    b = a
                    steps -= 1
                }
                if flow[b * n + j] <= eps { served[b].append(Int32(j)) }
                flow[b * n + j] += amount
                spare[end] -= amount
                left -= amount
            }
            // Drop served entries whose flow was moved away entirely.
            if j == order.last || served.contains(where: { $0.count > 2 * n / max(k, 1) + 64 }) {
                for a in 0..<k { served[a].removeAll { flow[a * n + Int($0)] <= eps } }
            }
        }
        var cost = open.reduce(0.0) { $0 + data.fixed[$1] }
        var allocation = [[Share]](repeating: [], count: n)
        for j in 0..<n where data.demands[j] > 0 {
            var total = 0.0
            for a in 0..<k where flow[a * n + j] > eps { total += flow[a * n + j] }
            for a in 0..<k where flow[a * n + j] > eps {
                let fraction = flow[a * n + j] / total
                allocation[j].append(Share(site: open[a], fraction: fraction))
                cost += fraction * data.cost(open[a], j)
            }
            allocation[j].sort { $0.site < $1.site }
        }
        for (j, a) in zeroDemand {
            allocation[j] = [Share(site: open[a], fraction: 1)]
            cost += data.cost(open[a], j)
        }
        return (cost, LocationSolution(open: open, allocation: allocation))
    }
}

// Hub choice for fixed center flows by greedy opening and swaps: the warm start of the two-level MIP.

/// Chooses hubs for centers with known parcel flows: for each allowed hub count, greedy opening then
/// swaps, centers assigned by decreasing regret to the cheapest open hub with room; the cheapest plan wins.
enum HubHeuristic {
    /// Open hubs, each center's hub (-1 for centers without flow), and the plan's yearly cost (subsidy
    /// deducted); `nil` when no hub set fits the flows.
    static func plan(_ p: HubProblem, flows: [Double]) -> (open: [Int], hubOf: [Int], cost: Double)? {
        var best: (open: [Int], hubOf: [Int], cost: Double)?
        let existing = (0..<p.hubs).filter { p.hubExisting[$0] }
        let allowed = (0..<p.hubs).filter { !p.hubClosed[$0] }
        for k in p.hubCount where k >= existing.count && k <= allowed.count {
            var open = existing
            while open.count < k {
                let pick = allowed.filter { !open.contains($0) }.min { a, b in
                    (evaluate(p, flows: flows, open: open + [a])?.cost ?? .infinity, a)
                        < (evaluate(p, flows: flows, open: open + [b])?.cost ?? .infinity, b)
                }!
                open.append(pick)
            }
            var current = evaluate(p, flows: flows, open: open)
            var improved = true
            while improved {
                improved = false
                for a in open.indices where !p.hubExisting[open[a]] {
                    for h in allowed where !open.contains(h) {
                        var trial = open
                        trial[a] = h
                        if let t = evaluate(p, flows: flows, open: trial), t.cost < (current?.cost ?? .infinity) - 1e-9
                        {
                            open = trial
                            current = t
                            improved = true
                        }
                    }
                }
            }
            if let current, current.cost < (best?.cost ?? .infinity) {
                best = (open.sorted(), current.hubOf, current.cost)
            }
        }
        return best
    }

    /// Assigns centers to `open` hubs (regret order, capacities) and prices the plan.
    static func evaluate(_ p: HubProblem, flows: [Double], open: [Int]) -> (hubOf: [Int], cost: Double)? {
        var room = open.map { p.hubCapacities[$0] ?? .infinity }
        var hubOf = [Int](repeating: -1, count: flows.count)
        let unit = { (c: Int, h: Int) in p.lineCost(km: p.centerHubKm[c, h], parcelsPerDay: 1).total }
        let order = flows.indices.filter { flows[$0] > 0 }.sorted { a, b in
            func regret(_ c: Int) -> Double {
                let costs = open.map { unit(c, $0) }.sorted()
                return costs.count > 1 ? (costs[1] - costs[0]) * flows[c] : .infinity
            }
            return (regret(a), -a) > (regret(b), -b)
        }
        var cost = open.reduce(0.0) { $0 + p.hubFixedCosts[$1] }
        var tolls = 0.0
        for c in order {
            let choices = open.indices.filter { room[$0] >= flows[c] - 1e-9 }
            guard let k = choices.min(by: { (unit(c, open[$0]), $0) < (unit(c, open[$1]), $1) }) else { return nil }
            hubOf[c] = open[k]
            room[k] -= flows[c]
            let line = p.lineCost(km: p.centerHubKm[c, open[k]], parcelsPerDay: flows[c])
            cost += line.total
            tolls += line.tolls
        }
        return (hubOf, cost - (p.subsidy?.refund(tolls: tolls) ?? 0))
    }
}

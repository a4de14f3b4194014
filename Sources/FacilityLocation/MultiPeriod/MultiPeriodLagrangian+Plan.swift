// A plan from a relaxed problem's design: its sites' tier paths, villages assigned by regret, tiers raised to fit.

extension MultiPeriodLagrangian {
    /// A plan that keeps every rule of the county's model, built on `design` (the tier of each local site each
    /// year, -1 when closed: a relaxed problem's paths): each year the villages, largest regret first, go to their
    /// cheapest way to be served (a site open in the design with room at its tier, else with room at the largest
    /// tier, or staying unserved before the cover year; a village that must be served and has no open site opens
    /// its cheapest ready one); then tiers are sized to the loads (``sized``). `strict` keeps each site within its
    /// design tier (a village left without room stays unserved before the cover year): the design's timing of
    /// capacity, where the default lets a village raise a site's tier. `nil` when no plan comes of it.
    func plan(design: [Int], strict: Bool = false) -> MultiPeriodSolution? {
        let m = sites.count, n = clients.count
        var s = MultiPeriodSolution(sites: p.sites, clients: p.clients, years: years)
        var tier = [Int](repeating: -1, count: m)
        var load = [Double](repeating: 0, count: m)
        var options: [(a: Int, cost: Double)] = []
        var loads = [Double](repeating: 0, count: m * years)
        var order: [(b: Int, regret: Double)] = []
        for t in 0..<years {
            for a in 0..<m { tier[a] = max(tier[a], design[a * years + t]) }
            for a in 0..<m { load[a] = 0 }
            order.removeAll(keepingCapacity: true)
            for b in 0..<n {
                var first = uncovered[t][b], second = Double.infinity
                for a in 0..<m where tier[a] >= 0 {
                    let q = place[a * n + b]
                    guard q >= 0 else { continue }
                    let c = cost[a * years + t][q]
                    if c < first { (first, second) = (c, first) } else if c < second { second = c }
                }
                order.append((b, second.isFinite ? second - first : .infinity))
            }
            order.sort { $0.regret != $1.regret ? $0.regret > $1.regret : $0.b < $1.b }
            for (b, _) in order {
                let w = weight[t][b]
                options.removeAll(keepingCapacity: true)
                for a in 0..<m where tier[a] >= 0 && place[a * n + b] >= 0 {
                    options.append((a, cost[a * years + t][place[a * n + b]]))
                }
                options.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.a < $1.a }
                let atTier = options.first { load[$0.a] + w <= usable(tier[$0.a]) }
                let anyRoom = strict ? nil : options.first { load[$0.a] + w <= usable(tiers - 1) }
                var pick = atTier ?? anyRoom
                if let c = pick?.cost, uncovered[t][b] <= c { pick = nil }
                if pick == nil && !uncovered[t][b].isFinite {
                    // Must be served: open the cheapest ready site that may serve it.
                    let ready = (0..<m).filter { tier[$0] < 0 && t >= p.firstYear[sites[$0]] }
                    guard
                        let a = ready.filter({ place[$0 * n + b] >= 0 }).min(by: {
                            let x = cost[$0 * years + t][place[$0 * n + b]], y = cost[$1 * years + t][place[$1 * n + b]]
                            return x != y ? x < y : $0 < $1
                        })
                    else { return nil }
                    tier[a] = 0
                    pick = (a, 0)
                }
                guard let a = pick?.a else { continue }
                load[a] += w
                s.center[t][clients[b]] = sites[a]
            }
            for a in 0..<m { loads[a * years + t] = load[a] }
        }
        return sized(s, loads: loads)
    }

    /// Tier `k`'s capacity less the margin the model keeps (``MultiPeriodProblem/capacityMargin``).
    private func usable(_ k: Int) -> Double { p.tiers[k].parcelsPerDay * (1 - MultiPeriodProblem.capacityMargin) }

    /// `s` with the cheapest tiers that carry `loads` (local site x year): each site open from the first year it
    /// serves a village (a forced site by the last year), earlier or more sites only where the county's centers
    /// per county need them; its tier each year the smallest that carries its load, never below last year's.
    private func sized(_ s: MultiPeriodSolution, loads: [Double]) -> MultiPeriodSolution? {
        var s = s
        let m = sites.count
        var opens = (0..<m).map { a in
            (0..<years).first { loads[a * years + $0] > 0 } ?? (p.forced[sites[a]] ? years - 1 : years)
        }
        for t in cover..<years {
            var open = opens.filter { $0 <= t }.count
            for a in 0..<m where open < p.centersPerCounty && opens[a] > t && t >= p.firstYear[sites[a]] {
                opens[a] = t
                open += 1
            }
            if open < p.centersPerCounty { return nil }
        }
        for a in 0..<m {
            var tier = -1
            for t in 0..<years {
                if t >= opens[a] {
                    let load = loads[a * years + t]
                    guard let fit = (0..<tiers).first(where: { usable($0) >= load }) else { return nil }
                    tier = max(tier, fit)
                }
                s.tier[sites[a]][t] = tier
            }
        }
        return s
    }
}

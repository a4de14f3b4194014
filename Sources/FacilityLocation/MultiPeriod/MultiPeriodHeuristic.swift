// A feasible first build-out for GLPK's search: nearest ready site with room, smallest tier that fits, year by year.
extension MultiPeriodProblem {
    /// A plan that keeps every rule except the budgets (GLPK drops a warm start that breaks one): each year,
    /// villages whose county must be served go, heaviest first, to the nearest open site that may serve them and
    /// still has room at the largest tier, or else open the nearest site available that year; each site then takes the smallest tier that
    /// carries `(1 + reserve) x` its load, never below last year's. Existing sites stay open (closed ones shut
    /// in the first year); counties short of centers open their nearest-to-demand spare sites at the smallest
    /// tier. `nil` when this greedy finds no room for a village.
    func greedyPlan(clients group: [Int], sites groupSites: [Int]) -> MultiPeriodSolution? {
        var s = MultiPeriodSolution(sites: sites, clients: clients, years: years)
        // The model keeps a margin of each tier's capacity free (capacityMargin): so does this plan.
        let usable = tiers.map { $0.parcelsPerDay * (1 - Self.capacityMargin) }
        let largest = usable[tiers.count - 1]
        var tier = [Int](repeating: -1, count: sites)
        for i in groupSites where !closed[i] { tier[i] = existingTier[i] ?? -1 }
        for t in 0..<years {
            var load = [Double](repeating: 0, count: sites)
            let ready = groupSites.filter { !closed[$0] && (existingTier[$0] != nil || firstYear[$0] <= t) }
            var isOpen = tier.map { $0 >= 0 }
            let order = group.sorted {
                demands[t][$0] > demands[t][$1] || (demands[t][$0] == demands[t][$1] && $0 < $1)
            }
            for j in order {
                // Served from the first year where a site is available (waiting is rarely cheaper); only a
                // village with no site available yet stays unserved before its cover year.
                let mustServe = t >= coverFrom[clientCounty[j]]

                let need = (1 + reserve) * demands[t][j]
                // The nearest open site with room; else, when the village must be served, open the nearest spare.
                var best = -1
                for pass in 0..<2 where best < 0 {
                    for i in ready
                    where allows(j, i) && (pass == 1 || isOpen[i]) && (1 + reserve) * load[i] + need <= largest {
                        if best < 0 || km[j, i] < km[j, best] { best = i }
                    }
                }
                if best < 0 && mustServe { return nil }
                s.center[t][j] = best
                if best >= 0 { load[best] += demands[t][j]; isOpen[best] = true }
            }
            for i in ready where load[i] > 0 {
                let fit =
                    usable.firstIndex { $0 >= (1 + reserve) * load[i] } ?? tiers.count - 1
                tier[i] = max(tier[i], fit)
            }
            for c in Set(group.map { clientCounty[$0] } + groupSites.map { siteCounty[$0] }).sorted()
            where t >= coverFrom[c] {
                var open = ready.filter { siteCounty[$0] == c && tier[$0] >= 0 }.count
                for i in ready where siteCounty[i] == c && tier[i] < 0 && open < centersPerCounty {
                    tier[i] = 0
                    open += 1
                }
            }
            for i in groupSites where forced[i] && t == years - 1 && tier[i] < 0 {
                guard ready.contains(i) else { return nil }
                tier[i] = 0
            }
            for i in groupSites { s.tier[i][t] = tier[i] }
        }
        return s
    }
}

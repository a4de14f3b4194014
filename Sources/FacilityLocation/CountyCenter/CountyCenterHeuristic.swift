// A first county-center plan for GLPK's warm start: greedy opening per county, then regret assignment.

/// Builds a feasible plan when it easily can (it may fail on tight capacities or budgets; GLPK then starts
/// without one). It is also the plan of a county whose time ran out before GLPK could start.
///
/// Existing sites open first; each county then opens, while it has fewer centers than the rule asks, the site
/// that lowers "fixed + transport" most; more sites open while that total falls and the rule and budget allow.
/// Villages go, by decreasing regret, to their cheapest allowed open site with room.
enum CountyCenterHeuristic {
    /// Open sites and one site per village (in `clients` order), or `nil`.
    static func plan(_ p: CountyCenterProblem, clients: [Int], sites: [Int]) -> (open: [Int], assignment: [Int])? {
        let range = p.centersPerCounty.range
        var isOpen = [Bool](repeating: false, count: p.sites)
        var perCounty = [Int](repeating: 0, count: p.counties)
        var spent = 0.0
        func open(_ i: Int) {
            isOpen[i] = true
            perCounty[p.siteCounty[i]] += 1
            spent += p.fixedCosts[i]
        }
        for i in sites where p.existing[i] { open(i) }
        // Current cheapest allowed cost per village (infinity while none is open).
        var best = clients.map { j in
            sites.filter { isOpen[$0] && p.allows(j, $0) }.map { p.transportCost(j, $0) }.min() ?? .infinity
        }
        func gain(_ i: Int) -> Double {
            var total = -p.fixedCosts[i]
            for (a, j) in clients.enumerated() where p.allows(j, i) {
                let c = p.transportCost(j, i)
                // A village nothing serves yet counts hugely: reaching it comes before any saving.
                if c < best[a] { total += best[a] == .infinity ? 1e15 : best[a] - c }
            }
            return total
        }
        func take(_ i: Int) {
            open(i)
            for (a, j) in clients.enumerated() where p.allows(j, i) { best[a] = min(best[a], p.transportCost(j, i)) }
        }
        let counties = Set(sites.map { p.siteCounty[$0] })
        for c in counties.sorted() {
            while perCounty[c] < range.lowerBound {
                let choices = sites.filter { !isOpen[$0] && !p.closed[$0] && p.siteCounty[$0] == c }
                guard let i = choices.max(by: { gain($0) < gain($1) }) else { return nil }
                take(i)
            }
        }
        // Villages nothing reaches yet, then anything that pays for itself.
        while true {
            let choices = sites.filter { i in
                !isOpen[i] && !p.closed[i] && perCounty[p.siteCounty[i]] < range.upperBound
                    && spent + p.fixedCosts[i] <= (p.budget ?? .infinity)
            }
            guard let i = choices.max(by: { gain($0) < gain($1) }), gain(i) > 0 else { break }
            take(i)
        }
        // Short of capacity (opening above ignores it): open the next best site until the villages fit. A county
        // out of time keeps this plan, so it should exist whenever a plan is easy to find.
        while true {
            let open = sites.filter { isOpen[$0] }
            if let assignment = assign(p, clients: clients, open: open) { return (open, assignment) }
            let choices = sites.filter { i in
                !isOpen[i] && !p.closed[i] && perCounty[p.siteCounty[i]] < range.upperBound
                    && spent + p.fixedCosts[i] <= (p.budget ?? .infinity)
            }
            guard let i = choices.max(by: { gain($0) < gain($1) }) else { return nil }
            take(i)
        }
    }

    /// Villages by decreasing regret, each to its cheapest allowed open site with room.
    static func assign(_ p: CountyCenterProblem, clients: [Int], open: [Int]) -> [Int]? {
        // The model's margin (``LocationGLPK/capacityMargin``), so the plan is a feasible start for GLPK.
        var room = open.map { p.capacities[$0].map { $0 * (1 - LocationGLPK.capacityMargin) } ?? .infinity }
        let options: [[Int]] = clients.map { j in
            open.indices.filter { p.allows(j, open[$0]) }.sorted {
                p.transportCost(j, open[$0]) < p.transportCost(j, open[$1])
            }
        }
        let regret: [Double] = clients.indices.map { a in
            let o = options[a]
            guard let first = o.first else { return .infinity }
            return o.count > 1
                ? p.transportCost(clients[a], open[o[1]]) - p.transportCost(clients[a], open[first]) : .infinity
        }
        let order = clients.indices.sorted { regret[$0] > regret[$1] || (regret[$0] == regret[$1] && $0 < $1) }
        var assignment = [Int](repeating: -1, count: clients.count)
        for a in order {
            let d = p.demands[clients[a]]
            guard let k = options[a].first(where: { room[$0] >= d - 1e-9 }) else { return nil }
            assignment[a] = open[k]
            room[k] -= d
        }
        return assignment
    }
}

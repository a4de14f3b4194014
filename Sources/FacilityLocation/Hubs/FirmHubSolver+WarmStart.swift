// The firm-hub model's columns, and its warm start: every firm on one hub, hubs added greedily.

extension FirmHubSolver {
    /// Where each of the model's variables sits, to write a plan as a column vector.
    struct Columns {
        /// The award's columns: hub covers, (hub, county, column) served, reach `f * hubs + h`, award per firm.
        struct Award {
            var counties: [Int]
            var cover: [Int] = [], served: [(hub: Int, county: Int, column: Int)] = [], reach: [Int] = []
            var award: [Int] = []
        }
        var hub: [Int], y: [Int], z: [Int]
        var trips: [Int] = [], subsidy: [Int] = []
        var award: Award? = nil

        /// `plan` as values of every column (a feasible point of the model when `plan` is feasible).
        func values(_ p: FirmHubProblem, _ plan: FirmHubPlan, count: Int) -> [Double] {
            let nh = p.hubs, nc = p.centers, ng = p.gateways
            var x = [Double](repeating: 0, count: count)
            for h in plan.open { x[hub[h]] = 1 }
            var countiesOf = [Set<Int>](repeating: [], count: nh)
            for f in 0..<p.firms {
                x[z[f * nh + plan.main[f]]] = 1
                for c in 0..<nc where plan.centerHub[f][c] >= 0 {
                    x[y[(f * nc + c) * nh + plan.centerHub[f][c]]] = 1
                    countiesOf[plan.centerHub[f][c]].insert(p.centerCounty[c])
                }
                for h in plan.hubsOf[f] {
                    for g in 0..<ng where trips[(f * nh + h) * ng + g] >= 0 {
                        let line = p.flows[f].gatewayLine(
                            hub: h, gateway: g, centerHub: plan.centerHub[f], main: plan.main[f])
                        x[trips[(f * nh + h) * ng + g]] = Double(p.trips(max(line.forward, line.back)))
                    }
                }
                // A hair under the rule's amount, so rounding never makes the start infeasible.
                if subsidy[f] >= 0 { x[subsidy[f]] = plan.subsidy[f] * (1 - 1e-9) }
            }
            guard let award else { return x }
            for h in 0..<nh where p.covers(load: plan.load[h], counties: countiesOf[h].count) { x[award.cover[h]] = 1 }
            for s in award.served where countiesOf[s.hub].contains(s.county) { x[s.column] = 1 }
            for f in 0..<p.firms where plan.awarded[f] {
                x[award.award[f]] = 1
                if let h = plan.hubsOf[f].first(where: { x[award.cover[$0]] == 1 }) { x[award.reach[f * nh + h]] = 1 }
            }
            return x
        }
    }

    /// A feasible plan with every firm wholly on one hub, or nil when the greedy finds none: hubs are added one
    /// at a time (the existing ones first), each the one that lowers the cost most, firms taking their cheapest
    /// hub with room (largest first), until the count's lower bound is met and no hub pays for itself; an open
    /// hub left without a firm takes the firm that loses least by moving there.
    static func singleHubStart(_ p: FirmHubProblem) -> FirmHubPlan? {
        let nf = p.firms, nh = p.hubs
        let allowed = (0..<nh).filter { !p.hubClosed[$0] }
        let everyCenter = { (h: Int, f: Int) in (0..<p.centers).map { p.flows[f].usesCenter($0) ? h : -1 } }
        var alone = [Double](repeating: 0, count: nf * nh)
        for f in 0..<nf {
            for h in allowed {
                var feeders = 0.0
                for c in 0..<p.centers where p.flows[f].usesCenter(c) {
                    feeders += p.feederCost[(f * p.centers + c) * nh + h]
                }
                var only = [Bool](repeating: false, count: nh)
                only[h] = true
                let lines = p.gatewayLines(firm: f, hubs: only, centerHub: everyCenter(h, f), main: h)
                alone[f * nh + h] = feeders + lines.cost - min(p.subsidyShare * lines.subsidisedTolls, p.subsidyCap)
            }
        }
        let order = (0..<nf).sorted { p.flows[$0].load > p.flows[$1].load }
        // Largest firm first to its cheapest hub with room; when that packs badly, to the fullest hub it fits.
        func assign(_ open: [Int]) -> (hubOf: [Int], cost: Double)? {
            pack(open, tightest: false) ?? pack(open, tightest: true)
        }
        func pack(_ open: [Int], tightest: Bool) -> (hubOf: [Int], cost: Double)? {
            var room = (0..<nh).map { p.hubCapacities[$0] ?? .infinity }
            var hubOf = [Int](repeating: -1, count: nf)
            for f in order {
                let fits = open.filter { room[$0] >= p.flows[f].load }
                let pick =
                    tightest
                    ? fits.min { room[$0] < room[$1] } : fits.min { alone[f * nh + $0] < alone[f * nh + $1] }
                guard let h = pick else { return nil }
                hubOf[f] = h
                room[h] -= p.flows[f].load
            }
            let used = Set(hubOf)
            return (
                hubOf,
                used.reduce(0) { $0 + p.hubFixedCosts[$1] } + (0..<nf).reduce(0) { $0 + alone[$1 * nh + hubOf[$1]] }
            )
        }
        var open = allowed.filter { p.hubExisting[$0] }
        var best = assign(open)
        // Until the firms fit at all: the hub cheapest on average over the firms.
        while best == nil && open.count < p.hubCount.upperBound {
            let average = { (h: Int) in p.hubFixedCosts[h] + (0..<nf).reduce(0) { $0 + alone[$1 * nh + h] } / Double(nf)
            }
            guard let h = allowed.filter({ !open.contains($0) }).min(by: { average($0) < average($1) }) else { break }
            open.append(h)
            best = assign(open)
        }
        while open.count < p.hubCount.upperBound {
            let next = allowed.filter { !open.contains($0) }.compactMap { h in assign(open + [h]).map { (h, $0) } }
                .min { $0.1.cost < $1.1.cost }
            guard let next, open.count < p.hubCount.lowerBound || best == nil || next.1.cost < best!.cost else { break }
            open.append(next.0)
            best = next.1
        }
        guard var hubOf = best?.hubOf else { return nil }
        // Open hubs without a firm (the lower bound, existing hubs) take the firm that loses least by moving.
        for h in open where !hubOf.contains(h) {
            let movable = (0..<nf).filter { f in
                hubOf.filter { $0 == hubOf[f] }.count > 1 && (p.hubCapacities[h] ?? .infinity) >= p.flows[f].load
            }
            guard
                let f = movable.min(by: {
                    alone[$0 * nh + h] - alone[$0 * nh + hubOf[$0]] < alone[$1 * nh + h] - alone[$1 * nh + hubOf[$1]]
                })
            else { return nil }
            hubOf[f] = h
        }
        let plan = p.plan(centerHub: (0..<nf).map { everyCenter(hubOf[$0], $0) }, main: hubOf)
        let fits = plan.open.allSatisfy { plan.load[$0] <= (p.hubCapacities[$0] ?? .infinity) * (1 + 1e-9) }
        return fits && p.hubCount.contains(plan.open.count) ? plan : nil
    }
}

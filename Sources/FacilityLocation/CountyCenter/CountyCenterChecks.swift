// Pre-checks of the county-center model: find why a request is infeasible before GLPK, and say where.

/// Explains infeasibility of a ``CountyCenterProblem`` in a planner's terms: the county with no candidate
/// site, the villages no allowed site reaches, the county whose capacity is short, the budget that cannot pay
/// for the centers the rule demands.
enum CountyCenterChecks {
    /// The first reason the problem cannot be feasible, or `nil` when these checks find none (GLPK may still
    /// prove infeasibility, e.g. when single-sourcing cannot pack the villages; ``CountyCenterSolver``
    /// diagnoses that case).
    static func problem(_ p: CountyCenterProblem) -> String? {
        let range = p.centersPerCounty.range
        let names = p.labels
        if let c = p.assignmentCharges, c.clients != p.clients || c.sites != p.sites {
            return
                "assignment charges are \(c.clients) x \(c.sites), the problem \(p.clients) villages x \(p.sites) sites"
        }
        var sitesIn = [[Int]](repeating: [], count: p.counties)
        for i in 0..<p.sites where !p.closed[i] { sitesIn[p.siteCounty[i]].append(i) }
        var villagesIn = [Int](repeating: 0, count: p.counties)
        for j in 0..<p.clients { villagesIn[p.clientCounty[j]] += 1 }
        for i in 0..<p.sites where p.existing[i] && p.closed[i] {
            return "\(names.site(i)) is both existing (kept open) and closed"
        }
        for c in 0..<p.counties {
            if sitesIn[c].count < range.lowerBound {
                let need = range.lowerBound == 1 ? "a center" : "\(range.lowerBound) centers"
                return
                    "\(names.county(c)) has \(sitesIn[c].isEmpty ? "no candidate site" : "only \(sitesIn[c].count) candidate sites")"
                    + " but must have \(need)" + (villagesIn[c] > 0 ? " (it has \(villagesIn[c]) villages)" : "")
            }
            let kept = sitesIn[c].filter { p.existing[$0] }.count
            if kept > range.upperBound {
                return "\(names.county(c)) has \(kept) existing centers, more than the \(range.upperBound) allowed"
            }
        }
        // Villages no allowed site reaches, with the reason.
        var stranded: [String] = []
        for j in 0..<p.clients where !(0..<p.sites).contains(where: { p.allows(j, $0) }) {
            stranded.append(names.client(j))
        }
        if !stranded.isEmpty {
            var why: [String] = []
            if !p.crossCounty { why.append("in their own county") }
            if let k = p.maxKm { why.append("within \(k) km") }
            if let t = p.maxMinutes { why.append("within \(t) minutes") }
            return "no candidate site " + (why.isEmpty ? "is open-able" : why.joined(separator: " and "))
                + " can serve " + LocationLabels.list(stranded)
        }
        if p.capacities.contains(where: { $0 != nil }) {
            if let reason = capacityProblem(p, sitesIn: sitesIn) { return reason }
        }
        if let budget = p.budget {
            let (needed, dearest) = leastFixedCost(p, sitesIn: sitesIn)
            if needed > budget * (1 + 1e-12) {
                return
                    "the budget \(budget) is below \(needed), the least fixed cost that gives every county the centers"
                    + " the rule asks for" + (p.crossCounty ? "" : " with room for its villages' parcels")
                    + (dearest.map { " (\(names.county($0.county)) alone needs \($0.cost))" } ?? "")
            }
        }
        return nil
    }

    /// A lower bound on the fixed costs of any feasible plan, and the county needing most: per county, the
    /// larger of "existing centers plus the cheapest ones the rule adds" and (without cross-county service) the
    /// cheapest set of sites whose capacity holds the county's demand (a covering knapsack).
    private static func leastFixedCost(
        _ p: CountyCenterProblem, sitesIn: [[Int]]
    )
        -> (total: Double, dearest: (county: Int, cost: Double)?)
    {
        let lower = p.centersPerCounty.range.lowerBound
        var total = 0.0
        var dearest: (county: Int, cost: Double)?
        for c in 0..<p.counties {
            let sites = sitesIn[c]
            let kept = sites.filter { p.existing[$0] }
            var cost = kept.reduce(0) { $0 + p.fixedCosts[$1] }
            cost += sites.filter { !p.existing[$0] }.map { p.fixedCosts[$0] }.sorted()
                .prefix(max(0, lower - kept.count)).reduce(0, +)
            if !p.crossCounty {
                let demand = (0..<p.clients).filter { p.clientCounty[$0] == c }.reduce(0.0) { $0 + p.demands[$1] }
                let knapsack = CoveringKnapsack.solve(
                    values: sites.map { p.fixedCosts[$0] }, weights: sites.map { p.capacities[$0] ?? demand },
                    requirement: demand, allowed: { _ in true }, forced: { p.existing[sites[$0]] })
                cost = max(cost, knapsack.value)
            }
            total += cost
            if cost > (dearest?.cost ?? -1) { dearest = (c, cost) }
        }
        return (total, dearest)
    }

    private static func capacityProblem(_ p: CountyCenterProblem, sitesIn: [[Int]]) -> String? {
        let names = p.labels
        func capacity(_ sites: [Int]) -> Double { sites.reduce(0) { $0 + (p.capacities[$1] ?? .infinity) } }
        let total = p.demands.reduce(0, +)
        let all = (0..<p.sites).filter { !p.closed[$0] }
        if capacity(all) < total * (1 - 1e-12) {
            return "the candidate sites hold \(capacity(all)) parcels a day in all, below the demand of \(total)"
        }
        if !p.crossCounty {
            for c in 0..<p.counties {
                let demand = (0..<p.clients).filter { p.clientCounty[$0] == c }.reduce(0.0) { $0 + p.demands[$1] }
                if capacity(sitesIn[c]) < demand * (1 - 1e-12) {
                    return "\(names.county(c))'s candidate sites hold \(capacity(sitesIn[c])) parcels a day, below its"
                        + " villages' demand of \(demand)"
                }
            }
        }
        if p.singleSource {
            var tooBig: [String] = []
            for j in 0..<p.clients {
                let largest = (0..<p.sites).filter { p.allows(j, $0) }.map { p.capacities[$0] ?? .infinity }.max() ?? 0
                if p.demands[j] > largest * (1 + 1e-12) { tooBig.append(names.client(j)) }
            }
            if !tooBig.isEmpty {
                return "no allowed site can take the whole demand of " + LocationLabels.list(tooBig)
                    + " (single-source)"
            }
        }
        return nil
    }
}

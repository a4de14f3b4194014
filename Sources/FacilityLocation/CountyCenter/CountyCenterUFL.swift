// One county's centers as an uncapacitated facility problem when no capacity can bind: the Lagrangian B&B instead of GLPK.
import SolverControl

/// GLPK spends most of a county's time on the root LP of the strong formulation (a 740-village county of
/// Pingshan: 13,475 degenerate simplex pivots over 17,760 `x <= y` rows, 6 CPU s) although that LP is
/// integral; Hebei's 167 counties took 106 CPU s. When a county has no budget and no site's capacity can bind
/// (each site's capacity at least the demand of every village it may serve, as with the default 1.5x the
/// county's demand), the county model is exactly an uncapacitated facility location problem: existing sites
/// open at no extra choice, closed sites gone, pairs outside the radius forbidden. ``FacilitySolver`` proves
/// that optimal in milliseconds (0.03 s on Pingshan, the same optimum).
///
/// The UFL drops the county's center-count rule; its optimum is the county model's optimum whenever it obeys
/// that rule (a relaxation's optimum that is feasible is optimal), so a plan breaking it, using a forbidden
/// pair, or not proven in time returns `nil` and GLPK solves the county as before.
enum CountyCenterUFL {
    /// The county's proven-optimal plan (global sites; one share per village) and its objective, or `nil` when
    /// the shortcut does not apply or cannot prove its answer.
    static func solve(
        _ p: CountyCenterProblem, group: (counties: [Int], clients: [Int], sites: [Int]), options: LocationOptions,
        budget: TimeBudget
    ) -> (open: [Int], allocation: [[Share]], objective: Double)? {
        guard group.counties.count == 1, p.budget == nil, !group.clients.isEmpty else { return nil }
        let sites = group.sites.filter { !p.closed[$0] }
        guard !sites.isEmpty else { return nil }
        let n = group.clients.count, m = sites.count
        // Capacities that cannot bind: every village a site may serve fits at once, within the model's margin
        // (``LocationGLPK/capacityMargin``), so the plan is the model's optimum.
        for i in sites {
            guard let capacity = p.capacities[i] else { continue }
            let reachable = group.clients.reduce(0.0) { $0 + (p.allows($1, i) ? p.demands[$1] : 0) }
            guard capacity * (1 - LocationGLPK.capacityMargin) >= reachable else { return nil }
        }
        var costs = [Double](repeating: 0, count: n * m)
        var forbidden = [Bool](repeating: false, count: n * m)
        var largest = 0.0
        for (a, j) in group.clients.enumerated() {
            var reachable = false
            for (b, i) in sites.enumerated() {
                if p.allows(j, i) {
                    costs[a * m + b] = p.transportCost(j, i)
                    largest = max(largest, costs[a * m + b])
                    reachable = true
                } else {
                    forbidden[a * m + b] = true
                }
            }
            // A village no site may serve: GLPK's path names the rule at fault.
            guard reachable else { return nil }
        }
        // Existing sites stay open whatever the model says: at no fixed cost they are opened whenever they help.
        let fixed = sites.map { p.existing[$0] ? 0 : p.fixedCosts[$0] }
        let prohibitive = 1e3 * (largest + fixed.reduce(0, +) + 1)
        for k in forbidden.indices where forbidden[k] { costs[k] = prohibitive }
        guard
            let problem = try? FacilityProblem(
                allocationCosts: CostMatrix(clients: n, sites: m, values: costs),
                demands: group.clients.map { p.demands[$0] }, fixedCosts: fixed, capacities: nil)
        else { return nil }
        var quick = options
        quick.timeLimit = budget.remaining
        quick.exportLP = nil
        let result = FacilitySolver(options: quick).solve(problem)
        guard result.status == .optimal, let solution = result.solution else { return nil }
        var open = Set(solution.open.map { sites[$0] })
        for i in sites where p.existing[i] { open.insert(i) }
        var allocation: [[Share]] = []
        allocation.reserveCapacity(n)
        for (a, shares) in solution.allocation.enumerated() {
            // The cheapest open site (UFL serves each village whole); a forbidden one means the rule binds.
            guard let b = shares.max(by: { $0.fraction < $1.fraction })?.site, !forbidden[a * m + b] else {
                return nil
            }
            allocation.append([Share(site: sites[b], fraction: 1)])
        }
        guard p.centersPerCounty.range.contains(open.count) else { return nil }
        let opened = open.sorted()
        var objective = opened.reduce(0.0) { $0 + p.fixedCosts[$1] }
        for (a, j) in group.clients.enumerated() { objective += p.transportCost(j, allocation[a][0].site) }
        return (opened, allocation, objective)
    }
}

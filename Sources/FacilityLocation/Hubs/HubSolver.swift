// Solves the two-level hub model with GLPK, warm-started from a county-center plan and a hub heuristic.
import GLPK
import SolverControl

/// Solves ``HubProblem``: centers given (hubs and lines only) or chosen in the same MIP.
///
/// The warm start solves the county-center level alone first (``CountyCenterSolver``, a third of the time),
/// prices its center flows with ``HubHeuristic``, and hands both to GLPK with the subsidy at its value.
public struct HubSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `problem`; the result's solution is the hub level; ``HubPlan`` has both levels and the costs.
    public func solve(_ problem: HubProblem) throws(LocationError) -> (result: LocationResult, plan: HubPlan?) {
        let budget = options.budget()
        let open = (0..<problem.hubs).filter { !problem.hubClosed[$0] }.count
        let kept = problem.hubExisting.filter { $0 }.count
        if open < problem.hubCount.lowerBound {
            throw .infeasible(
                "only \(open) hub candidates may open; the plan needs at least \(problem.hubCount.lowerBound)")
        }
        if kept > problem.hubCount.upperBound {
            throw .infeasible("\(kept) existing hubs, more than the \(problem.hubCount.upperBound) allowed")
        }
        // Level one: flows per center.
        var flows: [Double]
        var levelPlan: LocationSolution?
        var levelBound = 0.0
        switch problem.centers {
        case .given(let f):
            flows = f
        case .chosen(let cc):
            var first = options
            first.exportLP = nil
            first.timeLimit = budget.remaining.map { $0 / 3 }
            let level = try CountyCenterSolver(options: first).solve(cc)
            levelPlan = level.solution
            levelBound = level.bound
            flows = [Double](repeating: 0, count: cc.sites)
            for (j, shares) in (level.solution?.allocation ?? []).enumerated() {
                for s in shares { flows[s.site] += s.fraction * cc.demands[j] }
            }
        }
        let capacity = (0..<problem.hubs).filter { !problem.hubClosed[$0] }.reduce(0.0) {
            $0 + (problem.hubCapacities[$1] ?? .infinity)
        }
        let total = flows.reduce(0, +)
        if capacity < total * (1 - 1e-12) {
            throw .infeasible(
                "the hub candidates hold \(capacity) parcels a day in all, below the \(total) to be carried")
        }
        // The joint model takes seconds to build on a real network: a budget spent on level one stops here.
        if budget.isExhausted {
            return (
                LocationResult(
                    solution: nil, objective: .infinity, bound: levelBound, status: .noSolution,
                    seconds: budget.elapsed), nil
            )
        }
        let formulation = HubModel(problem)
        if let path = options.exportLP { try LocationGLPK.export(formulation.model, to: path) }
        let start = HubHeuristic.plan(problem, flows: flows).flatMap {
            warmStart(problem, formulation, hubs: $0.open, hubOf: $0.hubOf, flows: flows, level: levelPlan)
        }
        let result = try LocationGLPK.solve(formulation.model, options: options, budget: budget, warmStart: start)
        guard let values = result.values else {
            if result.status == .infeasible {
                throw .infeasible(
                    "GLPK proved the two-level model infeasible: hub capacities cannot take the centers' flows")
            }
            return (LocationGLPK.withoutPlan(result, seconds: budget.elapsed, what: "hub"), nil)
        }
        let plan = readPlan(problem, formulation, values)
        var stats = result.statistics
        var bound = result.bound
        if result.status != .optimal, case .chosen(let cc) = problem.centers {
            let separable = separableBound(problem, cc, levelBound: levelBound)
            stats.append(("separable_bound", String(separable)))
            bound = max(bound, separable)
        }
        return (
            LocationResult(
                solution: plan.hubs, objective: plan.total, bound: min(bound, plan.total),
                status: result.status, seconds: budget.elapsed, statistics: stats), plan
        )
    }

    /// A bound that needs no joint LP: the county-center level's bound, plus the cheapest hubs the count
    /// demands, plus every village's parcels on the cheapest line any of its allowed centers could use (the
    /// subsidy refunds at most `share` of the tolls, and at most every firm's cap).
    private func separableBound(_ p: HubProblem, _ cc: CountyCenterProblem, levelBound: Double) -> Double {
        let allowed = (0..<p.hubs).filter { !p.hubClosed[$0] }
        let kept = allowed.filter { p.hubExisting[$0] }
        let others = allowed.filter { !p.hubExisting[$0] }.map { p.hubFixedCosts[$0] }.sorted()
        let hubFixed =
            kept.reduce(0.0) { $0 + p.hubFixedCosts[$1] }
            + others.prefix(max(0, p.hubCount.lowerBound - kept.count)).reduce(0, +)
        let share = p.subsidy?.share ?? 0
        var shared = 0.0, capped = 0.0
        for j in 0..<cc.clients {
            var cheapest = (shared: Double.infinity, capped: Double.infinity)
            for i in 0..<cc.sites where cc.allows(j, i) {
                for h in allowed {
                    let line = p.lineCost(km: p.centerHubKm[i, h], parcelsPerDay: cc.demands[j])
                    cheapest.shared = min(cheapest.shared, line.total - share * line.tolls)
                    cheapest.capped = min(cheapest.capped, line.total)
                }
            }
            shared += cheapest.shared
            capped += cheapest.capped
        }
        let refundCap = p.subsidy.map { $0.capPerFirm * Double($0.firmShares.count) } ?? 0
        return levelBound + hubFixed + max(shared, capped - refundCap)
    }

    private func warmStart(
        _ p: HubProblem, _ f: HubModel, hubs: [Int], hubOf: [Int], flows: [Double], level: LocationSolution?
    ) -> [Double]? {
        var v: [Double]
        if let levelModel = f.level {
            guard let level,
                let base = levelModel.values(open: level.open, allocation: level.allocation)
            else { return nil }
            v = base + [Double](repeating: 0, count: f.model.variableCount - base.count)
        } else {
            v = [Double](repeating: 0, count: f.model.variableCount)
        }
        for h in hubs { v[f.hubColumn[h]] = 1 }
        var tolls = 0.0
        for (c, lines) in f.lines.enumerated() where hubOf.indices.contains(c) && hubOf[c] >= 0 {
            guard let line = lines.first(where: { $0.hub == hubOf[c] }) else { return nil }
            v[line.z] = 1
            if line.g >= 0 { v[line.g] = flows[c] }
            tolls += p.lineCost(km: p.centerHubKm[c, hubOf[c]], parcelsPerDay: flows[c]).tolls
        }
        if let subsidy = p.subsidy {
            let first = f.model.variableCount - subsidy.firmShares.count
            for (k, share) in subsidy.firmShares.enumerated() {
                v[first + k] = min(subsidy.share * share * tolls, subsidy.capPerFirm)
            }
        }
        return v
    }

    private func readPlan(_ p: HubProblem, _ f: HubModel, _ v: [Double]) -> HubPlan {
        let open = (0..<p.hubs).filter { v[f.hubColumn[$0]] > 0.5 }
        var allocation = [[Share]](repeating: [], count: p.centerHubKm.clients)
        var flows = [Double](repeating: 0, count: p.centerHubKm.clients)
        var centers: LocationSolution?
        var plan = HubPlan(hubs: LocationSolution(open: open, allocation: []))
        plan.hubFixed = open.reduce(0) { $0 + p.hubFixedCosts[$1] }
        switch p.centers {
        case .given(let given):
            flows = given
        case .chosen(let cc):
            let level = f.level!.plan(from: v)
            let solution = LocationSolution(open: level.open, allocation: level.allocation)
            centers = solution
            plan.centerFixed = level.open.reduce(0) { $0 + cc.fixedCosts[$1] }
            plan.villageTransport = cc.objective(of: solution) - plan.centerFixed
            for (j, shares) in level.allocation.enumerated() {
                for s in shares { flows[s.site] += s.fraction * cc.demands[j] }
            }
        }
        for (c, lines) in f.lines.enumerated() {
            guard let line = lines.first(where: { v[$0.z] > 0.5 }) else { continue }
            allocation[c] = [Share(site: line.hub, fraction: 1)]
            let cost = p.lineCost(km: p.centerHubKm[c, line.hub], parcelsPerDay: flows[c])
            plan.lineHaul += cost.total
            plan.tolls += cost.tolls
        }
        plan.subsidy = p.subsidy?.refund(tolls: plan.tolls) ?? 0
        plan.hubs = LocationSolution(open: open, allocation: allocation)
        plan.centers = centers
        return plan
    }
}

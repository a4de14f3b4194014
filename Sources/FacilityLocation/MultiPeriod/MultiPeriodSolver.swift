// Solves a MultiPeriodProblem with GLPK: county by county when nothing couples the counties, else as one model.
import GLPK
import SolverControl

/// The outcome of a multi-period solve.
public struct MultiPeriodResult: Sendable {
    /// The best plan found (`nil` when none: infeasible or out of time).
    public var solution: MultiPeriodSolution?
    /// Discounted total cost of `solution` and the proven lower bound.
    public var objective: Double
    public var bound: Double
    /// `optimal` when proven, `feasible` when cut by a time limit or Ctrl-C, `infeasible`, `no-solution`.
    public var status: LocationStatus
    public var seconds: Double
    /// Models solved (1, or one per county) and GLPK's branch-and-bound nodes in all.
    public var models: Int
    public var nodes: Int
    /// Relative gap between objective and bound (0 when proven optimal).
    public var gap: Double { status == .optimal ? 0 : max(0, objective - bound) / max(abs(objective), 1e-9) }
}

/// Solves ``MultiPeriodProblem``s with GLPK (validated first, silent unless `verbose`, within the time limit,
/// stopped by Ctrl-C with the best plan so far).
public struct MultiPeriodSolver: Sendable {
    public var options: LocationOptions
    /// Share of a county's time that GLPK's model of the whole county gets before the exact method by site sets
    /// (MultiPeriodCounty.swift).
    var probeShare = 0.1
    /// A solver with `options`.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `problem`. Without budgets the counties do not interact (villages are served in their own
    /// county), so each county is its own, much smaller model, solved in county order with a share of the time
    /// limit by size; with budgets it is one model. Throws ``LocationError/badInput(_:)`` for unusable data and
    /// ``LocationError/infeasible(_:)`` when GLPK proves no plan exists.
    public func solve(_ problem: MultiPeriodProblem) throws(LocationError) -> MultiPeriodResult {
        if let message = problem.validationProblem() { throw .badInput("multi-period: \(message)") }
        let budget = options.budget()
        let coupled = problem.budgets.contains { $0 != nil }
        var groups: [(clients: [Int], sites: [Int])] = []
        if coupled {
            groups = [(Array(0..<problem.clients), Array(0..<problem.sites))]
        } else {
            for c in 0..<problem.counties {
                let clients = (0..<problem.clients).filter { problem.clientCounty[$0] == c }
                let sites = (0..<problem.sites).filter { problem.siteCounty[$0] == c }
                if !clients.isEmpty || !sites.isEmpty { groups.append((clients, sites)) }
            }
        }
        let size = groups.map { Double(max(1, $0.clients.count) * max(1, $0.sites.count)) }
        var sizeLeft = size.reduce(0, +)
        var solution = MultiPeriodSolution(sites: problem.sites, clients: problem.clients, years: problem.years)
        var objective = 0.0, bound = 0.0, nodes = 0
        var status = LocationStatus.optimal
        for (g, group) in groups.enumerated() {
            let model = MultiPeriodModel(
                problem, clients: group.clients, sites: group.sites,
                lazyLinks: Self.lazyLinks(problem, clients: group.clients, sites: group.sites))
            let slice = TimeBudget(
                seconds: budget.remaining.map { $0 * size[g] / max(sizeLeft, 1) },
                cancellation: options.cancellation)
            sizeLeft -= size[g]
            if let path = options.exportLP, groups.count == 1 { try LocationGLPK.export(model.model, to: path) }
            // GLPK starts from the greedy build-out (dropped when it breaks a budget).
            let greedy = problem.greedyPlan(clients: group.clients, sites: group.sites)
            var start = greedy.flatMap { model.values(of: $0, existingTier: problem.existingTier) }
            // The Lagrangian bound builds no tier in fractions (MultiPeriodLagrangian.swift): it narrows the gap
            // left when a county is not proven. A twentieth of the county's time, towards the greedy plan's cost.
            var lower = 0.0, incumbent = greedy
            var lagrangian: (MultiPeriodLagrangian, MultiPeriodLagrangian.Run)?
            if !coupled, let first = start,
                let relaxation = MultiPeriodLagrangian(problem, clients: group.clients, sites: group.sites)
            {
                let r = relaxation.run(
                    upper: model.model.objectiveValue(at: first),
                    budget: slice.slice(seconds: 0.05 * (slice.remaining ?? 20)))
                lower = r.bound
                if r.bound.isFinite { lagrangian = (relaxation, r) }
                // Its plans are often far cheaper than the greedy one: the search goes on from the best.
                if let plan = r.plan, let values = model.values(of: plan, existingTier: problem.existingTier) {
                    incumbent = plan
                    start = values
                }
                options.log?("multi-period: group \(g + 1) Lagrangian bound \(lower), plan \(r.cost)")
            }
            var outcome = try solveGroup(
                problem, group: group, model: model, greedy: start == nil ? nil : incumbent, start: start,
                lagrangian: lagrangian, budget: slice,
                sets: !coupled)
            if !coupled, outcome.status == .feasible {
                outcome.bound = max(outcome.bound, min(lower, outcome.objective))
            }
            nodes += Int(outcome.statistics.first { $0.key == "glpk_nodes" }?.value ?? "0") ?? 0
            // Out of time or stopped before GLPK's first incumbent: without budgets the greedy start keeps every
            // rule, so it stands as the best plan so far.
            if outcome.values == nil, outcome.status != .infeasible, !coupled, let start {
                outcome.values = start
                outcome.objective = model.model.objectiveValue(at: start)
                outcome.status = .feasible
            }
            guard let values = outcome.values else {
                if outcome.status == .infeasible {
                    let what =
                        coupled
                        ? "the whole region (budgets couple the counties)"
                        : "county \(problem.labels.county(problem.siteCounty[group.sites.first ?? 0]))"
                    throw .infeasible(
                        "multi-period: GLPK proved no build-out of \(what) fits: check the budgets against"
                            + " the demonstration counties and the cover years, the land dates and the tiers' capacities"
                    )
                }
                return MultiPeriodResult(
                    solution: nil, objective: .infinity, bound: bound, status: .noSolution,
                    seconds: budget.elapsed, models: g + 1, nodes: nodes)
            }
            Self.read(values, model: model, into: &solution)
            objective += outcome.objective
            // Every cost is >= 0, so 0 bounds a county whose search stopped before GLPK proved a bound.
            bound += max(0, min(outcome.bound, outcome.objective))
            if outcome.status != .optimal { status = .feasible }
            options.log?("multi-period: group \(g + 1)/\(groups.count) \(outcome.status.rawValue)")
        }
        if status == .optimal { bound = objective }
        return MultiPeriodResult(
            solution: solution, objective: objective, bound: bound, status: status,
            seconds: budget.elapsed, models: groups.count, nodes: nodes)
    }

    /// Whether a group's `x <= y` rows go lazy (MultiPeriodLinks.swift): only for models of more than 40,000
    /// village-site-year pairs, where GLPK did not finish the full root LP (Hebei 130281: about 58,400); smaller models
    /// (every Datong county) keep every row, as measured in docs/years-benchmarks.md.
    static func lazyLinks(_ p: MultiPeriodProblem, clients: [Int], sites: [Int]) -> Bool {
        var pairs = 0
        for j in clients { for i in sites where p.allows(j, i) { pairs += p.years } }
        return pairs > 40_000
    }

    /// Reads tiers and assignments of one group's column values into the whole solution.
    static func read(_ v: [Double], model m: MultiPeriodModel, into s: inout MultiPeriodSolution) {
        for (a, i) in m.sites.enumerated() {
            for t in 0..<m.years {
                var tier = -1
                for k in 0..<m.tiers {
                    let col = m.levelColumn(a, k, t)
                    if col >= 0 && v[col] > 0.5 { tier = k }
                }
                s.tier[i][t] = tier
            }
        }
        for t in 0..<m.years {
            for (b, j) in m.clients.enumerated() {
                // The largest share serves the village (single-source models have one share of 1).
                var best = -1, share = 1e-9
                for (a, col) in m.pairs[t][b] where v[col] > share { best = m.sites[a]; share = v[col] }
                s.center[t][j] = best
            }
        }
    }
}

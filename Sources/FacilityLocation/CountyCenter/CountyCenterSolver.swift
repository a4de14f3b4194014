// Solves the county-center model with GLPK: pre-checks, per-county decomposition, warm starts, diagnosis.
import GLPK
import SolverControl

/// Solves ``CountyCenterProblem`` to proven optimality (or within the time limit).
///
/// Without cross-county service and without a budget the counties do not interact, so each county is its own
/// small MIP; otherwise one MIP covers all. Every MIP is warm-started by ``CountyCenterHeuristic``.
/// Infeasibility is explained: first by ``CountyCenterChecks`` (no candidate site, stranded villages, short
/// capacity, budget), and when GLPK still proves a county infeasible, by re-solving it with one rule dropped
/// at a time to name the rule that cannot be met.
public struct CountyCenterSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Whether a county whose capacities cannot bind is solved as a UFL (``CountyCenterUFL``) before GLPK; off
    /// only in tests that compare the two.
    var solvesUncapacitatedCounties = true

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) { self.options = options }

    /// Solves `problem`; throws ``LocationError`` (infeasible) with the reason when no plan exists.
    public func solve(_ problem: CountyCenterProblem) throws(LocationError) -> LocationResult {
        let budget = options.budget()
        if let reason = CountyCenterChecks.problem(problem) { throw .infeasible(reason) }
        let allCounties = Array(0..<problem.counties)
        if let path = options.exportLP {
            let whole = CountyCenterModel(
                problem, clients: Array(0..<problem.clients), sites: Array(0..<problem.sites), counties: allCounties)
            try LocationGLPK.export(whole.model, to: path)
        }
        var groups: [(counties: [Int], clients: [Int], sites: [Int])] = []
        if !problem.crossCounty && problem.budget == nil {
            for c in allCounties {
                groups.append(
                    (
                        [c], (0..<problem.clients).filter { problem.clientCounty[$0] == c },
                        (0..<problem.sites).filter { problem.siteCounty[$0] == c }
                    ))
            }
        } else {
            groups.append((allCounties, Array(0..<problem.clients), Array(0..<problem.sites)))
        }
        var open: [Int] = []
        var allocation = [[Share]](repeating: [], count: problem.clients)
        var objective = 0.0, bound = 0.0
        var proven = true
        var nodes = 0
        var work = groups.reduce(0) { $0 + $1.clients.count * max(1, $1.sites.count) }
        for group in groups {
            let size = group.clients.count * max(1, group.sites.count)
            let share = budget.remaining.map { $0 * Double(size) / Double(max(work, 1)) }
            work -= size
            let part = try solveGroup(problem, group: group, budget: budget.slice(seconds: share))
            guard let plan = part.plan else {
                if part.status == .infeasible {
                    throw .infeasible(diagnose(problem, group: group, budget: budget))
                }
                return LocationResult(
                    solution: nil, objective: .infinity, bound: -.infinity, status: .noSolution,
                    seconds: budget.elapsed, statistics: [("groups", String(groups.count))])
            }
            open += plan.open
            for (a, j) in group.clients.enumerated() { allocation[j] = plan.allocation[a] }
            objective += part.objective
            bound += part.bound
            proven =
                proven && (part.status == .optimal || part.bound >= part.objective - 1e-9 * max(1, abs(part.objective)))
            nodes += part.nodes
        }
        let solution = LocationSolution(open: open, allocation: allocation)
        let exact = problem.objective(of: solution)
        return LocationResult(
            solution: solution, objective: exact, bound: proven ? exact : min(bound, exact),
            status: proven ? .optimal : .feasible, seconds: budget.elapsed,
            statistics: [
                ("groups", String(groups.count)), ("glpk_nodes", String(nodes)),
                ("fixed_cost", String(open.reduce(0.0) { $0 + problem.fixedCosts[$1] })),
                ("transport_cost", String(exact - open.reduce(0.0) { $0 + problem.fixedCosts[$1] })),
            ])
    }

    private struct GroupResult {
        var plan: (open: [Int], allocation: [[Share]])?
        var objective: Double
        var bound: Double
        var status: LocationStatus
        var nodes: Int
    }

    private func solveGroup(
        _ p: CountyCenterProblem, group: (counties: [Int], clients: [Int], sites: [Int]), budget: TimeBudget
    ) throws(LocationError) -> GroupResult {
        if group.clients.isEmpty && group.sites.isEmpty {
            return GroupResult(plan: ([], []), objective: 0, bound: 0, status: .optimal, nodes: 0)
        }
        if solvesUncapacitatedCounties, !budget.isExhausted,
            let fast = CountyCenterUFL.solve(p, group: group, options: options, budget: budget)
        {
            return GroupResult(
                plan: (fast.open, fast.allocation), objective: fast.objective, bound: fast.objective, status: .optimal,
                nodes: 0)
        }
        let formulation = CountyCenterModel(p, clients: group.clients, sites: group.sites, counties: group.counties)
        let heuristic = CountyCenterHeuristic.plan(p, clients: group.clients, sites: group.sites)
        if let heuristic, budget.isExhausted, !budget.isCancelled {
            // Out of time (a county started after the limit): its heuristic plan, without building and loading a
            // MIP that would stop at once; the bound is one a glance proves.
            let objective = p.objective(
                of: LocationSolution(
                    open: heuristic.open, allocation: heuristic.assignment.map { [Share(site: $0, fraction: 1)] }))
            return GroupResult(
                plan: (heuristic.open, heuristic.assignment.map { [Share(site: $0, fraction: 1)] }),
                objective: objective, bound: Self.glanceBound(p, group: group), status: .feasible, nodes: 0)
        }
        let start = heuristic.flatMap { formulation.values(open: $0.open, assignment: $0.assignment) }
        let result = try LocationGLPK.solve(formulation.model, options: options, budget: budget, warmStart: start)
        let nodes = Int(result.statistics.first { $0.key == "glpk_nodes" }?.value ?? "0") ?? 0
        guard let values = result.values else {
            return GroupResult(
                plan: nil, objective: .infinity, bound: result.bound, status: result.status, nodes: nodes)
        }
        var bound = result.bound
        if result.status != .optimal {
            bound = max(bound, relaxedBound(p, group: group))
        }
        return GroupResult(
            plan: formulation.plan(from: values), objective: result.objective, bound: bound,
            status: result.status, nodes: nodes)
    }

    /// A bound with no solving: every village at its cheapest allowed site, and the existing sites plus the
    /// cheapest others up to the county rule's minimum paid for (one county; `-infinity` for a group of several).
    static func glanceBound(_ p: CountyCenterProblem, group: (counties: [Int], clients: [Int], sites: [Int])) -> Double
    {
        guard group.counties.count == 1, group.sites.allSatisfy({ p.fixedCosts[$0] >= 0 }) else { return -.infinity }
        var bound = 0.0
        for j in group.clients {
            guard let cheapest = group.sites.filter({ p.allows(j, $0) }).map({ p.transportCost(j, $0) }).min() else {
                return -.infinity
            }
            bound += cheapest
        }
        let existing = group.sites.filter { p.existing[$0] }
        let others = group.sites.filter { !p.existing[$0] && !p.closed[$0] }.map { p.fixedCosts[$0] }.sorted()
        let needed = max(0, p.centersPerCounty.range.lowerBound - existing.count)
        return bound + existing.reduce(0) { $0 + p.fixedCosts[$1] } + others.prefix(needed).reduce(0, +)
    }

    /// A bound when GLPK stops early (its root LP may not finish on a large county): the split CFL over the
    /// group without the county rule, the budget and single-sourcing, forbidden pairs priced prohibitively,
    /// solved by ``FacilitySolver`` for a few seconds. Every feasible plan is feasible there at the same cost.
    private func relaxedBound(
        _ p: CountyCenterProblem, group: (counties: [Int], clients: [Int], sites: [Int])
    ) -> Double {
        guard !group.clients.isEmpty, !group.sites.isEmpty else { return 0 }
        let n = group.clients.count, m = group.sites.count
        var costs = [Double](repeating: 0, count: n * m)
        var largest = 0.0
        for (a, j) in group.clients.enumerated() {
            for (b, i) in group.sites.enumerated() where p.allows(j, i) {
                costs[a * m + b] = p.transportCost(j, i)
                largest = max(largest, costs[a * m + b])
            }
        }
        let prohibitive = 1e3 * (largest + group.sites.reduce(0.0) { $0 + p.fixedCosts[$1] } + 1)
        for (a, j) in group.clients.enumerated() {
            for (b, i) in group.sites.enumerated() where !p.allows(j, i) { costs[a * m + b] = prohibitive }
        }
        let capacities = group.sites.map { p.capacities[$0] ?? group.clients.reduce(0.0) { $0 + p.demands[$1] } }
        guard
            let relaxed = try? FacilityProblem(
                allocationCosts: CostMatrix(clients: n, sites: m, values: costs),
                demands: group.clients.map { p.demands[$0] },
                fixedCosts: group.sites.map { p.fixedCosts[$0] }, capacities: capacities)
        else { return -.infinity }
        var quick = options
        // A few seconds, never past the caller's limit (a county out of time must not cost 3 s more).
        quick.timeLimit = min(3, options.timeLimit ?? 3)
        quick.exportLP = nil
        let result = FacilitySolver(options: quick).solve(relaxed)
        return result.status == .infeasible ? -.infinity : result.bound
    }

    /// Which single rule, when dropped, makes the group feasible (each tried with a short time limit).
    private func diagnose(
        _ p: CountyCenterProblem, group: (counties: [Int], clients: [Int], sites: [Int]), budget: TimeBudget
    ) -> String {
        let place = group.counties.count == 1 ? p.labels.county(group.counties[0]) : "the region"
        let rules: [(CountyCenterRelaxation, String)] = [
            (.singleSource, "serving each village from one center (splitting villages would fit)"),
            (.capacities, "the site capacities"), (.radius, "the service radius"), (.budget, "the budget"),
            (.centerCount, "the number of centers per county"),
        ]
        var culprits: [String] = []
        for (rule, text) in rules {
            // A heuristic plan of the relaxed problem proves it feasible at once; otherwise GLPK gets a few seconds.
            var looser = p
            if rule.contains(.singleSource) { looser.singleSource = false }
            if rule.contains(.capacities) { looser.capacities = p.capacities.map { _ in nil } }
            if rule.contains(.radius) { looser.maxKm = nil; looser.maxMinutes = nil }
            if rule.contains(.budget) { looser.budget = nil }
            if rule.contains(.centerCount) { looser.centersPerCounty = .atLeast(0) }
            if let plan = CountyCenterHeuristic.plan(looser, clients: group.clients, sites: group.sites),
                looser.budget.map({ b in plan.open.reduce(0.0) { $0 + p.fixedCosts[$1] } <= b }) ?? true
            {
                culprits.append(text)
                continue
            }
            let relaxed = CountyCenterModel(
                p, clients: group.clients, sites: group.sites, counties: group.counties,
                relax: rule)
            let quick = LocationOptions(timeLimit: min(5, budget.remaining ?? 5), cancellation: options.cancellation)
            if let result = try? LocationGLPK.solve(
                relaxed.model, options: quick, budget: quick.budget(), warmStart: nil),
                result.values != nil
            {
                culprits.append(text)
            }
        }
        if culprits.isEmpty {
            return "\(place): no plan meets the rules together (GLPK proved it); no single rule is to blame alone"
        }
        return "\(place): no plan meets the rules (GLPK proved it); it becomes feasible without "
            + culprits.joined(separator: ", or without ")
    }
}

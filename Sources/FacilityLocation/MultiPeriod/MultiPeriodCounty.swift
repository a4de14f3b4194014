// One county's build-out: a short GLPK probe, then the branch and bound over sites (or the site sets), then GLPK.
import GLPK
import SolverControl

extension MultiPeriodSolver {
    /// Solves one group within `budget` from `start` (the values of `greedy`): GLPK alone, or for a county on its
    /// own (`sets`: no budget couples it to others) in phases.
    ///
    /// Why phases: GLPK proves a rural county with few sites in seconds (阳高县 140221: 7.6 s), where a search
    /// over the sites needs longer; on the urban districts it is the other way round (docs/years-benchmarks.md).
    /// So GLPK's model of the whole county gets ``probeShare`` of the time first (a tenth). What it leaves open
    /// goes to the branch and bound over sites with the Lagrangian bound (``MultiPeriodBranch``, from the root's
    /// `lagrangian` multipliers and GLPK's best plan) for the rest of the time. Where the Lagrangian does not
    /// apply, the exact method by site sets (``MultiPeriodExact``) takes it, and when it stops early (its
    /// enumeration too large) GLPK continues from its best plan. The bound is the best of the phases' bounds.
    func solveGroup(
        _ p: MultiPeriodProblem, group: (clients: [Int], sites: [Int]), model: MultiPeriodModel,
        greedy: MultiPeriodSolution?, start: [Double]?, lagrangian: (MultiPeriodLagrangian, MultiPeriodLagrangian.Run)?,
        budget: TimeBudget, sets: Bool
    ) throws(LocationError) -> LocationGLPK.Outcome {
        // With lazy links, levels and closings are branched on first: once the design is integral, the
        // assignments left are a transportation problem, while GLPK's own rule weighs thousands of them.
        let design = model.links.isEmpty ? [] : (model.level + model.closing).filter { $0 >= 0 }
        func glpk(from values: [Double]?, _ part: TimeBudget) throws(LocationError) -> LocationGLPK.Outcome {
            try LocationGLPK.solve(
                model.model, options: options, budget: part, warmStart: values, branchFirst: design,
                lazyConstraints: model.linkRows)
        }
        guard sets else { return try glpk(from: start, budget) }
        // Without a time limit the probe has none either (GLPK alone); a share of 0 skips it (tests).
        var values = start
        var bound = 0.0
        var incumbent = greedy
        var statistics: [(key: String, value: String)] = []
        if probeShare > 0 {
            let probe = TimeBudget(
                seconds: budget.remaining.map { $0 * probeShare }, cancellation: options.cancellation)
            let first = try glpk(from: start, probe)
            if first.status == .optimal || first.status == .infeasible || budget.isExhausted { return first }
            bound = first.bound.isFinite ? max(0, first.bound) : 0
            statistics = first.statistics
            if let found = first.values {
                var plan = MultiPeriodSolution(sites: p.sites, clients: p.clients, years: p.years)
                Self.read(found, model: model, into: &plan)
                values = found
                incumbent = plan
            }
        }
        var objective = values.map { model.model.objectiveValue(at: $0) } ?? .infinity
        // A phase's plan replaces the values when cheaper.
        func adopt(_ plan: MultiPeriodSolution?, costing cost: Double) {
            if cost < objective, let plan, let found = model.values(of: plan, existingTier: p.existingTier) {
                values = found
                objective = model.model.objectiveValue(at: found)
            }
        }
        if let (relaxation, root) = lagrangian, values != nil {
            var tree = MultiPeriodBranch(
                relaxation, incumbent: incumbent, upper: objective, tight: model.links.isEmpty)
            let lower = try tree.run(lambda: root.lambda, bound: root.bound, options: options, budget: budget)
            options.log?(
                "multi-period: branch and bound: \(tree.nodes) nodes, \(tree.fixed) sites fixed, \(tree.leaves) open sets"
                    + " settled, \(tree.upper) >= \(lower)")
            adopt(tree.incumbent, costing: tree.upper)
            let proven = lower >= objective * (1 - MultiPeriodBranch.tolerance) - 1e-9
            return .init(
                values: values, objective: objective, bound: proven ? objective : max(bound, min(lower, objective)),
                status: proven ? .optimal : .feasible, statistics: statistics)
        }
        if let s = try MultiPeriodExact.solve(
            p, clients: group.clients, sites: group.sites, incumbent: values == nil ? nil : incumbent,
            upper: objective, options: options, budget: budget)
        {
            options.log?(
                "multi-period: site sets: \(s.solved) solved of \(s.listed) listed, proven \(s.proven),"
                    + " \(s.objective) >= \(s.bound)")
            adopt(s.solution, costing: s.objective)
            bound = max(bound, s.bound)
            if let values, s.proven || budget.isExhausted {
                return .init(
                    values: values, objective: objective, bound: s.proven ? objective : min(bound, objective),
                    status: s.proven ? .optimal : .feasible, statistics: statistics)
            }
        }
        var last = try glpk(from: values, budget)
        if last.status != .optimal && last.status != .infeasible { last.bound = max(last.bound, bound) }
        return last
    }
}

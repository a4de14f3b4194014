// One county's build-out: a short GLPK probe, the exact method by site sets, then GLPK with the time left.
import GLPK
import SolverControl

extension MultiPeriodSolver {
    /// Solves one group within `budget` from `start` (the values of `greedy`): GLPK alone, or for a county on its
    /// own (`sets`: no budget couples it to others) in three phases.
    ///
    /// Why three phases: GLPK proves a rural county with few sites in seconds (阳高县 140221: 7.6 s) where the
    /// set-by-set method needs minutes, because each set's MIP is about as hard as the county's; on the urban
    /// districts it is the other way round (docs/years-benchmarks.md). So GLPK's model of the whole county gets
    /// ``probeShare`` of the time first (a tenth); what it leaves open goes to the exact method
    /// (``MultiPeriodExact``) from GLPK's best plan, and when the method stops early (its enumeration too large)
    /// GLPK continues from the method's best plan. The bound is the best of the phases' bounds.
    func solveGroup(
        _ p: MultiPeriodProblem, group: (clients: [Int], sites: [Int]), model: MultiPeriodModel,
        greedy: MultiPeriodSolution?, start: [Double]?, budget: TimeBudget, sets: Bool
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
        if let s = try MultiPeriodExact.solve(
            p, clients: group.clients, sites: group.sites, incumbent: values == nil ? nil : incumbent,
            upper: objective, options: options, budget: budget)
        {
            options.log?(
                "multi-period: site sets: \(s.solved) solved of \(s.listed) listed, proven \(s.proven),"
                    + " \(s.objective) >= \(s.bound)")
            if s.objective < objective, let plan = s.solution,
                let found = model.values(of: plan, existingTier: p.existingTier)
            {
                values = found
                objective = s.objective
            }
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

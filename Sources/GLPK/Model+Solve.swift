// The public solve entry points: validate, check options, then GLPK's simplex or branch-and-cut.
import SolverControl

extension Model {
    /// Solves the model: branch-and-cut when it has integer or binary variables (or lazy constraints),
    /// the simplex method otherwise.
    ///
    /// The model and options are validated first (nothing invalid reaches GLPK). Infeasible and unbounded
    /// models are statuses, not errors; a time limit or cancellation returns the incumbent as
    /// ``SolveStatus/feasible`` with the proven bound and gap, or ``SolveStatus/noSolution``.
    public func solve(_ options: SolveOptions = SolveOptions()) throws(GLPKError) -> Solution {
        let budget = TimeBudget(seconds: options.timeLimit, cancellation: options.cancellation)
        try validate()
        let problems = options.problems(columnCount: variableCount)
        if !problems.isEmpty { throw GLPKError.invalidOptions(problems) }
        let warmStart = try preparedWarmStart(options)
        if hasIntegerVariables || options.lazyConstraints != nil {
            let outcome = try MIPSolver.solve(self, options: options, budget: budget, warmStart: warmStart)
            return Solution(
                status: outcome.status, stopReason: outcome.stopReason, objective: outcome.objective,
                bound: outcome.bound, gap: Model.gap(outcome.objective, outcome.bound), values: outcome.values,
                seconds: budget.elapsed, nodes: outcome.nodes, warmStartAccepted: outcome.warmStartAccepted,
                lazyRowsAdded: outcome.lazyRowsAdded)
        }
        let outcome = try LPSolver.solve(self, options: options, budget: budget, withDuals: false)
        let bound = outcome.status == .optimal ? outcome.objective : nil
        return Solution(
            status: outcome.status, stopReason: outcome.stopReason, objective: outcome.objective, bound: bound,
            gap: Model.gap(outcome.objective, bound), values: outcome.values, seconds: budget.elapsed, nodes: 0,
            warmStartAccepted: nil, lazyRowsAdded: 0)
    }

    /// Solves the LP relaxation (integrality dropped, lazy constraints and warm start ignored) and returns
    /// it with row duals and reduced costs.
    public func solveRelaxation(_ options: SolveOptions = SolveOptions()) throws(GLPKError) -> LPSolution {
        let budget = TimeBudget(seconds: options.timeLimit, cancellation: options.cancellation)
        try validate()
        var relaxed = options
        relaxed.warmStart = nil
        let problems = relaxed.problems(columnCount: variableCount)
        if !problems.isEmpty { throw GLPKError.invalidOptions(problems) }
        let outcome = try LPSolver.solve(self, options: relaxed, budget: budget, withDuals: true)
        return LPSolution(
            status: outcome.status, stopReason: outcome.stopReason, objective: outcome.objective,
            values: outcome.values, duals: outcome.duals, reducedCosts: outcome.reducedCosts,
            seconds: budget.elapsed)
    }

    private static func gap(_ objective: Double?, _ bound: Double?) -> Double? {
        guard let objective, let bound else { return nil }
        return Solution.relativeGap(objective: objective, bound: bound)
    }
}

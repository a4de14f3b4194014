// The simplex side: solves LPs (and MIP root relaxations) and tells infeasible from unbounded for sure.
import CGLPK
import SolverControl

/// Runs GLPK's primal simplex on a loaded problem and reads the basic solution.
enum LPSolver {
    /// What the simplex established.
    enum Verdict: Equatable {
        case optimal
        case infeasible
        case unbounded
        /// Stopped by the time limit; `primalFeasible` when the current point is feasible.
        case stopped(primalFeasible: Bool)
    }

    /// The basic solution of an LP.
    struct Outcome {
        var status: SolveStatus
        var stopReason: StopReason
        var objective: Double? = nil
        var values: [Double] = []
        var duals: [Double] = []
        var reducedCosts: [Double] = []
    }

    /// Solves `model` as an LP, integrality dropped. An LP cannot be interrupted once GLPK's simplex runs
    /// (it has no callback), so cancellation is checked before it starts.
    static func solve(
        _ model: Model, options: SolveOptions, budget: TimeBudget, withDuals: Bool
    ) throws(GLPKError) -> Outcome {
        if budget.isCancelled { return Outcome(status: .noSolution, stopReason: .cancelled) }
        return try GLPKRuntime.withSession(verbose: options.verbose) { () throws(GLPKError) -> Outcome in
            let problem = try ProblemImage(model, shape: LoadShape(integrality: false)).build()
            defer { problem.delete() }
            try problem.prepare(advancedBasis: true)
            let verdict = try simplex(problem, options: options, budget: budget)
            var outcome: Outcome
            switch verdict {
            case .optimal: outcome = Outcome(status: .optimal, stopReason: .finished)
            case .infeasible: return Outcome(status: .infeasible, stopReason: .finished)
            case .unbounded: return Outcome(status: .unbounded, stopReason: .finished)
            case .stopped(let feasible):
                guard feasible else { return Outcome(status: .noSolution, stopReason: .timeLimit) }
                outcome = Outcome(status: .feasible, stopReason: .timeLimit)
            }
            let prob = problem.prob
            outcome.objective = glp_get_obj_val(prob)
            outcome.values = (0..<model.variableCount).map { glp_get_col_prim(prob, Int32($0 + 1)) }
            if withDuals && verdict == .optimal {
                outcome.duals = (0..<model.constraintCount).map { glp_get_row_dual(prob, Int32($0 + 1)) }
                outcome.reducedCosts = (0..<model.variableCount).map { glp_get_col_dual(prob, Int32($0 + 1)) }
            }
            return outcome
        }
    }

    /// Runs `glp_simplex` until it gives a definite answer or the time runs out.
    ///
    /// The LP presolver answers "no primal feasible solution" (trusted: infeasible) or "no dual feasible
    /// solution" (the model is unbounded *or* infeasible), and gives no basis when it fails; in the last two
    /// cases the simplex runs again without it, on the scaled original problem, whose status is definite.
    static func simplex(_ problem: GLPKProblem, options: SolveOptions, budget: TimeBudget) throws(GLPKError) -> Verdict
    {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = options.verbose ? GLP_MSG_ALL : GLP_MSG_ERR
        var presolve = options.presolve
        while true {
            parameters.presolve = presolve ? GLP_ON : GLP_OFF
            parameters.tm_lim = SolveOptions.milliseconds(left: budget)
            let code = try problem.simplex(&parameters)
            let prob = problem.prob
            switch code {
            case 0:
                break
            case GLP_ENOPFS:
                return .infeasible
            case GLP_ETMLIM:
                return .stopped(primalFeasible: !presolve && glp_get_prim_stat(prob) == GLP_FEAS)
            default:
                if presolve {
                    presolve = false
                    continue
                }
                throw GLPKError.solverFailed("glp_simplex returned code \(code). \(GLPKRuntime.lastOutput())")
            }
            switch (glp_get_status(prob), glp_get_prim_stat(prob), glp_get_dual_stat(prob)) {
            case (GLP_OPT, _, _): return .optimal
            case (GLP_NOFEAS, _, _), (_, GLP_NOFEAS, _): return .infeasible
            case (GLP_UNBND, _, _), (_, GLP_FEAS, GLP_NOFEAS): return .unbounded
            case (let status, let primal, let dual):
                throw GLPKError.solverFailed(
                    "glp_simplex ended with status \(status) (primal \(primal), dual \(dual)). "
                        + GLPKRuntime.lastOutput())
            }
        }
    }
}

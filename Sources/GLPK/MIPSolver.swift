// The branch-and-cut side: root LP, glp_intopt with the monitoring callback, and an honest result mapping.
import CGLPK
import SolverControl

/// Solves a model with integer variables (or lazy constraints) by GLPK's branch-and-cut.
enum MIPSolver {
    /// The result before the wall-clock time is attached.
    struct Outcome {
        var status: SolveStatus
        var stopReason: StopReason
        var objective: Double? = nil
        var bound: Double? = nil
        var values: [Double] = []
        var nodes = 0
        var warmStartAccepted: Bool? = nil
        var lazyRowsAdded = 0
        /// The LP relaxation is unbounded: the model is unbounded if it is feasible at all.
        var relaxationUnbounded = false
    }

    /// Solves `model`; `warmStart` is already checked and rounded.
    ///
    /// The MIP presolver hands the callback a transformed problem (other columns, other rows), so when a
    /// warm start or lazy constraints need the original columns, `glp_simplex` (with its own presolver,
    /// which restores an optimal basis of the original problem) solves the root LP and `glp_intopt` runs
    /// without presolve on the original problem.
    static func solve(
        _ model: Model, options: SolveOptions, budget: TimeBudget, warmStart: [Double]?
    ) throws(GLPKError) -> Outcome {
        var outcome = try search(model, options: options, budget: budget, warmStart: warmStart)
        if outcome.relaxationUnbounded {
            outcome = try settleUnbounded(model, options: options, budget: budget, warmStart: warmStart)
        }
        let open = outcome.status == .noSolution || outcome.status == .feasible || outcome.status == .optimal
        if let warmStart, open, model.isBetter(model.objectiveValue(at: warmStart), than: outcome.objective) {
            // The warm start is a verified feasible point: never return less than it.
            outcome.objective = model.objectiveValue(at: warmStart)
            outcome.values = warmStart
            if outcome.status == .noSolution { outcome.status = .feasible }
        }
        if let objective = outcome.objective, outcome.status == .feasible || outcome.status == .optimal {
            // Every node left is at best the incumbent once the bound passes it.
            let bound = outcome.bound.map { model.direction == .minimize ? min($0, objective) : max($0, objective) }
            outcome.bound = outcome.status == .optimal ? objective : bound
            if outcome.status == .feasible && outcome.bound == objective && outcome.stopReason == .finished {
                outcome.status = .optimal
            }
        } else if outcome.status != .noSolution || outcome.stopReason == .finished {
            // Stopped early without a solution, the best node's bound still holds (a model with a cutoff row, say,
            // shows that nothing costs less); otherwise there is nothing to bound.
            outcome.bound = nil
        }
        return outcome
    }

    private static func search(
        _ model: Model, options: SolveOptions, budget: TimeBudget, warmStart: [Double]?
    ) throws(GLPKError) -> Outcome {
        if budget.isCancelled { return Outcome(status: .noSolution, stopReason: .cancelled) }
        let monitor = SearchMonitor(model: model, options: options, budget: budget, warmStart: warmStart)
        let coverCuts = options.cuts.contains(.cover)
        return try GLPKRuntime.withSession(verbose: options.verbose, coverCuts: coverCuts) {
            () throws(GLPKError) -> Outcome in
            let problem = try ProblemImage(model, shape: LoadShape()).build()
            defer { problem.delete() }
            let needsOriginalColumns =
                warmStart != nil || options.lazyConstraints != nil || !options.branchFirst.isEmpty
            let mipPresolve = options.presolve && !needsOriginalColumns
            try problem.prepare(advancedBasis: !mipPresolve)
            if !mipPresolve {
                switch try LPSolver.simplex(problem, options: options, budget: budget) {
                case .optimal: monitor.noteBound(glp_get_obj_val(problem.prob))
                case .infeasible: return Outcome(status: .infeasible, stopReason: .finished)
                case .unbounded: return Outcome(status: .noSolution, stopReason: .finished, relaxationUnbounded: true)
                case .stopped: return Outcome(status: .noSolution, stopReason: .timeLimit)
                }
            }
            var parameters = glp_iocp()
            glp_init_iocp(&parameters)
            parameters.msg_lev = options.verbose ? GLP_MSG_ALL : GLP_MSG_ERR
            parameters.presolve = mipPresolve ? GLP_ON : GLP_OFF
            parameters.tm_lim = SolveOptions.milliseconds(left: budget)
            parameters.mip_gap = options.relativeGap
            parameters.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
            parameters.mir_cuts = options.cuts.contains(.mir) ? GLP_ON : GLP_OFF
            parameters.cov_cuts = coverCuts ? GLP_ON : GLP_OFF
            parameters.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
            if options.lazyConstraints != nil {
                // GLPK's heuristics check only the rows present at the root, so with rows still to be
                // generated they could return a point that violates a lazy constraint.
                parameters.sr_heur = GLP_OFF
                parameters.fp_heur = GLP_OFF
                parameters.ps_heur = GLP_OFF
            }
            if !options.branchFirst.isEmpty {
                // Once the columns to branch on first are integral, the rest go most fractional first: GLPK's
                // default (Driebeck-Tomlin) evaluates a tableau row per fractional column at every node, costly
                // with the thousands of fractional assignments a model branched design-first leaves.
                parameters.br_tech = GLP_BR_MFV
            }
            parameters.cb_func = SearchMonitor.callback
            parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
            let code = try withExtendedLifetime(monitor) { () throws(GLPKError) -> Int32 in
                try problem.intopt(&parameters)
            }
            if !monitor.lazyProblems.isEmpty { throw GLPKError.invalidLazyRows(monitor.lazyProblems) }
            var outcome = try interpret(code, problem: problem, monitor: monitor, columnCount: model.variableCount)
            outcome.nodes = monitor.nodes
            outcome.warmStartAccepted = monitor.warmStartAccepted
            outcome.lazyRowsAdded = monitor.lazyRowsAdded
            return outcome
        }
    }

    /// Maps `glp_intopt`'s return code and `glp_mip_status` onto status, stop reason and incumbent.
    private static func interpret(
        _ code: Int32, problem: GLPKProblem, monitor: SearchMonitor, columnCount: Int
    ) throws(GLPKError) -> Outcome {
        let prob = problem.prob
        let mipStatus = glp_mip_status(prob)
        let hasIncumbent = mipStatus == GLP_OPT || mipStatus == GLP_FEAS
        var outcome: Outcome
        switch code {
        case 0 where mipStatus == GLP_OPT:
            outcome = Outcome(status: .optimal, stopReason: .finished)
        case 0 where mipStatus == GLP_NOFEAS, GLP_ENOPFS:
            return Outcome(status: .infeasible, stopReason: .finished)
        case GLP_ENODFS:
            return Outcome(status: .noSolution, stopReason: .finished, relaxationUnbounded: true)
        case GLP_EMIPGAP:
            outcome = Outcome(status: .feasible, stopReason: .finished)
        case GLP_ETMLIM:
            outcome = Outcome(status: hasIncumbent ? .feasible : .noSolution, stopReason: .timeLimit)
        case GLP_ESTOP:
            outcome = Outcome(
                status: hasIncumbent ? .feasible : .noSolution,
                stopReason: monitor.stopReason ?? .cancelled)
        default:
            throw GLPKError.solverFailed(
                "glp_intopt returned code \(code) (MIP status \(mipStatus)). \(GLPKRuntime.lastOutput())")
        }
        // A time limit met inside GLPK's simplex is reported by GLPK, not by the monitor.
        if outcome.stopReason == .timeLimit && monitor.budget.isCancelled { outcome.stopReason = .cancelled }
        if hasIncumbent {
            outcome.objective = glp_mip_obj_val(prob)
            outcome.values = (0..<columnCount).map { glp_mip_col_val(prob, Int32($0 + 1)) }
        }
        outcome.bound = monitor.bestBound
        return outcome
    }

    /// The LP relaxation is unbounded, so the model is unbounded exactly when it has a feasible point
    /// (rational data): find one with a zero objective, under the same limits and lazy constraints.
    private static func settleUnbounded(
        _ model: Model, options: SolveOptions, budget: TimeBudget, warmStart: [Double]?
    ) throws(GLPKError) -> Outcome {
        if warmStart != nil { return Outcome(status: .unbounded, stopReason: .finished) }
        var feasibility = model
        feasibility.costs = [Double](repeating: 0, count: model.variableCount)
        feasibility.objectiveConstant = 0
        let outcome = try search(feasibility, options: options, budget: budget, warmStart: nil)
        switch outcome.status {
        case .optimal, .feasible: return Outcome(status: .unbounded, stopReason: .finished)
        case .infeasible: return Outcome(status: .infeasible, stopReason: .finished)
        case .unbounded, .noSolution: return Outcome(status: .noSolution, stopReason: outcome.stopReason)
        }
    }
}

extension Model {
    /// Whether objective `a` is strictly better than `b` (anything beats no objective).
    func isBetter(_ a: Double, than b: Double?) -> Bool {
        guard let b else { return true }
        return direction == .minimize ? a < b : a > b
    }
}

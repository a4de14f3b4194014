// How location models call GLPK: options from LocationOptions, errors as LocationError, results as statuses.
import GLPK
import SolverControl

/// The bridge between the location models and the GLPK layer.
enum LocationGLPK {
    /// The share of a site's capacity that the capacity rows keep free. GLPK counts a binary within 1e-5 of 1 as
    /// 1 (`tol_int`), so a site filled to the brim in the model could carry up to 1e-5 of its load more once the
    /// plan is read (one Hebei build-out site was 0.048 parcels a day over: `hubplan verify` caught it). Plans
    /// built outside GLPK keep the same margin, so they stay feasible warm starts.
    static let capacityMargin = 1e-5

    /// What a MIP solve gave a location model.
    struct Outcome {
        /// Column values of the best solution, if any.
        var values: [Double]?
        /// Objective of `values` and the proven bound (in the model's own direction).
        var objective: Double
        var bound: Double
        var status: LocationStatus
        var statistics: [(key: String, value: String)]
    }

    /// Solves `model` within `budget`; `warmStart` must be feasible (it is dropped otherwise).
    static func solve(
        _ model: Model, options: LocationOptions, budget: TimeBudget, warmStart: [Double]?, relativeGap: Double = 0,
        branchFirst: [Int] = [], lazyConstraints: (@Sendable (LazyConstraintContext) -> [LazyRow])? = nil
    ) throws(LocationError) -> Outcome {
        var mip = SolveOptions(
            timeLimit: budget.remaining, relativeGap: relativeGap, verbose: options.verbose, warmStart: warmStart,
            cancellation: options.cancellation)
        mip.branchFirst = branchFirst
        mip.lazyConstraints = lazyConstraints
        var result: Solution
        do {
            result = try model.solve(mip)
        } catch GLPKError.infeasibleWarmStart {
            mip.warmStart = nil
            do { result = try model.solve(mip) } catch { throw .badInput("GLPK: \(error)") }
        } catch {
            throw .badInput("GLPK: \(error)")
        }
        var stats: [(key: String, value: String)] = [("glpk_nodes", String(result.nodes))]
        if let accepted = result.warmStartAccepted { stats.append(("warm_start_accepted", String(accepted))) }
        let status: LocationStatus
        switch result.status {
        case .optimal: status = .optimal
        case .feasible: status = result.stopReason == .finished && result.gap == 0 ? .optimal : .feasible
        case .infeasible: status = .infeasible
        case .unbounded, .noSolution: status = .noSolution
        }
        let worst: Double = model.direction == .minimize ? -.infinity : .infinity
        return Outcome(
            values: result.hasSolution ? result.values : nil, objective: result.objective ?? -worst,
            bound: result.bound ?? worst, status: status, statistics: stats)
    }

    /// A result without a plan: infeasible (proven by GLPK) or none found in time.
    static func withoutPlan(_ outcome: Outcome, seconds: Double, what: String) -> LocationResult {
        if outcome.status == .infeasible {
            return .infeasible("GLPK proved the \(what) model infeasible", seconds: seconds)
        }
        return LocationResult(
            solution: nil, objective: .infinity, bound: outcome.bound, status: .noSolution, seconds: seconds,
            statistics: outcome.statistics)
    }

    /// Writes `model` as CPLEX LP to `path`.
    static func export(_ model: Model, to path: String) throws(LocationError) {
        do { try model.writeLP(to: path) } catch { throw .badInput("cannot write the model to \(path): \(error)") }
    }
}

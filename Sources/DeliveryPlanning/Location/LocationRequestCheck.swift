// Requests a model cannot honour are refused up front, and a solve that found no plan is an error, not a plan.
import FacilityLocation

/// The checks ``LocationPlanner`` makes around every solve.
enum LocationRequestCheck {
    /// The models whose formulation has a fixed-cost budget constraint.
    static let modelsWithBudget: [LocationRequest.Model] = [.countyCenter, .hubs]

    /// Refuses a budget the model would ignore (p-median, p-center, cover, max-cover, ufl, cfl have no budget
    /// constraint: before this check `--budget 0` was silently dropped) and a budget that is not a number of yuan.
    static func check(_ request: LocationRequest) throws(LocationError) {
        guard let budget = request.budget else { return }
        guard budget.isFinite, budget >= 0 else {
            throw .badInput("--budget must be a non-negative number of yuan, not \(budget)")
        }
        guard modelsWithBudget.contains(request.model) else {
            throw .badInput(
                "--budget applies to the county-center and hubs models only; the \(request.model.rawValue) "
                    + "model has no budget constraint (leave --budget out)")
        }
    }

    /// Throws when the solve returned no plan: infeasible (exit 1, with the solver's explanation) or stopped by
    /// the time limit or Ctrl-C before any plan was found ("no solution found within the limit", exit 1).
    ///
    /// Before this check a stopped hubs solve printed 0 hubs at cost 0 and exited 0 (and failed to encode its
    /// infinite objective with `--json`).
    static func requirePlan(_ result: LocationResult, request: LocationRequest) throws(LocationError) {
        guard result.solution == nil || result.status == .noSolution || result.status == .infeasible else { return }
        let model = request.model.rawValue
        if result.status == .infeasible {
            throw .infeasible("\(model): " + (result.explanation ?? "no plan satisfies the request"))
        }
        let stop = request.options.cancellation?.isCancelled == true ? "before the interruption" : "within the limit"
        let limit = request.options.timeLimit.map { " of " + String(format: "%.3g", $0) + " s" } ?? ""
        throw .infeasible(
            "\(model): no solution found \(stop)\(limit) (stopped after "
                + "\(String(format: "%.1f", result.seconds)) s); raise --time-limit")
    }
}

// One call for what every routing command does: cap the fleet, solve, optionally prove, verify independently.
import SolverControl

/// A solve checked by the independent ``RouteVerifier``: what the commands and the benchmark harness report.
public struct VerifiedSolve: Sendable {
    /// The data solved (with the fleet capped when a cap was given).
    public var data: ProblemData
    /// The search's result; with a proof that found better routes, those routes and their stats.
    public var result: SolverResult
    /// The verifier's report on ``result``'s solution, recomputed from the data alone.
    public var report: RouteVerifier.Report
    /// The exact two-index model's outcome, when a proof was asked for and time remained.
    public var proof: ExactResult?

    /// Whether the search and the independent verifier both call the solution feasible.
    public var isFeasible: Bool { result.isFeasible && report.isFeasible }

    /// Whether the proof shows the reported cost optimal.
    public var isProvenOptimal: Bool { proof.map { $0.isOptimal && $0.cost == report.cost } ?? false }

    /// Caps the fleet at `vehicles` (when given; one vehicle type only), runs the search `algorithm` resolves
    /// to (``RoutingSearch``) within `budget`, and, with `prove`, hands the rest of the budget to the exact two-index model
    /// (``TwoIndexCVRP``, plain CVRP only) warm-started with the search's best; then verifies the final
    /// solution against the data with ``RouteVerifier``.
    ///
    /// With `prove` and no iteration limit the search gets a tenth of the budget (at most 5 s; 5 s when the
    /// budget is unlimited), the proof the rest.
    ///
    /// - Throws: ``RoutingError`` for bad input (a cap on a fleet of several types, or what the solver and the
    ///   exact model refuse) and for clients no vehicle can serve.
    public static func solve(
        _ data: ProblemData, vehicles: Int? = nil, parameters: SolverParameters = .init(),
        budget: TimeBudget, prove: Bool = false, algorithm: RoutingAlgorithm = .automatic,
        progress: ((SolverProgress) -> Void)? = nil
    ) throws -> VerifiedSolve {
        let data = try data.cappingFleet(at: vehicles)
        let searchBudget =
            prove && parameters.maxIterations == nil
            ? budget.slice(seconds: min(5, (budget.limit ?? 50) / 10)) : budget
        var result = try RoutingSearch.solve(
            data, parameters: parameters, algorithm: algorithm, budget: searchBudget, progress: progress)
        var proof: ExactResult?
        if prove && !budget.isExhausted {
            let proven = try TwoIndexCVRP.solve(
                data: data, warmStart: result.isFeasible ? result.solution : nil,
                budget: budget)
            if let better = proven.solution, let cost = proven.cost, !result.isFeasible || cost < result.stats.cost {
                result.solution = better
                result.stats = SolutionStats(better, data: data)
                result.isFeasible = RouteVerifier.verify(better, data: data).isFeasible
            }
            proof = proven
            result.seconds = budget.elapsed
        }
        let report = RouteVerifier.verify(result.solution, data: data, claimedCost: result.stats.cost)
        return VerifiedSolve(data: data, result: result, report: report, proof: proof)
    }
}

extension ProblemData {
    /// The same data with its one vehicle type limited to `vehicles` (unchanged when `vehicles` is nil).
    ///
    /// - Throws: ``RoutingError/badInput(_:)`` when the fleet has several vehicle types or `vehicles` < 1.
    public func cappingFleet(at vehicles: Int?) throws -> ProblemData {
        guard let vehicles else { return self }
        guard vehicles >= 1 else { throw RoutingError.badInput("the fleet cap must be at least 1, not \(vehicles)") }
        guard vehicleTypes.count == 1 else {
            throw RoutingError.badInput("a fleet cap needs one vehicle type, not \(vehicleTypes.count)")
        }
        var type = vehicleTypes[0]
        type.count = vehicles
        return try replacing(vehicleTypes: [type])
    }
}

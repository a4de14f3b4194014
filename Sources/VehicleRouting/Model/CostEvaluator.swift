// Penalties for infeasibility: how much a unit of excess load (and, later, time warp) costs during search.

/// Turns a route's distance and constraint violations into one penalised cost (PyVRP's `CostEvaluator`).
///
/// The search explores infeasible solutions on purpose; the penalty weights say how much each unit of
/// violation costs and are tuned during the run by ``PenaltyManager`` to keep a target share of feasible
/// solutions. Penalties are `Double` weights on integer violations; objectives stay integer.
public struct CostEvaluator: Sendable, Equatable {
    /// Cost of one unit of load above a vehicle's capacity.
    public var loadPenalty: Double

    /// Creates an evaluator with the given weight.
    public init(loadPenalty: Double) {
        self.loadPenalty = loadPenalty
    }

    /// The penalty for carrying `load` in a vehicle of `capacity`.
    @inlinable public func loadPenaltyCost(load: Int, capacity: Int) -> Double {
        load > capacity ? Double(load - capacity) * loadPenalty : 0
    }

    /// The objective plus the penalties of `stats`.
    public func penalisedCost(_ stats: SolutionStats) -> Double {
        Double(stats.cost) + Double(stats.excessLoad) * loadPenalty
    }
}

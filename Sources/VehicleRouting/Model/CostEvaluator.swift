// Penalties for infeasibility: what a unit of excess load, time warp, excess distance or a cold-chain miss costs.

/// Turns a route's cost and constraint violations into one penalised cost (PyVRP's `CostEvaluator`).
///
/// The search explores infeasible solutions on purpose; the penalty weights say how much each unit of
/// violation costs. The load and time-warp weights are tuned during the run by ``PenaltyManager`` to keep a
/// target share of feasible solutions; penalties are `Double` weights on integer violations, objectives stay
/// integer.
public struct CostEvaluator: Sendable, Equatable {
    /// Cost of one unit of load above a vehicle's capacity (at the route's peak).
    public var loadPenalty: Double
    /// Cost of one unit of time warp (lateness at a time window or the shift end, or duration above the limit).
    public var timeWarpPenalty: Double
    /// Cost of one unit of distance above a route's distance limit.
    public var distancePenalty: Double
    /// Cost of each cold-chain client on a vehicle without cold chain.
    public var coldChainPenalty: Double

    /// Creates an evaluator with the given weights.
    public init(
        loadPenalty: Double, timeWarpPenalty: Double = 1, distancePenalty: Double = 1,
        coldChainPenalty: Double = 1
    ) {
        self.loadPenalty = loadPenalty
        self.timeWarpPenalty = timeWarpPenalty
        self.distancePenalty = distancePenalty
        self.coldChainPenalty = coldChainPenalty
    }

    /// The penalty for carrying `load` in a vehicle of `capacity`.
    @inlinable public func loadPenaltyCost(load: Int, capacity: Int) -> Double {
        load > capacity ? Double(load - capacity) * loadPenalty : 0
    }

    /// The objective plus the penalties of `stats`.
    public func penalisedCost(_ stats: SolutionStats) -> Double {
        Double(stats.cost) + Double(stats.excessLoad) * loadPenalty + Double(stats.timeWarp) * timeWarpPenalty
            + Double(stats.excessDistance) * distancePenalty + Double(stats.coldChainMisses) * coldChainPenalty
    }

    /// Every weight multiplied by `factor` (the repair step's heavier penalties).
    public func scaled(by factor: Double) -> CostEvaluator {
        CostEvaluator(
            loadPenalty: loadPenalty * factor, timeWarpPenalty: timeWarpPenalty * factor,
            distancePenalty: distancePenalty * factor, coldChainPenalty: coldChainPenalty * factor)
    }
}

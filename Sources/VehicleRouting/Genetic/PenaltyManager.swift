// Adapts the penalty weights so that a target share of local-search results are feasible (HGS's rule).

/// Keeps the share of local-search results that satisfy each constraint near a target by raising that
/// constraint's weight when too few do and lowering it when too many do (Vidal 2022: ×1.2 / ×0.85 every 100
/// results, target 20%), one weight per constraint as PyVRP does: load, time warp, route distance.
/// Infeasible solutions near the boundary are where good feasible ones are found. The cold-chain weight is
/// fixed and heavy: a cold-chain miss is never worth exploring.
struct PenaltyManager {
    /// The weights in force.
    private(set) var evaluator: CostEvaluator
    private let target: Double
    private let increase: Double
    private let decrease: Double
    private let minimum = 0.1
    private let maximum = 100_000.0
    /// Per result in the window: whether load, time and distance were feasible.
    private var loadFeasible: [Bool]
    private var timeFeasible: [Bool]
    private var distanceFeasible: [Bool]
    private var next = 0

    /// Starts at `initial`, aiming at `targetFeasible` over windows of `window` results.
    init(initial: CostEvaluator, targetFeasible: Double, increase: Double, decrease: Double, window: Int = 100) {
        evaluator = initial
        evaluator.loadPenalty = min(maximum, max(minimum, initial.loadPenalty))
        evaluator.timeWarpPenalty = min(maximum, max(minimum, initial.timeWarpPenalty))
        evaluator.distancePenalty = min(maximum, max(minimum, initial.distancePenalty))
        target = targetFeasible
        self.increase = increase
        self.decrease = decrease
        loadFeasible = .init(repeating: true, count: window)
        timeFeasible = .init(repeating: true, count: window)
        distanceFeasible = .init(repeating: true, count: window)
    }

    /// The usual starting weights: the longest edge over the heaviest demand for load; one unit of cost per
    /// unit of time warp or excess distance, scaled by the vehicles' unit costs; a cold-chain miss as dear as
    /// the longest edge ten times over. With fixed vehicle costs (a county's vans, or the vehicles-first
    /// objective), load and time warp start at least at a vehicle's fixed cost spread over its capacity and
    /// its working day: any cheaper, and merging two routes into one overloaded, late route pays for itself,
    /// which the adaptive weights (×1.2 per 100 local searches) take thousands of iterations to undo.
    /// Weights are clamped to [0.1, 100,000] like the adapted ones.
    static func initialEvaluator(data: ProblemData) -> CostEvaluator {
        let heaviest = max(1, data.clients.map { max($0.delivery, $0.pickup) }.max() ?? 1)
        let longest = Double(max(1, data.distances.maximum))
        let unitDistance = Double(max(1, data.vehicleTypes.map(\.unitDistanceCost).max() ?? 1))
        let unitDuration = Double(data.vehicleTypes.map(\.unitDurationCost).max() ?? 0)
        let timeScale = Double(max(1, data.durations.maximum))
        let fixedPerLoad = data.vehicleTypes.map { Double($0.fixedCost) / Double(max(1, $0.capacity)) }.max() ?? 0
        let fixedPerTime =
            data.vehicleTypes.map { type -> Double in
                let day = min(type.maxDuration, type.shiftEnd - type.shiftStart, DurationSegment.unbounded)
                return Double(type.fixedCost) / Double(max(1, day))
            }.max() ?? 0
        func clamp(_ weight: Double) -> Double { min(100_000, max(0.1, weight)) }
        return CostEvaluator(
            loadPenalty: clamp(max(longest * unitDistance / Double(heaviest), fixedPerLoad)),
            timeWarpPenalty: clamp(
                max(
                    min(1000, 10 * unitDistance * longest / timeScale + unitDuration),
                    fixedPerTime)),
            distancePenalty: unitDistance,
            coldChainPenalty: 10 * longest * unitDistance)
    }

    /// Records which constraints a local-search result satisfied.
    mutating func record(_ stats: SolutionStats) {
        loadFeasible[next] = stats.excessLoad == 0
        timeFeasible[next] = stats.timeWarp == 0
        distanceFeasible[next] = stats.excessDistance == 0
        next = (next + 1) % loadFeasible.count
    }

    /// Moves each weight towards the target share; returns whether any changed.
    mutating func update() -> Bool {
        let old = evaluator
        evaluator.loadPenalty = adjusted(evaluator.loadPenalty, loadFeasible)
        evaluator.timeWarpPenalty = adjusted(evaluator.timeWarpPenalty, timeFeasible)
        evaluator.distancePenalty = adjusted(evaluator.distancePenalty, distanceFeasible)
        return evaluator != old
    }

    private func adjusted(_ weight: Double, _ window: [Bool]) -> Double {
        let share = Double(window.count(where: { $0 })) / Double(window.count)
        if share < target - 0.05 { return min(maximum, weight * increase) }
        if share > target + 0.05 { return max(minimum, weight * decrease) }
        return weight
    }
}

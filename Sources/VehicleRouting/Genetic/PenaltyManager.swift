// Adapts the load penalty so that a target share of local-search results are feasible (HGS's rule).

/// Keeps the share of feasible solutions coming out of the local search near a target by raising the penalty
/// weight when too few are feasible and lowering it when too many are (Vidal 2022: ×1.2 / ×0.85 every 100
/// results, target 20%). Infeasible solutions near the boundary are where good feasible ones are found.
struct PenaltyManager {
    /// The weights in force.
    private(set) var evaluator: CostEvaluator
    private let target: Double
    private let increase: Double
    private let decrease: Double
    private let minimum = 0.1
    private let maximum = 100_000.0
    private var recent: [Bool]
    private var next = 0

    /// Starts at `initialPenalty`, aiming at `targetFeasible` over windows of `window` results.
    init(initialPenalty: Double, targetFeasible: Double, increase: Double, decrease: Double, window: Int = 100) {
        evaluator = CostEvaluator(loadPenalty: min(maximum, max(minimum, initialPenalty)))
        target = targetFeasible
        self.increase = increase
        self.decrease = decrease
        recent = .init(repeating: true, count: window)
    }

    /// The usual starting weight: the longest edge over the heaviest demand, clamped to [0.1, 1000].
    static func initialPenalty(data: ProblemData) -> Double {
        let heaviest = max(1, data.clients.map(\.delivery).max() ?? 1)
        return min(1000, max(0.1, Double(data.distances.maximum) / Double(heaviest)))
    }

    /// Records whether a local-search result was load-feasible.
    mutating func record(feasible: Bool) {
        recent[next] = feasible
        next = (next + 1) % recent.count
    }

    /// Moves the weight towards the target share; returns whether it changed.
    mutating func update() -> Bool {
        let share = Double(recent.count(where: { $0 })) / Double(recent.count)
        let old = evaluator.loadPenalty
        if share < target - 0.05 {
            evaluator.loadPenalty = min(maximum, old * increase)
        } else if share > target + 0.05 {
            evaluator.loadPenalty = max(minimum, old * decrease)
        }
        return evaluator.loadPenalty != old
    }
}

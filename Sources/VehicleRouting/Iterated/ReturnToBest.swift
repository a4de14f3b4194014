// Sends the iterated search's walk back to the best solution when it has stayed far from it for a long while.

/// Counts the consecutive iterations in which the walk's current solution is infeasible or costs more than
/// the best feasible one by more than ``threshold`` (a share), and says when ``patience`` of them have passed.
///
/// Why: the penalty weights aim at a feasible share of results, so on a day whose vans are nearly full they
/// swing; the late-acceptance walk follows them out of the best solution's region (overloaded while the load
/// weight is low) and, when the weight comes back, into a region of feasible solutions a few per cent dearer
/// (one more route), and it stays there. On the rural n=500 day that was 4-5% above the best for 90% of a
/// 100,000-iteration run; PyVRP's restart after 150,000 iterations without a better solution comes too late
/// (docs/benchmarks/rural-trap.md). Returning to the best is the restart HGS and PyVRP already do, triggered
/// by the walk's distance from the best rather than by the iterations since the last new best.
struct ReturnToBest {
    /// The share above the best cost at which the current solution counts as far.
    let threshold: Double
    /// Consecutive far iterations after which the walk goes back; 0: never.
    let patience: Int
    private var far = 0

    /// A rule with `threshold` and `patience` (``IteratedSearchParameters/returnAbove`` and
    /// ``IteratedSearchParameters/returnAfterPerClient`` times the clients).
    init(threshold: Double, patience: Int) {
        self.threshold = threshold
        self.patience = max(0, patience)
    }

    /// Records the current solution (its cost and feasibility) against the best feasible cost, if any;
    /// returns whether the walk should go back to the best now (the count then starts again).
    mutating func record(cost: Int, isFeasible: Bool, bestCost: Int?) -> Bool {
        guard patience > 0, let bestCost else {
            far = 0
            return false
        }
        if !isFeasible || Double(cost) > Double(bestCost) * (1 + threshold) {
            far += 1
        } else {
            far = 0
        }
        guard far >= patience else { return false }
        far = 0
        return true
    }
}

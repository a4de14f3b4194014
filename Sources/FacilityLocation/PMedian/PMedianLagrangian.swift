// Lagrangian relaxation of the p-median assignment constraints, optimised by subgradient steps (Beasley 1993).
import SolverControl

/// The lower bound of relaxing "each client is served once" with multipliers `lambda`:
///
///     L(lambda) = sum_j lambda_j + (sum of the p smallest rho_i),  rho_i = sum_j min(0, c_ij - lambda_j)
///
/// The subproblem has the integrality property, so the best `L` equals the LP bound of the strong (x_ij <= y_i)
/// formulation. Besides the bound it yields penalties: the least increase of `L` when a site is forced open or
/// closed, or a client is forced onto a site; any solution cheaper than an upper bound must avoid every choice
/// whose penalty pushes `L` above that bound, which is what shrinks the exact model.
struct PMedianLagrangian {
    let data: PMedianData
    /// The multipliers that gave ``bound``.
    private(set) var lambda: [Double]
    /// The best bound found.
    private(set) var bound: Double = -.infinity
    /// Subgradient iterations done.
    private(set) var iterations = 0

    /// Starts from multipliers `lambda` (e.g. each client's cost in a good solution).
    init(data: PMedianData, start lambda: [Double]) {
        self.data = data
        self.lambda = lambda
    }

    /// The relaxation at `lambda`: its value, the sites it opens and each site's `rho`.
    static func evaluate(_ data: PMedianData, _ lambda: [Double]) -> (value: Double, chosen: [Int], rho: [Double]) {
        let n = data.n
        var rho = [Double](repeating: 0, count: data.m)
        data.bySite.withUnsafeBufferPointer { c in
            lambda.withUnsafeBufferPointer { lam in
                for i in 0..<data.m {
                    let row = c.baseAddress! + i * n
                    var s = 0.0
                    for j in 0..<n { s += min(0, row[j] - lam[j]) }
                    rho[i] = s
                }
            }
        }
        let order = (0..<data.m).sorted { rho[$0] < rho[$1] || (rho[$0] == rho[$1] && $0 < $1) }
        let chosen = Array(order.prefix(data.p))
        let value = lambda.reduce(0, +) + chosen.reduce(0.0) { $0 + rho[$1] }
        return (value, chosen, rho)
    }

    /// Subgradient optimisation towards `upperBound`; `onChosen` sees the sites of each improving iterate
    /// (a Lagrangian heuristic may turn them into a better upper bound and return it).
    mutating func optimize(
        upperBound: Double, maxIterations: Int, budget: TimeBudget,
        onChosen: (([Int]) -> Double?)? = nil
    ) {
        var ub = upperBound
        var step = 2.0
        var sinceImproved = 0
        let n = data.n
        var current = lambda
        var coverCount = [Int32](repeating: 0, count: n)
        let floorCost = (0..<n).map { j in (0..<data.m).map { data.byClient[j * data.m + $0] }.min() ?? 0 }
        for _ in 0..<maxIterations {
            if budget.isExhausted || data.roundedBound(bound) >= ub - 1e-9 { break }
            iterations += 1
            let (value, sites, _) = Self.evaluate(data, current)
            if bound == -.infinity || value > bound + 1e-9 * max(1, abs(bound)) {
                bound = value
                lambda = current
                sinceImproved = 0
                if let improved = onChosen?(sites), improved < ub { ub = improved }
            } else {
                sinceImproved += 1
                if sinceImproved >= 30 {
                    step /= 2
                    sinceImproved = 0
                    if step < 1e-4 { break }
                }
            }
            for j in 0..<n { coverCount[j] = 0 }
            for i in sites {
                let row = i * n
                for j in 0..<n where data.bySite[row + j] < current[j] { coverCount[j] += 1 }
            }
            var norm = 0.0
            for j in 0..<n {
                let g = 1 - Double(coverCount[j])
                norm += g * g
            }
            if norm == 0 { break }  // the relaxed solution is feasible and complementary: optimal
            let t = step * max(ub - value, 1e-6 * max(1, abs(ub))) / norm
            for j in 0..<n {
                current[j] = max(floorCost[j], current[j] + t * (1 - Double(coverCount[j])))
            }
        }
    }
}

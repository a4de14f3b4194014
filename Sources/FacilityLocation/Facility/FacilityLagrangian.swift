// Lagrangian bound for UFL and split CFL: relax "each client served once" (Beasley 1988, 1993).
import SolverControl

/// The bound of relaxing `sum_i x_ij = 1` with multipliers `lambda`:
///
///     L(lambda) = sum_j lambda_j + min { sum_i v_i y_i : sum_i s_i y_i >= total demand }
///     v_i = f_i + min { sum_j (c_ij - lambda_j) x_ij : sum_j d_j x_ij <= s_i, 0 <= x_ij <= 1 }
///
/// Each site's value is a continuous knapsack (greedy by reduced cost per unit of demand; without capacity,
/// every negative reduced cost); the site choice is a covering knapsack on capacities (at least one site
/// without capacities), which the LP relaxation does not have, so the bound can beat the LP's.
struct FacilityLagrangian {
    let data: FacilityData

    /// One evaluation: value, per-site `v_i`, the chosen sites and their knapsack fills (flat, by site).
    struct Evaluation {
        var value = -Double.infinity
        var siteValue: [Double] = []
        var open: [Bool] = []
        /// `fillStart[i]..<fillStart[i+1]` index the clients site i's knapsack takes, with their fractions.
        var fillStart: [Int] = []
        var fillClient: [Int32] = []
        var fillFraction: [Double] = []
    }

    /// Evaluates the relaxation at `lambda` into `e` (its buffers are reused); `status[i]` is 1 (forced
    /// open), -1 (closed) or 0 (free).
    func evaluate(
        _ lambda: [Double], status: [Int8], into e: inout Evaluation,
        items: inout [(ratio: Double, client: Int32, reduced: Double)]
    ) {
        let n = data.n, m = data.m
        if e.siteValue.count != m { e.siteValue = [Double](repeating: 0, count: m) }
        e.fillStart.removeAll(keepingCapacity: true)
        e.fillClient.removeAll(keepingCapacity: true)
        e.fillFraction.removeAll(keepingCapacity: true)
        for i in 0..<m {
            e.fillStart.append(e.fillClient.count)
            guard status[i] >= 0 else {
                e.siteValue[i] = .infinity
                continue
            }
            items.removeAll(keepingCapacity: true)
            let row = i * n
            for j in 0..<n {
                let r = data.bySite[row + j] - lambda[j]
                if r < 0 {
                    let d = data.demands[j]
                    items.append((d > 0 ? r / d : -.infinity, Int32(j), r))
                }
            }
            var value = data.fixed[i]
            if data.capacitated {
                items.sort { $0.ratio < $1.ratio || ($0.ratio == $1.ratio && $0.client < $1.client) }
                var left = data.capacity[i]
                for item in items {
                    let d = data.demands[Int(item.client)]
                    let fraction = d <= left ? 1 : left / d
                    if fraction <= 0 { break }
                    value += fraction * item.reduced
                    left -= fraction * d
                    e.fillClient.append(item.client)
                    e.fillFraction.append(fraction)
                    if fraction < 1 { break }
                }
            } else {
                for item in items {
                    value += item.reduced
                    e.fillClient.append(item.client)
                    e.fillFraction.append(1)
                }
            }
            e.siteValue[i] = value
        }
        e.fillStart.append(e.fillClient.count)
        let choice = chooseSites(e.siteValue, status: status)
        e.value = lambda.reduce(0, +) + choice.value
        e.open = choice.chosen
    }

    /// The covering-knapsack site choice for site values `v`, honouring `status`.
    func chooseSites(_ v: [Double], status: [Int8]) -> (value: Double, chosen: [Bool], exact: Bool) {
        let requirement = data.capacitated ? data.totalDemand : 1
        let weights = data.capacitated ? data.capacity : [Double](repeating: 1, count: data.m)
        return CoveringKnapsack.solve(
            values: v, weights: weights, requirement: requirement,
            allowed: { status[$0] >= 0 }, forced: { status[$0] == 1 })
    }

    /// The subgradient `1 - sum_{open i} x_ij` of an evaluation.
    func subgradient(_ e: Evaluation, into g: inout [Double]) {
        for j in 0..<data.n { g[j] = 1 }
        for i in 0..<data.m where e.open[i] {
            for q in e.fillStart[i]..<e.fillStart[i + 1] { g[Int(e.fillClient[q])] -= e.fillFraction[q] }
        }
    }

    /// Subgradient optimisation from `start`, aiming at `upperBound` (which `onEvaluation` may lower by
    /// returning a better one); stops once the bound exceeds `target`. Returns the best bound, its multipliers
    /// and evaluation. `stallLimit` non-improving steps halve the step length.
    func optimize(
        start: [Double], status: [Int8], upperBound: Double, maxIterations: Int, stallLimit: Int, firstStep: Double,
        target: Double, budget: TimeBudget, onEvaluation: ((Evaluation) -> Double?)? = nil
    ) -> (bound: Double, lambda: [Double], best: Evaluation?, iterations: Int, average: [Double]) {
        var upperBound = upperBound
        var target = target
        var lambda = start
        var best = -Double.infinity
        var bestLambda = lambda
        var bestEvaluation: Evaluation?
        var step = firstStep
        var stalled = 0
        var g = [Double](repeating: 0, count: data.n)
        var items: [(ratio: Double, client: Int32, reduced: Double)] = []
        items.reserveCapacity(data.n)
        var average = [Double](repeating: 0, count: data.m)
        var iterations = 0
        var e = Evaluation()
        while iterations < maxIterations, !budget.isExhausted {
            iterations += 1
            evaluate(lambda, status: status, into: &e, items: &items)
            if e.value == .infinity { return (.infinity, lambda, e, iterations, average) }
            let weight = iterations == 1 ? 1.0 : 0.1
            for i in 0..<data.m { average[i] = (1 - weight) * average[i] + (e.open[i] ? weight : 0) }
            if let better = onEvaluation?(e), better < upperBound {
                target -= upperBound - better
                upperBound = better
            }
            if best == -.infinity || e.value > best + 1e-9 * max(1, abs(best)) {
                best = e.value
                bestLambda = lambda
                bestEvaluation = e
                stalled = 0
            } else {
                stalled += 1
                if stalled >= stallLimit {
                    step /= 2
                    stalled = 0
                }
            }
            if best > target || step < 1e-4 { break }
            subgradient(e, into: &g)
            var norm = 0.0
            for j in 0..<data.n { norm += g[j] * g[j] }
            if norm < 1e-12 { break }
            let t = step * max(upperBound - e.value, 1e-6 * max(1, abs(upperBound))) / norm
            for j in 0..<data.n { lambda[j] += t * g[j] }
        }
        return (best, bestLambda, bestEvaluation, iterations, average)
    }
}

// Solves UFL and split CFL to proven optimality: Lagrangian bound and heuristic, then Lagrangian B&B.
import Foundation
import SolverControl

/// The exact method for ``FacilityProblem`` without single-sourcing (see docs/location.md):
///
/// 1. subgradient optimisation of ``FacilityLagrangian`` from "each client at its cheapest site", pricing the
///    relaxed site choices exactly (``TransportationSolver``) for upper bounds;
/// 2. when the bound does not meet the upper bound, a depth-first branch-and-bound on sites with
///    warm-started Lagrangian bounds and knapsack penalty tests.
public struct FacilitySolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) {
        self.options = options
    }

    /// Solves `problem` (split allocation when capacitated; see ``SingleSourceSolver`` otherwise).
    public func solve(_ problem: FacilityProblem) -> LocationResult {
        let budget = options.budget()
        let data = FacilityData(problem)
        let pricer = TransportationSolver(data: data)
        var tree = FacilityBranchAndBound(
            data: data, incumbent: nil, upperBound: .infinity, evaluate: { pricer.price(open: $0) })
        var trace = LocationTrace(log: options.log, budget: budget)
        if data.capacitated && data.capacity.reduce(0, +) < data.totalDemand * (1 - 1e-12) {
            return .infeasible(
                "the total capacity \(data.capacity.reduce(0, +)) of all sites is below the total demand \(data.totalDemand)",
                seconds: budget.elapsed)
        }
        // A first plan: greedy "add" on the uncapacitated cost until the capacity holds the demand.
        tree.price(Self.greedyOpen(data))
        let firstUpper = tree.upperBound
        var lambda = [Double](repeating: 0, count: data.n)
        for j in 0..<data.n {
            lambda[j] = (0..<data.m).reduce(Double.infinity) { min($0, data.cost($1, j)) }
        }
        let status = [Int8](repeating: 0, count: data.m)
        let lagrangian = FacilityLagrangian(data: data)
        var pricedAtRoot = 0
        let root = lagrangian.optimize(
            start: lambda, status: status, upperBound: tree.upperBound, maxIterations: 3000, stallLimit: 30,
            firstStep: 2, target: tree.upperBound, budget: budget
        ) { evaluation in
            // Price the relaxed choice now and then: it is often the optimum itself.
            pricedAtRoot += 1
            if pricedAtRoot % 5 == 1 { tree.price((0..<data.m).filter { evaluation.open[$0] }) }
            return tree.upperBound
        }
        trace.note("first_upper_bound", String(firstUpper))
        trace.note("lagrangian_bound", String(root.bound))
        trace.note("subgradient_iterations", String(root.iterations))
        if let best = root.best { tree.price((0..<data.m).filter { best.open[$0] }) }
        trace.note("root_upper_bound", String(tree.upperBound))
        trace.note("root_seconds", String(format: "%.2f", budget.elapsed))
        tree.run(rootStatus: status, rootLambda: root.lambda, rootIterations: 300, budget: budget)
        trace.note("nodes", String(tree.nodes))
        trace.note("node_iterations", String(tree.iterations))
        trace.note("pricings", String(tree.evaluations))
        let objective = tree.upperBound
        guard let solution = tree.incumbent else {
            return LocationResult(
                solution: nil, objective: .infinity, bound: root.bound, status: .noSolution, seconds: budget.elapsed,
                statistics: trace.statistics)
        }
        let proven = tree.openBound == nil
        let bound = proven ? objective : max(root.bound, min(objective, tree.openBound ?? root.bound))
        return LocationResult(
            solution: solution, objective: objective, bound: bound, status: proven ? .optimal : .feasible,
            seconds: budget.elapsed, statistics: trace.statistics)
    }

    /// Opens sites one at a time, each time the one that lowers "fixed cost + every client at its cheapest
    /// open site" most, and keeps adding while that cost falls or the capacity is short of the demand.
    static func greedyOpen(_ data: FacilityData) -> [Int] {
        let n = data.n, m = data.m
        var best = [Double](repeating: .infinity, count: n)
        var open: [Int] = []
        var isOpen = [Bool](repeating: false, count: m)
        var capacity = 0.0
        var current = Double.infinity
        var openFixed = 0.0
        while open.count < m {
            var pick = -1
            var pickCost = Double.infinity
            for i in 0..<m where !isOpen[i] {
                var total = openFixed + data.fixed[i]
                let row = i * n
                for j in 0..<n { total += min(best[j], data.bySite[row + j]) }
                if total < pickCost { pickCost = total; pick = i }
            }
            let short = data.capacitated && capacity < data.totalDemand
            if pick < 0 || (!short && pickCost >= current) { break }
            open.append(pick)
            isOpen[pick] = true
            capacity += data.capacity[pick]
            openFixed += data.fixed[pick]
            for j in 0..<n { best[j] = min(best[j], data.bySite[pick * n + j]) }
            current = pickCost
        }
        return open.sorted()
    }
}

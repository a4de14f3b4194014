// Solves the p-median problem to proven optimality: interchange heuristic, Lagrangian bound, reduction, B&B.
import Foundation
import GLPK
import SolverControl

/// The exact p-median method (see docs/location.md):
///
/// 1. greedy + fast interchange for an upper bound;
/// 2. subgradient optimisation of the Lagrangian bound (Beasley 1993), turning relaxed solutions into better
///    upper bounds by interchange;
/// 3. when the bound does not meet the upper bound: penalty tests drop the sites and (site, client) pairs no
///    cheaper solution can use, and a depth-first branch-and-bound on sites with warm-started Lagrangian
///    bounds closes the gap.
///
/// Deterministic; anytime: on a time limit the best plan is returned with its proven bound.
public struct PMedianSolver: Sendable {
    /// Time limit, cancellation, verbosity, export.
    public var options: LocationOptions

    /// Creates a solver.
    public init(options: LocationOptions = LocationOptions()) {
        self.options = options
    }

    /// Solves `problem`; the result reports objective, proven bound and status. Throws only when
    /// ``LocationOptions/exportLP`` is set and the model cannot be written.
    public func solve(_ problem: PMedianProblem) throws(LocationError) -> LocationResult {
        let budget = options.budget()
        let data = PMedianData(problem)
        var search = PMedianInterchange(data: data, open: PMedianInterchange.greedy(data))
        search.descend(budget: budget)
        var best = search.open.sorted()
        var upper = search.cost
        var trace = LocationTrace(log: options.log, budget: budget)
        trace.note("heuristic", format(upper))

        // Lagrangian bound, with the relaxed solutions polished into upper bounds.
        var lambda = [Double](repeating: 0, count: data.n)
        let start = search.assignment
        for j in 0..<data.n { lambda[j] = data.byClient[j * data.m + start[j]] }
        var lagrangian = PMedianLagrangian(data: data, start: lambda)
        var tried: Set<[Int]> = []
        lagrangian.optimize(upperBound: upper, maxIterations: 5000, budget: budget) { sites in
            let key = sites.sorted()
            guard tried.count < 200, tried.insert(key).inserted else { return nil }
            var polish = PMedianInterchange(data: data, open: key)
            polish.descend(budget: budget)
            if polish.cost < upper {
                upper = polish.cost
                best = polish.open.sorted()
            }
            return polish.cost
        }
        var bound = data.roundedBound(lagrangian.bound)
        trace.note("root_seconds", String(format: "%.2f", budget.elapsed))
        trace.note("lagrangian_bound", format(lagrangian.bound))
        trace.note("subgradient_iterations", "\(lagrangian.iterations)")

        if let path = options.exportLP {
            // The model of every solution at least as good as the heuristic's: its optimum is the instance's.
            let candidates = PMedianCandidates(data: data, lambda: lagrangian.lambda, target: upper)
            do {
                try PMedianRadiusModel(data: data, candidates: candidates).model.writeLP(to: path)
            } catch {
                throw .badInput("cannot write the model to \(path): \(error)")
            }
        }
        var status = LocationStatus.feasible
        if bound >= upper - 1e-9 * max(1, abs(upper)) {
            bound = upper
            status = .optimal
        } else if !budget.isExhausted {
            // Small reductions go to GLPK (an exact LP bound and its own branch-and-cut); large ones to the
            // Lagrangian branch-and-bound, whose nodes cost milliseconds where GLPK's LPs cost seconds.
            let atLeastAsGood = PMedianCandidates(data: data, lambda: lagrangian.lambda, target: upper)
            let levels = atLeastAsGood.levelCount
            trace.note("radius_rows", "\(levels)")
            if levels <= Self.glpkLevelLimit {
                let radius = PMedianRadiusModel(data: data, candidates: atLeastAsGood)
                var mip = SolveOptions(
                    timeLimit: budget.remaining, relativeGap: data.integral ? 0.999 / max(1, upper) : 1e-9,
                    verbose: options.verbose, cancellation: options.cancellation)
                mip.warmStart = radius.values(open: best, data: data)
                if let result = try? radius.model.solve(mip), result.hasSolution {
                    let open = radius.openSites(result.values)
                    let cost = data.cost(of: open)
                    if cost < upper { upper = cost; best = open }
                    trace.note("glpk_nodes", "\(result.nodes)")
                    if result.stopReason == .finished {
                        bound = upper
                        status = .optimal
                    } else if let b = result.bound {
                        bound = max(bound, min(upper, data.roundedBound(b)))
                    }
                }
            } else {
                let target = data.integral ? upper - 1 : upper
                let candidates = PMedianCandidates(data: data, lambda: lagrangian.lambda, target: target)
                trace.note("candidate_sites", "\(candidates.liveSites)")
                trace.note("candidate_pairs", "\(candidates.pairCount)")
                var tree = PMedianBranchAndBound(
                    data: data, candidates: candidates, incumbent: best, upperBound: upper)
                tree.run(rootLambda: lagrangian.lambda, budget: budget)
                best = tree.incumbent
                upper = tree.upperBound
                trace.note("nodes", "\(tree.nodes)")
                trace.note("pair_work", "\(tree.pairWork)")
                if let open = tree.openBound {
                    bound = max(bound, min(upper, data.roundedBound(open)))
                } else {
                    bound = upper
                    status = .optimal
                }
            }
        }
        let solution = LocationSolution(open: best, assignment: nearest(data, best))
        return LocationResult(
            solution: solution, objective: upper, bound: bound, status: status, seconds: budget.elapsed,
            statistics: trace.statistics)
    }

    /// Each client's cheapest open site (lowest index on ties).
    private func nearest(_ data: PMedianData, _ open: [Int]) -> [Int] {
        (0..<data.n).map { j in
            var site = open[0]
            for i in open where data.byClient[j * data.m + i] < data.byClient[j * data.m + site] { site = i }
            return site
        }
    }

    /// Radius-formulation rows up to which GLPK solves the reduced model (measured: see docs/location.md).
    static let glpkLevelLimit = 2000

    private func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}

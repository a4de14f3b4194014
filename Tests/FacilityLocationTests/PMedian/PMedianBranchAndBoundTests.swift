// Tests of the Lagrangian branch-and-bound on its own: it proves brute-force optima from a poor incumbent.
import SolverControl
import Testing

@testable import FacilityLocation

struct PMedianBranchAndBoundTests {
    @Test(arguments: 0..<6)
    func provesOptimumFromAWeakStart(seed: Int) throws {
        let problem = try PMedianProblem(
            distances: TestInstances.euclidean(clients: 16, sites: 12, seed: UInt64(100 + seed)), p: 3)
        let data = PMedianData(problem)
        let optimum = TestInstances.bruteForcePMedian(problem)
        // Start from the worst of a few arbitrary sets so the tree must improve and then prove.
        let start = [0, 1, 2]
        let upper = data.cost(of: start)
        var lagrangian = PMedianLagrangian(data: data, start: [Double](repeating: 0, count: data.n))
        lagrangian.optimize(upperBound: upper, maxIterations: 200, budget: TimeBudget(seconds: nil))
        let candidates = PMedianCandidates(data: data, lambda: lagrangian.lambda, target: upper - 1)
        var tree = PMedianBranchAndBound(data: data, candidates: candidates, incumbent: start, upperBound: upper)
        tree.run(rootLambda: lagrangian.lambda, budget: TimeBudget(seconds: nil))
        #expect(tree.openBound == nil)
        #expect(tree.upperBound == optimum)
        #expect(data.cost(of: tree.incumbent) == optimum)
    }
}

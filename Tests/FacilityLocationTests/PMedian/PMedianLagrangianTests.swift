// Tests of the p-median Lagrangian bound: never above the optimum, and penalties never cut the optimum off.
import SolverControl
import Testing

@testable import FacilityLocation

struct PMedianLagrangianTests {
    @Test(arguments: 0..<6)
    func boundIsValidAndReductionKeepsOptimum(seed: Int) throws {
        let problem = try PMedianProblem(
            distances: TestInstances.euclidean(clients: 15, sites: 11, seed: UInt64(200 + seed)), p: 2 + seed % 3)
        let data = PMedianData(problem)
        let all = TestInstances.subsets(data.m, data.p)
        let optimum = all.map { data.cost(of: $0) }.min()!
        let best = all.first { data.cost(of: $0) == optimum }!
        var lagrangian = PMedianLagrangian(data: data, start: [Double](repeating: 10, count: data.n))
        lagrangian.optimize(upperBound: optimum, maxIterations: 500, budget: TimeBudget(seconds: nil))
        #expect(lagrangian.bound <= optimum + 1e-9)
        // With target = optimum, every pair the optimal plan uses survives the reduction.
        let candidates = PMedianCandidates(data: data, lambda: lagrangian.lambda, target: optimum)
        for j in 0..<data.n {
            let site = best.min { data.byClient[j * data.m + $0] < data.byClient[j * data.m + $1] }!
            let pairs = candidates.start[site]..<candidates.start[site + 1]
            #expect(pairs.contains { candidates.client[$0] == Int32(j) })
            #expect(!candidates.closed[site])
        }
    }
}

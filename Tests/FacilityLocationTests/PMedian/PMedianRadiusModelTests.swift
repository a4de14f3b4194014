// Tests of the radius formulation: GLPK on the full model gives the brute-force optimum.
import GLPK
import SolverControl
import Testing

@testable import FacilityLocation

struct PMedianRadiusModelTests {
    @Test(arguments: 0..<4)
    func fullModelSolvesToOptimum(seed: Int) throws {
        let problem = try PMedianProblem(
            distances: TestInstances.euclidean(clients: 12, sites: 9, seed: UInt64(300 + seed)), p: 3)
        let data = PMedianData(problem)
        // Zero multipliers and an infinite target keep every pair: the complete formulation.
        let candidates = PMedianCandidates(
            data: data, lambda: [Double](repeating: 0, count: data.n), target: .infinity)
        #expect(candidates.pairCount == data.n * data.m)
        let radius = PMedianRadiusModel(data: data, candidates: candidates)
        let result = try radius.model.solve()
        #expect(result.status == .optimal)
        let optimum = TestInstances.bruteForcePMedian(problem)
        #expect(abs((result.objective ?? 0) - optimum) < 1e-6)
        #expect(data.cost(of: radius.openSites(result.values)) == optimum)
        // A warm start built from any p sites is feasible for the model.
        let start = radius.values(open: [0, 1, 2], data: data)!
        #expect(abs(radius.model.objectiveValue(at: start) - data.cost(of: [0, 1, 2])) < 1e-6)
    }
}

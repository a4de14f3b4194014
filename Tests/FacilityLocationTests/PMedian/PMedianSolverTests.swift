// Tests of the exact p-median method: published optima, brute force, verification, determinism.
import Testing

@testable import FacilityLocation

struct PMedianSolverTests {
    @Test(arguments: [("pmed1.txt", 5819.0), ("pmed2.txt", 4093.0)])
    func provesPublishedOptimum(file: String, optimum: Double) throws {
        let problem = try PMedianFile.read(path: TestInstances.path(file))
        let result = try PMedianSolver().solve(problem)
        #expect(result.objective == optimum)
        #expect(result.isOptimal && result.bound == optimum && result.gap == 0)
        TestInstances.expectVerified(result, rules: problem.verificationRules, objective: problem.verificationObjective)
    }

    @Test(arguments: 0..<8)
    func matchesBruteForce(seed: Int) throws {
        let distances = TestInstances.euclidean(clients: 14, sites: 10, seed: UInt64(seed))
        let weights = (0..<14).map { Double(1 + ($0 * 7 + seed) % 5) }
        let problem = try PMedianProblem(distances: distances, weights: weights, p: 2 + seed % 3)
        let result = try PMedianSolver().solve(problem)
        #expect(result.isOptimal)
        #expect(result.objective == TestInstances.bruteForcePMedian(problem))
        TestInstances.expectVerified(result, rules: problem.verificationRules, objective: problem.verificationObjective)
    }

    @Test func isDeterministic() throws {
        let problem = try PMedianFile.read(path: TestInstances.path("pmed2.txt"))
        let a = try PMedianSolver().solve(problem)
        let b = try PMedianSolver().solve(problem)
        #expect(a.solution == b.solution && a.objective == b.objective)
    }

    @Test func rejectsBadP() {
        let distances = TestInstances.euclidean(clients: 4, sites: 3, seed: 1)
        #expect(throws: LocationError.self) { try PMedianProblem(distances: distances, p: 4) }
        #expect(throws: LocationError.self) { try PMedianProblem(distances: distances, p: 0) }
    }
}

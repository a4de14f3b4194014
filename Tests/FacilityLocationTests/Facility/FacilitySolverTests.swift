// Tests of the UFL / split-CFL method: published optima, brute force over open sets, verification.
import Testing

@testable import FacilityLocation

struct FacilitySolverTests {
    @Test(arguments: [("cap41.txt", 1040444.375), ("cap71.txt", 932615.75), ("cap131.txt", 793439.5625)])
    func provesPublishedOptimum(file: String, optimum: Double) throws {
        let problem = try CapacitatedFile.read(path: TestInstances.path(file))
        let result = FacilitySolver().solve(problem)
        #expect(result.isOptimal)
        #expect(abs(result.objective - optimum) < 1e-3)
        TestInstances.expectVerified(result, rules: problem.verificationRules, objective: problem.verificationObjective)
    }

    @Test func uncapacitatedCap41MatchesItsUFLOptimum() throws {
        let problem = try CapacitatedFile.read(path: TestInstances.path("cap41.txt")).uncapacitated
        let result = FacilitySolver().solve(problem)
        #expect(result.isOptimal)
        #expect(abs(result.objective - 932615.75) < 1e-3)
    }

    @Test(arguments: 0..<6)
    func matchesEnumerationOfOpenSets(seed: Int) throws {
        let problem = TestInstances.randomFacility(clients: 12, sites: 7, seed: UInt64(seed), capacityFactor: 2.5)
        let data = FacilityData(problem)
        let pricer = TransportationSolver(data: data)
        let optimum = TestInstances.allSubsets(data.m).compactMap { pricer.price(open: $0)?.cost }.min()!
        let result = FacilitySolver().solve(problem)
        #expect(result.isOptimal)
        #expect(abs(result.objective - optimum) <= 1e-6 * optimum)
        TestInstances.expectVerified(result, rules: problem.verificationRules, objective: problem.verificationObjective)
    }

    @Test func reportsInsufficientCapacity() throws {
        let problem = TestInstances.randomFacility(clients: 8, sites: 3, seed: 5, capacityFactor: 0.5)
        #expect(FacilitySolver().solve(problem).status == .infeasible)
    }

    @Test func isDeterministic() throws {
        let problem = try CapacitatedFile.read(path: TestInstances.path("cap41.txt"))
        #expect(FacilitySolver().solve(problem).solution == FacilitySolver().solve(problem).solution)
    }
}

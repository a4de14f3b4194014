// Tests of p-center, set covering and maximal covering against enumeration, and their infeasibility messages.
import Testing

@testable import FacilityLocation

struct CoveringModelsTests {
    @Test(arguments: 0..<5)
    func pCenterMatchesEnumeration(seed: Int) throws {
        let d = TestInstances.euclidean(clients: 15, sites: 9, seed: UInt64(600 + seed))
        let problem = try PCenterProblem(distances: d, p: 2 + seed % 3)
        let optimum = TestInstances.subsets(9, problem.p).map { problem.objective(open: $0) }.min()!
        let result = try PCenterSolver().solve(problem)
        #expect(result.isOptimal && result.objective == optimum)
        TestInstances.expectVerified(result, rules: problem.verificationRules, objective: problem.verificationObjective)
    }

    @Test(arguments: 0..<5)
    func setCoverMatchesEnumeration(seed: Int) throws {
        let d = TestInstances.euclidean(clients: 14, sites: 9, seed: UInt64(700 + seed))
        let costs = (0..<9).map { Double(1 + ($0 * 5 + seed) % 4) }
        // The smallest radius every client can meet, plus a margin so several covers exist.
        let radius = (0..<14).map { j in (0..<9).map { d[j, $0] }.min()! }.max()! + 8
        let problem = try SetCoverProblem(distances: d, radius: radius, siteCosts: costs)
        var optimum = Double.infinity
        for sites in TestInstances.allSubsets(9)
        where (0..<14).allSatisfy({ j in sites.contains { d[j, $0] <= radius } }) {
            optimum = min(optimum, sites.reduce(0) { $0 + costs[$1] })
        }
        let result = try SetCoverSolver().solve(problem)
        #expect(result.isOptimal && result.objective == optimum)
        #expect(
            LocationVerifier.verify(
                result.solution!, rules: problem.verificationRules,
                objective: .openSiteCost(costs), claimedObjective: result.objective
            ).isValid)
    }

    @Test func setCoverNamesUnreachableClients() throws {
        let d = try CostMatrix(clients: 3, sites: 2, values: [1, 9, 2, 8, 30, 40])
        var problem = try SetCoverProblem(distances: d, radius: 10)
        problem.labels = LocationLabels(clients: ["村A", "村B", "村C"])
        #expect(throws: LocationError.infeasible("no open-able site lies within 10.0 of 村C")) {
            try SetCoverSolver().solve(problem)
        }
    }

    @Test(arguments: 0..<5)
    func maxCoverMatchesEnumeration(seed: Int) throws {
        let d = TestInstances.euclidean(clients: 15, sites: 8, seed: UInt64(800 + seed))
        let weights = (0..<15).map { Double(1 + ($0 + seed) % 6) }
        let problem = try MaxCoverProblem(distances: d, radius: 30, weights: weights, p: 2)
        let optimum = TestInstances.subsets(8, 2).map { sites in
            (0..<15).filter { j in sites.contains { d[j, $0] <= 30 } }.reduce(0.0) { $0 + weights[$1] }
        }.max()!
        let result = try MaxCoverSolver().solve(problem)
        #expect(result.isOptimal && result.objective == optimum)
        TestInstances.expectVerified(result, rules: problem.verificationRules, objective: problem.verificationObjective)
    }
}

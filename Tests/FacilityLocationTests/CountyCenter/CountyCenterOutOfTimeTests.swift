// Tests of a county-center solve with no time left: the heuristic plan, feasible, with a bound below it.
import Testing

@testable import FacilityLocation

struct CountyCenterOutOfTimeTests {
    /// One county where one site pays for itself but cannot hold the villages: a second must open for room.
    static func tight() throws -> CountyCenterProblem {
        let villages: [Double] = [0, 2, 4, 6]
        let sites: [Double] = [3, 0, 6]
        let km = try CostMatrix(clients: 4, sites: 3) { j, i in abs(villages[j] - sites[i]) }
        var p = try CountyCenterProblem(
            demands: [5, 5, 5, 5], clientCounty: [0, 0, 0, 0], siteCounty: [0, 0, 0], fixedCosts: [100, 100, 100],
            capacities: [12, 12, 12], km: km, counties: 1, costPerParcelKm: 1)
        p.daysPerYear = 1
        return p
    }

    @Test func theHeuristicOpensSitesUntilTheVillagesFit() throws {
        let p = try Self.tight()
        let plan = try #require(CountyCenterHeuristic.plan(p, clients: Array(0..<4), sites: Array(0..<3)))
        #expect(plan.open.count >= 2)
        for i in plan.open {
            let load = plan.assignment.indices.filter { plan.assignment[$0] == i }.reduce(0.0) { $0 + p.demands[$1] }
            #expect(load <= p.capacities[i]! + 1e-9)
        }
    }

    @Test func noTimeLeftGivesTheHeuristicPlanWithAValidBound() throws {
        let p = try Self.tight()
        let late = try CountyCenterSolver(options: LocationOptions(timeLimit: 0)).solve(p)
        let exact = try CountyCenterSolver().solve(p)
        #expect(exact.status == .optimal)
        #expect(late.status == .feasible)
        TestInstances.expectVerified(late, rules: p.verificationRules, objective: p.verificationObjective)
        // The bound proves nothing false: below the optimum, and the plan not below it.
        #expect(late.bound <= exact.objective + 1e-9 && late.objective >= exact.objective - 1e-9)
        #expect(late.bound > 0)
    }
}

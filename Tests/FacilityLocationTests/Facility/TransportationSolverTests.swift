// Tests of the transportation pricing: it equals GLPK's LP optimum on random open sets.
import Testing

@testable import FacilityLocation

struct TransportationSolverTests {
    @Test(arguments: 0..<10)
    func equalsTheLPOptimum(seed: Int) throws {
        let problem = TestInstances.randomFacility(clients: 40, sites: 8, seed: UInt64(400 + seed), capacityFactor: 1.6)
        let data = FacilityData(problem)
        let open = (0..<data.m).filter { ($0 + seed) % 3 != 0 }
        let ours = TransportationSolver(data: data).price(open: open)
        let lp = TransportationLP.price(data, open: open)
        #expect((ours == nil) == (lp == nil))
        if let ours, let lp {
            #expect(abs(ours.cost - lp.cost) <= 1e-7 * lp.cost)
            let report = LocationVerifier.verify(
                ours.solution, rules: problem.verificationRules, objective: problem.verificationObjective,
                claimedObjective: ours.cost)
            #expect(report.isValid, "\(report.violations)")
        }
    }

    @Test func refusesTooLittleCapacity() {
        let problem = TestInstances.randomFacility(clients: 10, sites: 4, seed: 3, capacityFactor: 1.0)
        let data = FacilityData(problem)
        let total = data.capacity[0]
        #expect(total < data.totalDemand)
        #expect(TransportationSolver(data: data).price(open: [0]) == nil)
    }
}

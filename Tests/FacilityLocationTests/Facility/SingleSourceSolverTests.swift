// Tests of single-source CFL: enumeration of assignments on tiny instances, infeasibility explained.
import Foundation
import Testing

@testable import FacilityLocation

struct SingleSourceSolverTests {
    @Test(arguments: 0..<4)
    func matchesEnumeration(seed: Int) throws {
        var problem = TestInstances.randomFacility(clients: 7, sites: 3, seed: UInt64(500 + seed), capacityFactor: 1.8)
        problem.singleSource = true
        var best = Double.infinity
        let n = problem.clients, m = problem.sites
        var code = [Int](repeating: 0, count: n)
        for _ in 0..<Int(pow(Double(m), Double(n))) {
            var load = [Double](repeating: 0, count: m)
            for j in 0..<n { load[code[j]] += problem.demands[j] }
            if (0..<m).allSatisfy({ load[$0] <= problem.capacities![$0] }) {
                let open = Array(Set(code)).sorted()
                best = min(best, problem.objective(of: LocationSolution(open: open, assignment: code)))
            }
            var q = 0
            while q < n { code[q] += 1; if code[q] < m { break }; code[q] = 0; q += 1 }
        }
        let result = SingleSourceSolver().solve(problem)
        if best == .infinity {
            #expect(result.status == .infeasible)
        } else {
            #expect(result.isOptimal)
            #expect(abs(result.objective - best) < 1e-6)
            TestInstances.expectVerified(
                result, rules: problem.verificationRules, objective: problem.verificationObjective)
        }
    }

    @Test func namesTheCustomerTooBigForEveryWarehouse() throws {
        var problem = try CapacitatedFile.read(path: TestInstances.path("cap41.txt"))
        problem.singleSource = true
        let result = SingleSourceSolver().solve(problem)
        #expect(result.status == .infeasible)
        #expect(result.explanation?.contains("client 11 (demand 5495.0), client 34 (demand 12912.0)") == true)
    }
}

// Tests of the pre-solve diagnosis: clients no vehicle can serve are named, the rest can still be planned.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct InfeasibilityDiagnosisTests {
    /// Depot 0 and four clients, each 10 away from the depot and from each other.
    private func data(_ clients: [Client], types: [VehicleType]) throws -> ProblemData {
        let n = clients.count + 1
        var matrix = Matrix(size: n)
        for i in 0..<n { for j in 0..<n where i != j { matrix[i, j] = 10 } }
        return try ProblemData(depots: [Depot()], clients: clients, vehicleTypes: types, distances: matrix)
    }

    @Test func namesEachUnservableClientWithItsReason() throws {
        let problem = try data(
            [
                Client(delivery: 3, name: "ok"),
                Client(delivery: 30, name: "heavy"),
                Client(delivery: 1, requiresColdChain: true, name: "fresh"),
                Client(delivery: 1, earliestStart: 0, latestStart: 5, name: "early"),
            ], types: [VehicleType(capacity: 20, shiftStart: 0, shiftEnd: 100)])
        let found = InfeasibilityDiagnosis.diagnose(problem)
        #expect(found.map(\.label) == ["client heavy", "client fresh", "client early"])
        #expect(found[0].reason == "demand 30 exceeds every vehicle capacity")
        #expect(found[1].reason == "needs cold chain but no cold-chain vehicle can")
        #expect(found[2].reason == "time window closes (latestStart 5) before a vehicle can arrive (10)")
        #expect(throws: RoutingError.self) { try HybridGeneticSearch(data: problem) }
        do {
            try InfeasibilityDiagnosis.check(problem)
            Issue.record("expected an infeasible error")
        } catch let error as RoutingError {
            #expect(error.category == .infeasible)
            #expect(error.message.hasPrefix("3 clients cannot be served by any vehicle: client heavy: demand 30"))
        }
    }

    @Test func aClientIsFineWhenSomeTypeServesIt() throws {
        let problem = try data(
            [Client(delivery: 30, requiresColdChain: true, name: "fresh")],
            types: [
                VehicleType(capacity: 40, name: "dry"), VehicleType(capacity: 35, coldChain: true, name: "cold"),
            ])
        #expect(InfeasibilityDiagnosis.diagnose(problem).isEmpty)
    }

    @Test func shiftAndRouteLimitsAreChecked() throws {
        let problem = try data(
            [Client(delivery: 1, serviceDuration: 50, name: "slow")],
            types: [
                VehicleType(capacity: 5, maxDuration: 60),
                VehicleType(capacity: 5, shiftEnd: 65, name: "short"),
            ])
        let found = InfeasibilityDiagnosis.diagnose(problem)
        #expect(
            found.map(\.reason) == [
                "a route to it alone takes 70, above the longest route duration 60; "
                    + "cannot be served and back at the depot before the shift ends (65)"
            ])
    }

    @Test func theFeasibleSubsetIsPlannedAndTheSkippedListed() throws {
        let problem = try data(
            [
                Client(delivery: 3, name: "a"), Client(delivery: 30, name: "heavy"), Client(delivery: 4, name: "b"),
            ], types: [VehicleType(capacity: 20)])
        let (subset, kept, skipped) = try InfeasibilityDiagnosis.feasibleSubset(problem)
        #expect(kept == [0, 2])
        #expect(skipped.map(\.client) == [1])
        #expect(subset.clients.map(\.name) == ["a", "b"])
        var parameters = SolverParameters()
        parameters.maxIterations = 5
        let result = try HybridGeneticSearch(data: subset, parameters: parameters).solve(
            budget: TimeBudget(seconds: nil))
        #expect(result.isFeasible && RouteVerifier.verify(result.solution, data: subset).isFeasible)
    }
}

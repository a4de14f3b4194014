// Tests of the one solve call the commands share: the fleet cap, the verifier's report and the proof.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct VerifiedSolveTests {
    private func parameters(iterations: Int) -> SolverParameters {
        var parameters = SolverParameters()
        parameters.seed = 1
        parameters.maxIterations = iterations
        return parameters
    }

    @Test func capsTheFleetAndVerifies() throws {
        let instance = try TestSupport.instance("E-n22-k4")
        let solved = try VerifiedSolve.solve(
            instance.data, vehicles: 4, parameters: parameters(iterations: 200),
            budget: TimeBudget(seconds: nil))
        #expect(solved.data.vehicleTypes[0].count == 4)
        #expect(solved.isFeasible)
        #expect(solved.report.cost == 375)
        #expect(solved.result.solution.routes.count <= 4)
        #expect(solved.proof == nil && !solved.isProvenOptimal)
    }

    @Test func reportsWhatTheVerifierFinds() throws {
        // One vehicle of capacity 25 cannot carry twelve clients of 1-20 each: the verifier's report must say so.
        let data = try TestSupport.randomData(clients: 12, capacity: 25, seed: 5)
        let solved = try VerifiedSolve.solve(
            data, vehicles: 1, parameters: parameters(iterations: 20),
            budget: TimeBudget(seconds: nil))
        #expect(!solved.isFeasible)
        #expect(!solved.report.violations.isEmpty)
    }

    @Test func provesTheOptimumOfASmallInstance() throws {
        let instance = try TestSupport.instance("E-n13-k4")
        let solved = try VerifiedSolve.solve(
            instance.data, vehicles: 4, parameters: parameters(iterations: 100),
            budget: TimeBudget(seconds: 60), prove: true)
        #expect(solved.isFeasible)
        #expect(solved.report.cost == 247)
        #expect(solved.isProvenOptimal)
    }

    @Test func refusesACapOnSeveralVehicleTypes() throws {
        let data = try TestSupport.richData(clients: 6, seed: 1)
        #expect(throws: RoutingError.self) { try data.cappingFleet(at: 3) }
        #expect(throws: RoutingError.self) { try TestSupport.randomData(clients: 4, seed: 1).cappingFleet(at: 0) }
        #expect(try data.cappingFleet(at: nil).vehicleTypes == data.vehicleTypes)
    }

    @Test func theShapeQuestionsAgree() throws {
        let plain = try TestSupport.randomData(clients: 10, seed: 2)
        #expect(plain.isPlainCVRP && plain.splitsInLinearTime && plain.onlyCapacityBindsRoutes && !plain.hasPickups)
        let rich = try TestSupport.richData(clients: 10, seed: 2)
        #expect(!rich.isPlainCVRP && !rich.splitsInLinearTime && !rich.onlyCapacityBindsRoutes)
        // Fixed costs are beyond the textbook CVRP, but the search's fast paths still apply.
        let fixed = try plain.replacing(vehicleTypes: [VehicleType(capacity: 50, fixedCost: 100)])
        #expect(!fixed.isPlainCVRP && fixed.splitsInLinearTime && fixed.onlyCapacityBindsRoutes)
    }
}

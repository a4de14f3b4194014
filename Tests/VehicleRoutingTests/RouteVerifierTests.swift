// Tests that the independent verifier catches each kind of violation and recomputes costs.
import Testing
@testable import VehicleRouting

@Suite struct RouteVerifierTests {
    /// Depot 0 and clients 1, 2, 3 on a line at 0, 1, 2, 3; capacity 5; demands 2, 3, 4; two vehicles.
    private func data(fleet: Int? = 2) throws -> ProblemData {
        var matrix = Matrix(size: 4)
        for i in 0..<4 { for j in 0..<4 { matrix[i, j] = abs(i - j) } }
        return try ProblemData(depots: [Depot()], clients: [2, 3, 4].map { Client(delivery: $0) },
                               vehicleTypes: [VehicleType(capacity: 5, count: fleet)], distances: matrix)
    }

    @Test func acceptsAFeasibleSolutionAndRecomputesItsCost() throws {
        let report = RouteVerifier.verify(Solution(visits: [[1, 2], [3]]), data: try data(), claimedCost: 10)
        #expect(report.isFeasible)
        #expect(report.cost == 4 + 6)
    }

    @Test func catchesAWrongCost() throws {
        let report = RouteVerifier.verify(Solution(visits: [[1, 2], [3]]), data: try data(), claimedCost: 9)
        #expect(report.violations == [.wrongCost(claimed: 9, actual: 10)])
    }

    @Test func catchesAMissingClient() throws {
        let report = RouteVerifier.verify(Solution(visits: [[1, 2]]), data: try data())
        #expect(report.violations == [.missing(location: 3)])
    }

    @Test func catchesADuplicate() throws {
        let report = RouteVerifier.verify(Solution(visits: [[1, 2], [3, 1]]), data: try data())
        #expect(report.violations.contains(.visitedTwice(location: 1)))
    }

    @Test func catchesADepotOrUnknownLocation() throws {
        let report = RouteVerifier.verify(Solution(visits: [[1, 2, 0], [3, 7]]), data: try data())
        #expect(report.violations.contains(.notAClient(route: 0, location: 0)))
        #expect(report.violations.contains(.notAClient(route: 1, location: 7)))
    }

    @Test func catchesOverCapacity() throws {
        let report = RouteVerifier.verify(Solution(visits: [[1], [2, 3]]), data: try data())
        #expect(report.violations == [.overCapacity(route: 1, load: 7, capacity: 5)])
    }

    @Test func catchesTooManyRoutes() throws {
        let report = RouteVerifier.verify(Solution(visits: [[1], [2], [3]]), data: try data(fleet: 2))
        #expect(report.violations == [.tooManyRoutes(type: 0, routes: 3, available: 2)])
        #expect(RouteVerifier.verify(Solution(visits: [[1], [2], [3]]), data: try data(fleet: nil)).isFeasible)
    }

    @Test func catchesAnUnknownVehicleType() throws {
        let solution = Solution(routes: [Route(vehicleType: 3, visits: [1, 2, 3])])
        #expect(RouteVerifier.verify(solution, data: try data()).violations.first
            == .unknownVehicleType(route: 0, type: 3))
    }
}

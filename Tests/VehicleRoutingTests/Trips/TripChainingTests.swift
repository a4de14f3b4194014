// Tests of several trips a day: routes chained into vehicle-days within the shift.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct TripChainingTests {
    /// Four clients 10 apart; two need serving before 50, two after 100; a vehicle carries two.
    private func data(count: Int, maxTrips: Int) throws -> ProblemData {
        var matrix = Matrix(size: 5)
        for i in 0..<5 { for j in 0..<5 where i != j { matrix[i, j] = 10 } }
        let clients = [(0, 50), (0, 50), (100, 200), (100, 200)].enumerated().map {
            Client(
                delivery: 1, serviceDuration: 5, earliestStart: $0.element.0, latestStart: $0.element.1,
                name: "c\($0.offset + 1)")
        }
        return try ProblemData(
            depots: [Depot()], clients: clients,
            vehicleTypes: [
                VehicleType(
                    capacity: 2, count: count, shiftEnd: 300,
                    maxTrips: maxTrips)
            ],
            distances: matrix)
    }

    @Test func oneVehicleRunsAMorningAndAnAfternoonTrip() throws {
        let problem = try data(count: 1, maxTrips: 2)
        var parameters = SolverParameters()
        parameters.maxIterations = 20
        let result = try HybridGeneticSearch(data: problem, parameters: parameters).solve(
            budget: TimeBudget(seconds: nil))
        #expect(result.isFeasible)
        #expect(RouteVerifier.verify(result.solution, data: problem, claimedCost: result.stats.cost).isFeasible)
        let plan = try #require(result.trips)
        #expect(plan.fitsFleet && plan.vehiclesNeeded == [1])
        let day = try #require(plan.days.first)
        #expect(day.trips.count == 2)
        // The second trip leaves after the first is back, and ends within the shift.
        let first = RouteSummary(
            result.solution.routes[day.trips[0]].visits, type: problem.vehicleTypes[0],
            data: problem
        ).time
        #expect(day.departures[1] >= day.departures[0] + first.duration)
        #expect(day.end <= 300)
    }

    @Test func tripsThatOverlapNeedTwoVehicles() throws {
        // All four clients in the morning: two trips cannot both finish before 50 with one vehicle.
        var matrix = Matrix(size: 5)
        for i in 0..<5 { for j in 0..<5 where i != j { matrix[i, j] = 10 } }
        let clients = (1...4).map { Client(delivery: 1, serviceDuration: 5, latestStart: 30, name: "m\($0)") }
        let problem = try ProblemData(
            depots: [Depot()], clients: clients,
            vehicleTypes: [VehicleType(capacity: 2, count: 1, shiftEnd: 300, maxTrips: 2)],
            distances: matrix)
        let solution = Solution(visits: [[1, 2], [3, 4]])
        let plan = TripChaining.chain(solution, data: problem)
        #expect(plan.vehiclesNeeded == [2])
        #expect(!plan.fitsFleet)
    }
}

// Tests that the independent verifier catches each kind of violation and recomputes costs.
import SolverControl
import Testing

@testable import VehicleRouting

@Suite struct RouteVerifierTests {
    /// Depot 0 and clients 1, 2, 3 on a line at 0, 1, 2, 3; capacity 5; demands 2, 3, 4; two vehicles.
    private func data(fleet: Int? = 2) throws -> ProblemData {
        var matrix = Matrix(size: 4)
        for i in 0..<4 { for j in 0..<4 { matrix[i, j] = abs(i - j) } }
        return try ProblemData(
            depots: [Depot()], clients: [2, 3, 4].map { Client(delivery: $0) },
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
        #expect(
            RouteVerifier.verify(solution, data: try data()).violations.first
                == .unknownVehicleType(route: 0, type: 3))
    }

    /// Depot 0; client 1 at 10 from the depot, client 2 at 10 from client 1 and from the depot.
    private func timed(
        _ first: Client, _ second: Client, type: VehicleType = VehicleType(capacity: 10)
    ) throws
        -> ProblemData
    {
        let matrix = Matrix(size: 3, values: [0, 10, 10, 10, 0, 10, 10, 10, 0])
        return try ProblemData(depots: [Depot()], clients: [first, second], vehicleTypes: [type], distances: matrix)
    }

    @Test func durationLeavesAsLateAsTheWindowsAllow() throws {
        // Client 1 closes at 100, client 2 opens at 200: 90 of waiting cannot be avoided, the rest can.
        let data = try timed(
            Client(delivery: 1, earliestStart: 0, latestStart: 100),
            Client(delivery: 1, earliestStart: 200, latestStart: 210),
            type: VehicleType(capacity: 10, unitDurationCost: 2))
        let report = RouteVerifier.verify(Solution(visits: [[1, 2]]), data: data)
        #expect(report.isFeasible)
        #expect(report.duration == 120)
        #expect(report.cost == 30 + 2 * 120)
        #expect(SolutionStats(Solution(visits: [[1, 2]]), data: data).duration == 120)
    }

    @Test func catchesLatenessAtAClientAndAtTheDepot() throws {
        let data = try timed(
            Client(delivery: 1, serviceDuration: 5, latestStart: 100),
            Client(delivery: 1, latestStart: 12),
            type: VehicleType(capacity: 10, shiftEnd: 30))
        let report = RouteVerifier.verify(Solution(visits: [[1, 2]]), data: data)
        #expect(
            report.violations == [
                .late(route: 0, location: 2, start: 25, latest: 12),
                .lateAtDepot(route: 0, arrival: 35, shiftEnd: 30),
            ])
    }

    @Test func catchesThePeakLoadWithPickups() throws {
        // Picking up 8 before delivering 5 carries 13 between the two stops; the other order never exceeds 8.
        let data = try timed(Client(delivery: 0, pickup: 8), Client(delivery: 5))
        #expect(
            RouteVerifier.verify(Solution(visits: [[1, 2]]), data: data).violations
                == [.overCapacity(route: 0, load: 13, capacity: 10)])
        #expect(RouteVerifier.verify(Solution(visits: [[2, 1]]), data: data).isFeasible)
    }

    @Test func catchesColdChainDurationAndDistanceLimits() throws {
        let data = try timed(
            Client(delivery: 1, requiresColdChain: true), Client(delivery: 1, serviceDuration: 4),
            type: VehicleType(capacity: 10, maxDuration: 33, maxDistance: 29))
        #expect(
            RouteVerifier.verify(Solution(visits: [[1, 2]]), data: data).violations
                == [
                    .needsColdChain(route: 0, location: 1), .tooLong(route: 0, duration: 34, maxDuration: 33),
                    .tooFar(route: 0, distance: 30, maxDistance: 29),
                ])
    }

    @Test func searchStatsAgreeWithTheSimulationOnTimelyRoutes() throws {
        // The segment algebra (SolutionStats) and the verifier's simulation must agree on every route that
        // has no time warp: same distance, same duration, same cost.
        var random = SolverControl.SeededGenerator(seed: 4)
        var compared = 0
        for seed in UInt64(1)...20 {
            let data = try TestSupport.richData(clients: 12, seed: seed)
            for _ in 0..<20 {
                let routes = TestSupport.randomRoutes(data, routes: 6, random: &random)
                let solution = Solution(
                    routes: routes.enumerated().map {
                        Route(vehicleType: $0.offset % 2, visits: $0.element)
                    })
                let stats = SolutionStats(solution, data: data)
                guard stats.timeWarp == 0 else { continue }
                let report = RouteVerifier.verify(solution, data: data)
                #expect(
                    stats.distance == report.distance && stats.duration == report.duration
                        && stats.cost == report.cost)
                compared += 1
            }
        }
        #expect(compared > 10)
    }
}

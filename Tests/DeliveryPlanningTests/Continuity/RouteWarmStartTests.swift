// Tests of mapping a previous plan's routes onto a new depot problem: own center's stops only, by node id.
import RoadNetwork
import Testing
import VehicleRouting

@testable import DeliveryPlanning

struct RouteWarmStartTests {
    static func route(
        _ center: String, _ stops: [String], direct: Bool = false, carrier: String? = nil
    )
        -> NetworkPlan.Route
    {
        NetworkPlan.Route(
            county: "100001", center: center, vehicle: "van", capacity: 100, stops: stops, km: 0, minutes: 0, load: 0,
            cost: 0, directTrip: direct, carrier: carrier)
    }

    @Test func keepsTheDepotsStopsInOrderAndDropsTheRest() throws {
        let network = RoutingFixtures.line(villages: 6)
        // This year the depot serves v1..v4 (v5, v6 went to another center).
        let instance = try CountyRoutingInstance(
            network: network, roads: RoadDistances(network: network), county: "100001", depot: 0, stops: [1, 2, 3, 4],
            fleet: RoutingFixtures.vans(capacity: 400), carriers: nil, pickups: true, heavyStops: .infeasible)
        let previous = [
            Self.route("cc", ["v3", "v5", "gone", "v1"]), Self.route("cc", ["v6"]), Self.route("other", ["v2"]),
            Self.route("cc", ["v4"], direct: true), Self.route("cc", ["v2"], carrier: "ems"),
        ]
        let warm = try #require(
            RouteWarmStart.solution(for: instance, network: network, routes: previous, carrier: nil))
        let first = instance.data.numDepots
        #expect(warm.routes.map(\.visits) == [[first + 2, first + 0]])
        // Carriers alone: only that carrier's routes.
        let ems = try #require(
            RouteWarmStart.solution(for: instance, network: network, routes: previous, carrier: "ems"))
        #expect(ems.routes.map(\.visits) == [[first + 1]])
        #expect(RouteWarmStart.solution(for: instance, network: network, routes: [], carrier: nil) == nil)
    }

    @Test func aWarmStartedDepotSearchIsAtLeastAsGoodAsThePreviousRoutesOnTheSameStops() throws {
        let network = RoutingFixtures.line(villages: 12)
        let roads = RoadDistances(network: network)
        func instance(_ stops: [Int]) throws -> CountyRoutingInstance {
            try CountyRoutingInstance(
                network: network, roads: roads, county: "100001", depot: 0, stops: stops,
                fleet: RoutingFixtures.vans(capacity: 120), carriers: nil, pickups: true, heavyStops: .infeasible)
        }
        // Last year's routes over all twelve villages; this year v12 went to another center.
        let before = try DepotRouting(
            instance: try instance(Array(1...12)), network: network, seconds: 60, seed: 1, maxIterations: 30,
            cancellation: nil)
        let previous = before.routes.map { Self.route("cc", $0.stops) }
        let now = try instance(Array(1...11))
        let warm = try #require(RouteWarmStart.solution(for: now, network: network, routes: previous, carrier: nil))
        #expect(Set(warm.routes.flatMap(\.visits)) == Set(now.data.numDepots..<now.data.numLocations))
        let startCost = SolutionStats(warm, data: now.data).cost
        for iterations in [1, 3] {
            let depot = try DepotRouting(
                instance: now, network: network, seconds: 60, seed: 2, maxIterations: iterations, cancellation: nil,
                warmStart: warm)
            #expect(depot.feasible)
            #expect(SolutionStats(depot.solution, data: now.data).cost <= startCost)
        }
    }

    @Test func aReplanRecordsHowManyPreviousRoutesSeededTheSearch() throws {
        let plan = try StabilityChargeTests.replan(stability: 500)
        let previous = try StabilityChargeTests.previous()
        let c = try #require(plan.continuity)
        #expect(c.warmStartRoutes > 0 && c.warmStartRoutes <= previous.routes.count)
    }
}

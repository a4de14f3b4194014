// Tests of the stability charge inside the routing search: new links cost W, so rounds stay unless change pays.
import RoadNetwork
import Testing
import VehicleRouting

@testable import DeliveryPlanning

struct RouteStabilityTests {
    typealias Stops = NetworkPlan.Continuity.RouteStops
    static let network = RoutingFixtures.line(villages: 12)

    /// Last year's rounds: feasible (six villages of 50 parcels in a 400-parcel van) but zigzagging along the
    /// line, so a free search redraws them.
    static let previous = [["v1", "v12", "v2", "v11", "v3", "v10"], ["v4", "v9", "v5", "v8", "v6", "v7"]].map {
        RouteWarmStartTests.route("cc", $0)
    }

    static func instance() throws -> CountyRoutingInstance {
        try CountyRoutingInstance(
            network: network, roads: RoadDistances(network: network), county: "100001", depot: 0,
            stops: Array(1...12), fleet: RoutingFixtures.vans(capacity: 400), carriers: nil, pickups: true,
            heavyStops: .infeasible)
    }

    /// The depot re-planned from ``previous`` with `w` yuan a year per village (fixed iterations and seed): its
    /// routes' cost a day, and the villages whose round changed.
    static func replan(_ w: Double) throws -> (cost: Double, changed: Int) {
        let instance = try Self.instance()
        let depot = try DepotRouting(
            instance: instance, network: network, seconds: 60, seed: 3, maxIterations: 40, cancellation: nil,
            warmStart: RouteWarmStart.solution(for: instance, network: network, routes: previous, carrier: nil),
            searchData: RouteStability.searchData(
                for: instance, network: network, routes: previous, carrier: nil, yuanPerDay: w / 365))
        RoutingFixtures.verify([depot])
        let now = depot.routes.map { RouteWarmStartTests.route("cc", $0.stops, direct: $0.directTrip) }
        let changes = RouteChanges(previous: Stops.of(previous), now: Stops.of(now), centerMoved: [])
        return (depot.routes.reduce(0) { $0 + $1.cost }, changes.villages.count)
    }

    /// The previous rounds' cost a day on this year's problem.
    static func previousCost() throws -> Double {
        let instance = try Self.instance()
        let warm = try #require(
            RouteWarmStart.solution(for: instance, network: network, routes: previous, carrier: nil))
        return Double(SolutionStats(warm, data: instance.data).cost) * instance.costUnitYuan
    }

    @Test func newLinksAreChargedForEachVillageAtTheirEnds() throws {
        let instance = try Self.instance()
        let data = try #require(
            try RouteStability.searchData(
                for: instance, network: Self.network, routes: Self.previous, carrier: nil, yuanPerDay: 1))
        let metres = Int((1 / instance.costUnitYuan / Double(instance.data.vehicleTypes[0].unitDistanceCost)).rounded())
        #expect(metres > 0)
        func extra(_ a: Int, _ b: Int) -> Int { data.distances[a, b] - instance.data.distances[a, b] }
        // Locations: 0 the center, k the village vk. Links cc-v1, v1-v12, v12-v2, ..., v10-cc are free either way.
        #expect(extra(0, 1) == 0 && extra(1, 12) == 0 && extra(12, 1) == 0 && extra(10, 0) == 0 && extra(0, 10) == 0)
        // A new link costs W (a day) for each village at its ends.
        #expect(
            extra(1, 2) == 2 * metres && extra(2, 3) == 2 * metres && extra(0, 2) == metres && extra(2, 0) == metres)
        #expect(data.durations == instance.data.durations)
        // No weight, or no previous round of this depot and carrier: the search reads the instance as it is.
        #expect(
            try RouteStability.searchData(
                for: instance, network: Self.network, routes: Self.previous, carrier: nil, yuanPerDay: 0) == nil)
        #expect(
            try RouteStability.searchData(
                for: instance, network: Self.network, routes: Self.previous, carrier: "ems", yuanPerDay: 1) == nil)
    }

    @Test func aWeightNeverChangesMoreRoundsThanNoWeightNorAnyWhoseSavingIsBelowItsCharge() throws {
        let free = try Self.replan(0)
        let before = try Self.previousCost()
        #expect(free.changed > 0)
        for w in [2_000.0, 20_000, 1e7] {
            let kept = try Self.replan(w)
            #expect(kept.changed <= free.changed, "W = \(w)")
            #expect(kept.cost >= free.cost - 1e-6, "W = \(w)")
            // The search charges at least what is billed, so what it changes saves at least that (a yuan a day
            // of slack: routes are priced in yuan, the search in integer units).
            #expect((before - kept.cost + 1) * 365 >= w * Double(kept.changed), "W = \(w)")
        }
        // A weight far above what redrawing saves keeps every round.
        #expect(try Self.replan(1e7).changed == 0)
    }

    @Test func aChangeWorthMoreThanTheWeightHappens() throws {
        let w = 2_000.0
        let cheap = try Self.replan(w)
        #expect(cheap.changed > 0)
        // What redrawing saves a year is more than the charge for the villages whose rounds changed.
        let saved = (try Self.previousCost() - cheap.cost) * 365
        #expect(saved > w * Double(cheap.changed))
    }
}

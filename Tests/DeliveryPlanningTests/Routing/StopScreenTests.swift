// Tests that stops no van can serve are found and named with the reason.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct StopScreenTests {
    static func reasons(_ network: Network, fleet: FleetSpec) -> [Int: String] {
        let locations = Array(network.nodes.indices)
        let travel = RoadDistances(network: network).matrix(from: locations, to: locations)
        return StopScreen.reasons(
            network: network, depot: 0, stops: Array(locations.dropFirst()), travel: travel,
            fleet: fleet, carriers: nil, pickups: true, heavyStops: .infeasible)
    }

    @Test func namesHeavyColdAndUnreachableStops() {
        var network = RoutingFixtures.line(villages: 4)
        network.nodes[1].parcels = ["ems": 300, "sf": 200]
        network.nodes[2].pickups = Pickups(perDay: 3, coldChain: true, product: "mutton")
        network.nodes[3].timeWindow = TimeWindow(open: 400, close: 421)
        let reasons = Self.reasons(network, fleet: RoutingFixtures.vans(capacity: 400))
        #expect(reasons.keys.sorted() == [0, 1, 2])
        #expect(reasons[0]!.contains("more than the largest usable van holds (400)"))
        #expect(reasons[1]!.contains("mutton") && reasons[1]!.contains("refrigerated"))
        #expect(reasons[2]!.contains("after its window closes"))
    }

    @Test func aColdVanMakesTheColdPickupServable() {
        var network = RoutingFixtures.line(villages: 2)
        network.nodes[2].pickups = Pickups(perDay: 3, coldChain: true, product: "beef")
        #expect(Self.reasons(network, fleet: .rural).isEmpty)
    }

    @Test func aRoundTripLongerThanTheShiftIsNamed() {
        var network = RoutingFixtures.line(villages: 1)
        network.nodes[1].lon = 116.5  // ~300 km east: 7.5 h each way at 40 km/h
        network.nodes[1].timeWindow = nil
        let reasons = Self.reasons(network, fleet: .rural)
        #expect(reasons[0]?.contains("shift") == true)
    }

    @Test func clockSpellsMinutesAfterMidnight() {
        #expect(StopScreen.clock(485) == "08:05")
        #expect(StopScreen.clock(1080) == "18:00")
    }
}

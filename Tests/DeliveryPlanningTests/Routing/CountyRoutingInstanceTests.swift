// Tests that a depot's routing problem carries every field in the documented units.
import RoadNetwork
import Testing
import VehicleRouting

@testable import DeliveryPlanning

struct CountyRoutingInstanceTests {
    static func instance(
        _ network: Network, fleet: FleetSpec = .rural, carriers: [String]? = nil,
        heavy: HeavyStopPolicy = .infeasible
    ) throws -> CountyRoutingInstance {
        try CountyRoutingInstance(
            network: network, roads: RoadDistances(network: network), county: "100001", depot: 0,
            stops: Array(1..<network.nodes.count), fleet: fleet, carriers: carriers, pickups: true,
            heavyStops: heavy)
    }

    @Test func unitsAreMetresSecondsAndWholeParcels() throws {
        var network = RoutingFixtures.line(villages: 2, parcels: ["ems": 2.2, "sf": 3.3])
        network.nodes[2].pickups = Pickups(perDay: 4.5, coldChain: true, product: "beef")
        let instance = try Self.instance(network)
        let data = instance.data
        #expect(data.scale == 1000)
        #expect(data.distances[0, 1] == Int((instance.travel.km(0, 1) * 1000).rounded()))
        #expect(data.durations[0, 1] == Int((instance.travel.minutes(0, 1) * 60).rounded()))
        #expect(data.clients.map(\.delivery) == [6, 6])
        #expect(data.clients.map(\.pickup) == [0, 5])
        #expect(data.clients[0].serviceDuration == 300)
        #expect(data.clients[0].earliestStart == 480 * 60 && data.clients[0].latestStart == 1080 * 60)
        #expect(instance.coldPickup == [false, true])
        #expect(data.vehicleTypes.map(\.capacity) == [400, 250])
        #expect(data.vehicleTypes.map(\.unitDistanceCost) == [10, 13])
        #expect(data.vehicleTypes[0].unitDurationCost == 93)  // 30 yuan/h over 0.00009 yuan: 92.6 per second
        #expect(data.vehicleTypes.map(\.coldChain) == [false, true])
        #expect(data.clients.map(\.requiresColdChain) == [false, true])
        #expect(data.vehicleTypes[0].shiftStart == 420 * 60 && data.vehicleTypes[0].shiftEnd == 1140 * 60)
        #expect(data.vehicleTypes[0].maxDuration == 8 * 3600)
        #expect(data.vehicleTypes.map(\.fixedCost) == [666_667, 1_222_222])  // 60 and 110 yuan over 0.00009 yuan
    }

    @Test func carriersSelectTheirParcels() throws {
        let instance = try Self.instance(
            RoutingFixtures.line(villages: 2, parcels: ["ems": 2.2, "sf": 3.3]), carriers: ["sf"])
        #expect(instance.deliveries == [3.3, 3.3])
        #expect(instance.data.clients.map(\.delivery) == [4, 4])
    }

    @Test func heavyStopsGetFullVanDirectTripsAndARoutedRemainder() throws {
        let network = RoutingFixtures.line(villages: 1, parcels: ["ems": 500, "sf": 450])
        let instance = try Self.instance(network, fleet: RoutingFixtures.vans(capacity: 400), heavy: .directTrips)
        #expect(instance.directTrips == [DirectTrip(node: 1, trips: 2, parcels: 400)])
        #expect(instance.deliveries == [150])
    }
}

extension CountyRoutingInstanceTests {
    @Test func produceHeavierThanAVanIsCollectedByTripsOfItsOwn() throws {
        var network = RoutingFixtures.line(villages: 2, parcels: ["ems": 20])
        network.nodes[1].pickups = Pickups(perDay: 608, coldChain: true, product: "beef")
        network.nodes[2].pickups = Pickups(perDay: 500, product: "apricot")
        let instance = try Self.instance(network, heavy: .directTrips)
        // Beef in refrigerated vanloads of 250, apricots in a 400-parcel van; the rest rides the routes.
        #expect(
            instance.directTrips == [
                DirectTrip(node: 1, trips: 2, parcels: 0, collected: 250, coldChain: true),
                DirectTrip(node: 2, trips: 1, parcels: 0, collected: 400, coldChain: false),
            ])
        #expect(instance.pickups == [108, 100])
        var request = CountyRouterTests.request(network, fleet: .rural)
        request.heavyStops = .directTrips
        let (routes, depots) = try CountyRouter.run(request)
        RoutingFixtures.verify(depots)
        #expect(routes.feasible && routes.skipped.isEmpty)
        #expect(abs(routes.totals.pickups - 1108) < 1e-9)
        let trips = routes.counties[0].routes.filter(\.directTrip)
        #expect(trips.filter { $0.van == FleetSpec.coldVan.name }.count == 2)
        #expect(trips.allSatisfy { $0.peakLoad <= 400 })
    }

    @Test func aHeavyColdChainStopKeepsARefrigeratedVanloadOnItsRoute() throws {
        var network = RoutingFixtures.line(villages: 2, parcels: ["ems": 259])
        network.nodes[1].pickups = Pickups(perDay: 30, coldChain: true, product: "beef")
        network.nodes[2].parcels = ["ems": 700]
        network.nodes[2].pickups = Pickups(perDay: 30, coldChain: true, product: "beef")
        let instance = try Self.instance(network, heavy: .directTrips)
        // The cold van holds 250: 9 parcels (and 50 after a full 400-parcel van) go by a lighter direct trip.
        #expect(
            instance.directTrips == [
                DirectTrip(node: 1, trips: 1, parcels: 9), DirectTrip(node: 2, trips: 1, parcels: 400),
                DirectTrip(node: 2, trips: 1, parcels: 50),
            ])
        #expect(instance.deliveries == [250, 250])
        var request = CountyRouterTests.request(network, fleet: .rural)
        request.heavyStops = .directTrips
        let (routes, depots) = try CountyRouter.run(request)
        RoutingFixtures.verify(depots)
        #expect(routes.feasible)
        #expect(abs(routes.totals.parcels - 959) < 1e-9)
    }

    @Test func unlimitedVansStayUnlimitedWhenPickupsOutweighDeliveries() throws {
        var network = RoutingFixtures.line(villages: 6, parcels: ["ems": 3])
        for k in 1...6 { network.nodes[k].pickups = Pickups(perDay: 200, product: "apricot") }
        let instance = try Self.instance(network, fleet: RoutingFixtures.vans(capacity: 400), carriers: ["ems"])
        // 1,200 parcels of produce need 3 vans; deliveries alone (18 parcels) would suggest 1: the solver sizes
        // an unlimited fleet from the larger of the two.
        #expect(instance.data.vehicleTypes[0].count == nil)
        var request = CountyRouterTests.request(network)
        request.carriers = ["ems"]
        let (routes, depots) = try CountyRouter.run(request)
        RoutingFixtures.verify(depots)
        #expect(routes.feasible && routes.totals.vehicles >= 3)
    }
}

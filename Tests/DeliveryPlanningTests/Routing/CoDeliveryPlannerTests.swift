// Tests of the co-delivery comparison: same stops in every scheme, verified routes, savings and the backstop split.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct CoDeliveryPlannerTests {
    static func request(_ network: Network) -> CoDeliveryRequest {
        var request = CoDeliveryRequest(network: network)
        request.fleet = RoutingFixtures.vans(capacity: 400)
        request.timeLimitPerCounty = 10
        request.maxIterations = 200
        return request
    }

    @Test func sharingOneSetOfRoutesSavesAgainstEachCarrierAlone() throws {
        let (c, depots) = try CoDeliveryPlanner.run(Self.request(RoutingFixtures.line(villages: 8)))
        RoutingFixtures.verify(depots)
        let county = c.counties[0]
        #expect(county.carriers.map(\.carrier) == ["ems", "sf"])
        #expect(county.carriers.allSatisfy { $0.depots == ["cc"] })
        #expect(county.alone.parcels == county.shared.parcels)
        #expect(county.alone.vehicles == 2 && county.shared.vehicles == 1)
        #expect(county.shared.km < county.alone.km)
        #expect(abs(county.sharedSavings.km - (1 - county.shared.km / county.alone.km)) < 1e-12)
        #expect(county.sharedSavings.cost > 0 && county.sharedSavings.kgCO2 > 0)
        #expect(c.backstop == nil && county.backstop == nil)
        #expect(c.emissionFactor.contains("UK Government GHG Conversion Factors"))
    }

    @Test func carrierDepotsAreUsedWhenTheNetworkHasThem() throws {
        var network = RoutingFixtures.line(villages: 4)
        network.nodes.append(
            Node(
                id: "sf-depot", name: "SF", kind: .carrierDepot, county: "100001", lon: 113.2, lat: 40,
                carrier: "sf"))
        let (c, depots) = try CoDeliveryPlanner.run(Self.request(network))
        RoutingFixtures.verify(depots)
        #expect(c.counties[0].carriers.map(\.depots) == [["cc"], ["sf-depot"]])
    }

    @Test func theBackstopGivesFarAndSmallVillagesToChinaPost() throws {
        var network = RoutingFixtures.line(villages: 8)
        network.nodes[2].parcels = ["ems": 1, "sf": 1]
        var request = Self.request(network)
        request.backstopKm = 18
        request.backstopMaxParcels = 5
        let (c, depots) = try CoDeliveryPlanner.run(request)
        RoutingFixtures.verify(depots)
        let backstop = try #require(c.counties[0].backstop)
        // v6..v8 lie beyond 18 road km (v5 at ~16.7, v6 at ~20); v2 carries two parcels.
        #expect(backstop.postalStops == ["v2", "v6", "v7", "v8"])
        #expect(backstop.total.parcels == c.counties[0].shared.parcels)
        #expect(backstop.total.km == backstop.postal.km + backstop.shared.km)
        #expect(c.backstopSavings != nil)
    }
}

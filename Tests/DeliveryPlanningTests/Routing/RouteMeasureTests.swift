// Tests of route measurement in km, hours, yuan and CO2, and of the violations it names.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct RouteMeasureTests {
    @Test func pricesAndTimesARouteFromTheMatrix() throws {
        let network = RoutingFixtures.line(villages: 2)
        let instance = try CountyRoutingInstanceTests.instance(network, fleet: RoutingFixtures.vans())
        let route = RouteMeasure.route([0, 1], van: 0, instance: instance, network: network)
        let t = instance.travel
        let km = t.km(0, 1) + t.km(1, 2) + t.km(2, 0)
        let hours = (t.minutes(0, 1) + t.minutes(1, 2) + t.minutes(2, 0) + 10) / 60
        #expect(abs(route.km - km) < 1e-9)
        #expect(abs(route.hours - hours) < 1e-9)
        #expect(route.departMinute == 480 - t.minutes(0, 1))
        #expect(abs(route.cost - (60 + 0.9 * km + 30 * hours)) < 1e-9)
        #expect(abs(route.kgCO2 - km * FleetSpec.dieselVanKgCO2PerKm) < 1e-9)
        #expect(route.parcels == 100 && route.peakLoad == 100 && route.violations.isEmpty)
        #expect(route.stops == ["v1", "v2"])
    }

    @Test func namesLateArrivalOverloadAndPickupPeak() throws {
        var network = RoutingFixtures.line(villages: 2)
        network.nodes[2].timeWindow = TimeWindow(open: 480, close: 481)
        network.nodes[1].pickups = Pickups(perDay: 30, product: "apricot")
        let instance = try CountyRoutingInstanceTests.instance(network, fleet: RoutingFixtures.vans(capacity: 100))
        let route = RouteMeasure.route([0, 1], van: 0, instance: instance, network: network)
        // 100 parcels out; after v1 50 delivered and 30 collected: 80; peak stays 100.
        #expect(route.peakLoad == 100)
        #expect(route.violations.contains { $0.contains("arrives at v2") })
        let reversed = RouteMeasure.route([1, 0], van: 0, instance: instance, network: network)
        #expect(reversed.peakLoad == 100)
        #expect(reversed.pickups == 30)
    }
}

// Tests of origin warehouses: placement by p-median, collection routes in cold vans within the limit, the verifier.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct OriginWarehousesTests {
    /// The backstop test network with produce: mutton (cold chain) at f1 and f2, 15 a day near ts-T2, and
    /// astragalus (dry) at n1, 8 a day near the county center: one warehouse goes to ts-T2.
    static func network() -> Network {
        var network = PostalBackstopTests.network()
        for (id, perDay, cold, product) in [
            ("f1", 10.0, true, "mutton"), ("f2", 5.0, true, "mutton"), ("n1", 8.0, false, "astragalus"),
        ] {
            let i = network.nodes.firstIndex { $0.id == id }!
            network.nodes[i].pickups = Pickups(perDay: perDay, coldChain: cold, product: product)
        }
        return network
    }

    static func scenario() -> Scenario {
        var s = PlanPipelineTests.scenario()
        s.hubs.count = 1...1
        s.originWarehouses = Scenario.OriginWarehouses()
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: network()) }

    @Test func theWarehouseGoesNearTheProduceAndColdVansCollectWithinTheLimit() throws {
        let plan = try Self.shared.get()
        let w = try #require(plan.operatingModels?.originWarehouses)
        #expect(w.warehouses.map(\.id) == ["ts-T2"])
        #expect(w.warehouses[0].villages == 3 && abs(w.warehouses[0].pickupsPerDay - 23) < 1e-9)
        #expect(
            abs(w.warehouses[0].coldPickupsPerDay - 15) < 1e-9 && w.warehouses[0].products == ["astragalus", "mutton"])
        let collect = plan.routes.filter { $0.carrier == "produce" }
        #expect(Set(collect.flatMap(\.stops)) == ["f1", "f2", "n1"] && collect.allSatisfy { $0.center == "ts-T2" })
        for r in collect where r.stops.contains("f1") || r.stops.contains("f2") { #expect(r.vehicle == "cold van") }
        #expect(collect.allSatisfy { $0.minutes <= 240.5 })
        #expect(try PlanVerifier.verify(plan, network: Self.network()) == [])
    }

    @Test func allFourModelsTogetherPassTheVerifier() throws {
        var s = Self.scenario()
        var backstop = Scenario.PostalBackstop()
        backstop.km = 45
        s.postalBackstop = backstop
        var stations = Scenario.VillageStations()
        stations.stationKm = 6
        s.villageStations = stations
        s.busLines = Scenario.BusLines()
        let plan = try PlanPipeline(scenario: s).run(on: Self.network())
        let m = try #require(plan.operatingModels)
        #expect(m.postalBackstop != nil && m.villageStations != nil && m.busLines != nil && m.originWarehouses != nil)
        #expect(try PlanVerifier.verify(plan, network: Self.network()) == [])
    }

    @Test func theSameScenarioAndSeedGiveTheSameOperatingModels() throws {
        var s = Self.scenario()
        var stations = Scenario.VillageStations()
        stations.stationKm = 6
        s.villageStations = stations
        s.busLines = Scenario.BusLines()
        let a = try PlanPipeline(scenario: s).run(on: Self.network())
        let b = try PlanPipeline(scenario: s).run(on: Self.network())
        #expect(a.operatingModels != nil && a.operatingModels == b.operatingModels)
        #expect(a.routes == b.routes)
    }

    @Test func busTownshipsCarryNoProduceTheWarehouseCollects() throws {
        var s = Self.scenario()
        s.busLines = Scenario.BusLines()
        let plan = try PlanPipeline(scenario: s).run(on: Self.network())
        let line = try #require(plan.operatingModels?.busLines?.lines.first { $0.used })
        #expect(line.seat == "ts-T2" && line.pickupsPerDay == 0)
        #expect(try PlanVerifier.verify(plan, network: Self.network()) == [])
    }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: network())
    }

    @Test func verifierCatchesColdProduceInAPlainVanAndARouteOverTheLimit() throws {
        let v = try Self.violations { plan in
            let k = plan.routes.firstIndex { $0.carrier == "produce" && $0.stops.contains("f1") }!
            plan.routes[k].vehicle = "van"
        }
        #expect(v.contains { $0.contains("cold-chain produce on a van") })
        let slow = try Self.violations { $0.scenario.originWarehouses!.coldChainMinutes = 5 }
        #expect(slow.contains { $0.contains("over the cold-chain limit 5.00 min") })
    }

    @Test func verifierCatchesProduceLeftUncollectedOrUnassigned() throws {
        let dropped = try Self.violations { $0.routes.removeAll { $0.carrier == "produce" } }
        #expect(dropped.contains { $0.hasPrefix("originWarehouses: village f1 on no produce route") })
        let unassigned = try Self.violations {
            $0.operatingModels!.originWarehouses!.villages.removeAll { $0.node == "n1" }
        }
        #expect(unassigned.contains { $0 == "originWarehouses: village n1 has produce but no warehouse" })
        #expect(unassigned.contains { $0.contains("collects at n1, not one of its villages") })
    }

    @Test func scenarioFileReadsTheLever() throws {
        let s = try ScenarioFile.parse("origin_warehouses: {per_county: 2, cold_chain_minutes: 180}\n", file: "s.yaml")
        #expect(s.originWarehouses?.perCounty == 2 && s.originWarehouses?.coldChainMinutes == 180)
        #expect(throws: PlanError.self) {
            try ScenarioFile.parse("origin_warehouses: {per_county: 0}\n", file: "s.yaml")
        }
    }
}

// Tests of village stations: the covering decision, frequencies, the express rate, routes to stations, the verifier.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct VillageStationsTests {
    /// The backstop test network (a near cluster n1-n3 and a remote one f1-f3), stations within 6 km; the near
    /// cluster's 88 parcels a day are served daily, the remote one's 21 twice a week (under 25).
    static func scenario() -> Scenario {
        var s = PlanPipelineTests.scenario()
        s.hubs.count = 1...1
        var lever = Scenario.VillageStations()
        lever.stationKm = 6
        lever.minParcelsDaily = 50
        lever.minParcelsEveryOtherDay = 25
        s.villageStations = lever
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: PostalBackstopTests.network()) }

    @Test func everyVillageHasAStationWithinReachAndRoutesCallAtStationsOnly() throws {
        let plan = try Self.shared.get()
        let s = try #require(plan.operatingModels?.villageStations)
        #expect(s.villages.count == 6 && s.villages.allSatisfy { $0.km <= 6 })
        #expect(s.stations.count == 2)
        #expect(Set(plan.routes.flatMap(\.stops)) == Set(s.stations.map(\.id)))
        let near = try #require(s.stations.first { $0.id.hasPrefix("n") })
        let far = try #require(s.stations.first { $0.id.hasPrefix("f") })
        #expect(near.villages == 3 && abs(near.parcelsPerDay - 88) < 1e-9 && near.frequency == "daily")
        #expect(far.villages == 3 && abs(far.parcelsPerDay - 21) < 1e-9 && far.frequency == "twice-weekly")
        #expect(s.counties.count == 1 && s.counties[0].expressRate == 0.5)
        // Two stops instead of six: fewer km than every village its own stop.
        #expect(s.with.km < s.without.km)
        #expect(try PlanVerifier.verify(plan, network: PostalBackstopTests.network()) == [])
    }

    @Test func withTheBackstopStationsCoverTheOtherVillagesAndTheVerifierAgrees() throws {
        var scenario = Self.scenario()
        var backstop = Scenario.PostalBackstop()
        backstop.km = 20
        scenario.postalBackstop = backstop
        let plan = try PlanPipeline(scenario: scenario).run(on: PostalBackstopTests.network())
        let models = try #require(plan.operatingModels)
        #expect(models.postalBackstop?.villages.map(\.node).sorted() == ["f1", "f2", "f3"])
        #expect(models.villageStations?.villages.map(\.node).sorted() == ["n1", "n2", "n3"])
        #expect(try PlanVerifier.verify(plan, network: PostalBackstopTests.network()) == [])
    }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: PostalBackstopTests.network())
    }

    @Test func verifierCatchesAVillageBeyondStationKmOrWithoutStation() throws {
        let v = try Self.violations { $0.scenario.villageStations!.stationKm = 0.5 }
        #expect(v.contains { $0.contains("beyond station_km 0.5") })
        let missing = try Self.violations { plan in
            let k = plan.operatingModels!.villageStations!.villages.firstIndex { $0.node != $0.station }!
            plan.operatingModels!.villageStations!.villages.remove(at: k)
        }
        #expect(missing.contains { $0.hasSuffix("has no station") })
    }

    @Test func verifierCatchesWrongFrequencyRateAndLoad() throws {
        let v = try Self.violations { plan in
            plan.operatingModels!.villageStations!.stations[0].frequency = "every-other-day"
            plan.operatingModels!.villageStations!.stations[1].parcelsPerDay += 5
            plan.operatingModels!.villageStations!.counties[0].expressRate = 1
        }
        #expect(v.contains { $0.contains("served every-other-day, its") })
        #expect(v.contains { $0.contains("parcels/day; recomputed") })
        #expect(v.contains { $0.contains("express rate 1.0, recomputed 0.5") })
    }

    @Test func verifierCatchesARouteCallingAtAVillageServedByItsStation() throws {
        let v = try Self.violations { plan in
            let s = plan.operatingModels!.villageStations!.villages.first { $0.node != $0.station }!
            plan.routes[0].stops.append(s.node)
        }
        #expect(v.contains { $0.contains("whose parcels go to station") })
    }

    @Test func scenarioFileReadsTheLever() throws {
        let s = try ScenarioFile.parse("village_stations: {station_km: 2.5, min_parcels_daily: 15}\n", file: "s.yaml")
        #expect(s.villageStations?.stationKm == 2.5 && s.villageStations?.minParcelsDaily == 15)
        #expect(s.villageStations?.minParcelsEveryOtherDay == nil)
        #expect(throws: PlanError.self) { try ScenarioFile.parse("village_stations: {radius: 2}\n", file: "s.yaml") }
    }
}

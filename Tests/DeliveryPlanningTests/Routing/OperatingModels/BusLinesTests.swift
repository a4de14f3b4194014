// Tests of passenger buses carrying parcels: which township rides, trips, last legs, fees, and the verifier.
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct BusLinesTests {
    /// The backstop test network: the remote township T2 (seat ts-T2, ~40 km out, 21 parcels a day) rides the bus
    /// from the county center (no bus-station node: modelled there); T1 has no seat node, so no line.
    static func scenario() -> Scenario {
        var s = PlanPipelineTests.scenario()
        s.hubs.count = 1...1
        s.busLines = Scenario.BusLines()
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: PostalBackstopTests.network()) }

    @Test func theRemoteTownshipRidesTheBusAndItsVanRunsTheLastLeg() throws {
        let plan = try Self.shared.get()
        let b = try #require(plan.operatingModels?.busLines)
        #expect(b.lines.count == 1)
        let line = b.lines[0]
        #expect(line.station == "cc-a" && line.stationPositionSource == .modelled && line.seat == "ts-T2" && line.used)
        #expect(line.stops.sorted() == ["f1", "f2", "f3"] && abs(line.parcelsPerDay - 21) < 1e-9 && line.trips == 1)
        #expect(abs(line.feePerDay - 10.5) < 1e-9)
        let legs = plan.routes.filter { $0.center == "ts-T2" }
        #expect(Set(legs.flatMap(\.stops)) == ["f1", "f2", "f3"])
        #expect(Set(plan.routes.filter { $0.center == "cc-a" }.flatMap(\.stops)) == ["n1", "n2", "n3"])
        #expect(b.with.km < b.without.km)
        #expect(try PlanVerifier.verify(plan, network: PostalBackstopTests.network()) == [])
    }

    @Test func withStationsTheStationsOfTheTownshipRideAndTheVerifierAgrees() throws {
        var s = Self.scenario()
        var stations = Scenario.VillageStations()
        stations.stationKm = 6
        s.villageStations = stations
        let plan = try PlanPipeline(scenario: s).run(on: PostalBackstopTests.network())
        let line = try #require(plan.operatingModels?.busLines?.lines.first)
        #expect(line.used && line.stops.count == 1 && abs(line.parcelsPerDay - 21) < 1e-9)
        #expect(try PlanVerifier.verify(plan, network: PostalBackstopTests.network()) == [])
    }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: PostalBackstopTests.network())
    }

    @Test func verifierCatchesTripsOverTheDepartures() throws {
        let v = try Self.violations { $0.scenario.busLines!.parcelsPerTrip = 5 }
        #expect(v.contains { $0.hasSuffix("5 bus trips a day needed, over the 4 departures") })
        #expect(v.contains { $0.hasSuffix("1 trips a day, the load needs 5") })
    }

    @Test func verifierCatchesAStopLeftOffTheLastLegOrOnACenterRoute() throws {
        let dropped = try Self.violations { $0.routes.removeAll { $0.center == "ts-T2" } }
        #expect(dropped.contains { $0.hasPrefix("busLines: stop f1 on no last-leg route") })
        let twice = try Self.violations { plan in
            let k = plan.routes.firstIndex { $0.center == "cc-a" }!
            plan.routes[k].stops.append("f2")
        }
        #expect(twice.contains { $0.contains("calls at f2, which the bus township's van serves") })
    }

    @Test func verifierCatchesWrongLoadFeeAndAStopOfAnotherTownship() throws {
        let v = try Self.violations { plan in
            plan.operatingModels!.busLines!.lines[0].feePerDay = 1
            plan.operatingModels!.busLines!.lines[0].stops.append("n1")
        }
        #expect(v.contains { $0.contains("stop n1 is not in the seat's township") })
        #expect(v.contains { $0.contains("fee 1.00 a day, recomputed 10.50") })
    }

    @Test func scenarioFileReadsTheLever() throws {
        let s = try ScenarioFile.parse(
            "bus_lines: {departures_per_day: 6, parcels_per_trip: 40, min_km: 10}\n", file: "s.yaml")
        #expect(s.busLines?.departuresPerDay == 6 && s.busLines?.parcelsPerTrip == 40 && s.busLines?.minKm == 10)
        #expect(s.busLines?.feePerParcel == 0.5)
        #expect(throws: PlanError.self) {
            try ScenarioFile.parse("bus_lines: {departures_per_day: 0}\n", file: "s.yaml")
        }
        #expect(throws: PlanError.self) { try ScenarioFile.parse("bus_lines: {file: lines.csv}\n", file: "s.yaml") }
    }
}

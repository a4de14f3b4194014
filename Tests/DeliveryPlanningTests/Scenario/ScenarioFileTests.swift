// Tests of scenario files: every key read, defaults kept, errors naming file, line and key path.
import Foundation
import Testing

@testable import DeliveryPlanning

struct ScenarioFileTests {
    @Test func readsEveryKeyFromYAML() throws {
        let text = """
            name: datong-2027
            network: ../Networks/datong
            counties: [140221, 天镇县]
            seed: 7
            demand: {target_parcels_per_year: 600000000}
            hubs: {count: 3..5, closed: [park-jinbei], forced: rh-140213, capacity: 800000}
            centers: {per_county: 2, radius_km: 40, radius_min: 60, closed: [a], forced: [b, c]}
            closed_roads:
              - {from: x, to: y}
            fleet: {capacity: 800, vehicles: 6, cost_per_km: 2.5, fixed_cost_per_day: 300, shift_minutes: 480}
            policy: {toll_subsidy_share: 0.25, toll_subsidy_cap: 400000, award_per_hub: 200000}
            rates: {per_parcel_km: 0.02, line_haul_per_parcel_km: 0.003, toll_per_parcel_km: 0.001, days_per_year: 360}
            co_delivery: false
            time_limits: {total: 300, location: 30, hubs: 12, routing_per_county: 1.5, routing_iterations: 200}
            """
        let s = try ScenarioFile.parse(text, file: "s.yaml")
        #expect(s.name == "datong-2027")
        #expect(s.network == "../Networks/datong")
        #expect(s.counties == ["140221", "天镇县"])
        #expect(s.seed == 7)
        #expect(s.demand.targetParcelsPerYear == 600_000_000)
        #expect(s.hubs.count == 3...5 && s.hubs.closed == ["park-jinbei"] && s.hubs.forced == ["rh-140213"])
        #expect(s.hubs.capacity == 800_000)
        #expect(s.centers.perCounty == 2 && s.centers.radiusKm == 40 && s.centers.radiusMinutes == 60)
        #expect(s.centers.closed == ["a"] && s.centers.forced == ["b", "c"])
        #expect(s.closedRoads == [Scenario.Road(from: "x", to: "y")])
        let van = s.fleet.vans[0]
        #expect(van.capacityParcels == 800 && van.count == 6 && van.costPerKm == 2.5)
        #expect(van.fixedCostPerDay == 300 && s.fleet.shiftHours == 8)
        #expect(s.fleet.vans.count == FleetSpec.rural.vans.count)  // the cold van stays
        #expect(
            s.policy.tollSubsidyShare == 0.25 && s.policy.tollSubsidyCap == 400_000 && s.policy.awardPerHub == 200_000)
        #expect(s.rates.perParcelKm == 0.02 && s.rates.daysPerYear == 360)
        #expect(!s.coDelivery)
        #expect(s.timeLimits.total == 300 && s.timeLimits.location == 30 && s.timeLimits.routingPerCounty == 1.5)
        #expect(s.timeLimits.routingIterations == 200)
        #expect(s.timeLimits.hubs == 12 && s.timeLimits.hubModel == 12)
        // Without `hubs` the hub model gets `location`'s limit.
        let plain = try ScenarioFile.parse("time_limits: {location: 30}", file: "s.yaml")
        #expect(plain.timeLimits.hubs == nil && plain.timeLimits.hubModel == 30)
    }

    @Test func aFleetFileIsTheSameFormatAsTheRouteCommands() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var spec = FleetSpec.rural
        spec.vans = [VanType(name: "truck", capacityParcels: 900, fixedCostPerDay: 200, costPerKm: 2, costPerHour: 40)]
        try JSONEncoder().encode(spec).write(to: folder.appendingPathComponent("fleet.json"))
        let scenarioPath = folder.appendingPathComponent("s.yaml").path
        let s = try ScenarioFile.parse("fleet: {file: fleet.json, vehicles: 3}\n", file: scenarioPath)
        #expect(s.fleet.vans.map(\.name) == ["truck"])
        #expect(s.fleet.vans[0].capacityParcels == 900 && s.fleet.vans[0].count == 3)
        try Data(#"{"vans": []}"#.utf8).write(to: folder.appendingPathComponent("bad.json"))
        #expect(throws: PlanError.self) { try ScenarioFile.parse("fleet: {file: bad.json}\n", file: scenarioPath) }
    }

    @Test func jsonIsAcceptedAndMissingKeysKeepDefaults() throws {
        let s = try ScenarioFile.parse(#"{"hubs": {"count": 4}, "demand": {"growth": 1.5}}"#, file: "s.json")
        #expect(s.hubs.count == 4...4)
        #expect(s.demand.growth == 1.5)
        #expect(s.policy == Scenario.Policy())
        #expect(s.centers.perCounty == 1)
        #expect(try ScenarioFile.parse("", file: "empty.yaml") == Scenario())
        #expect(try ScenarioFile.parse("lang: zh\n", file: "s.yaml").lang == "zh")
    }

    @Test(arguments: [
        ("hubs:\n  cuont: 4\n", "s.yaml:2: hubs.cuont: unknown key"),
        (
            "seed: 1\npolicy:\n  toll_subsidy_share: 1.5\n",
            "s.yaml:3: policy.toll_subsidy_share: 1.5 is outside 0.0...1.0"
        ),
        ("demand:\n  growth: lots\n", "s.yaml:2: demand.growth: expected a number, found \"lots\""),
        ("hubs: {count: 5..3}\n", "s.yaml:1: hubs.count: expected a number or a range like 3..5"),
        ("closed_roads:\n  - {from: a}\n", "s.yaml:2: closed_roads[0].to: missing"),
        ("co_delivery: maybe\n", "s.yaml:1: co_delivery: expected true or false"),
        ("name: x\nlang: fr\n", "s.yaml:2: lang: expected zh or en, found \"fr\""),
        (
            "policy:\n  award_coverage: {share: 0.2, counties: 3}\n",
            "s.yaml:2: policy.award_coverage: give either share"
        ),
        ("policy:\n  award_coverage: {counties: 2.5}\n", "s.yaml:2: policy.award_coverage.counties: expected a whole"),
        ("policy:\n  award_coverage: 3\n", "s.yaml:2: policy.award_coverage: 3.0 is outside 0.0...1.0"),
        ("- a\n- b\n", "s.yaml:1: (top level): expected a mapping"),
    ])
    func errorsNameFileLineAndKeyPath(text: String, expected: String) {
        #expect {
            _ = try ScenarioFile.parse(text, file: "s.yaml")
        } throws: { error in
            guard let e = error as? PlanError else { return false }
            return e.category == .badInput && e.message.hasPrefix(expected)
        }
    }

    @Test func awardCoverageIsAShareOrANumberOfCounties() throws {
        let share = try ScenarioFile.parse("policy: {award_coverage: 0.3}\n", file: "s.yaml").policy
        #expect(share.awardCoverage == 0.3 && share.awardCoverageCounties == nil)
        #expect(
            try ScenarioFile.parse("policy: {award_coverage: {share: 0.4}}\n", file: "s.yaml").policy.awardCoverage
                == 0.4)
        let counties = try ScenarioFile.parse("policy: {award_coverage: {counties: 4}}\n", file: "s.yaml").policy
        #expect(counties.awardCoverageCounties == 4)
        #expect(AwardRule(counties).coverage == .counties(4) && AwardRule(share).coverage == .share(0.3))
    }

    @Test func badYAMLIsBadInput() {
        #expect(throws: PlanError.self) { _ = try ScenarioFile.parse("hubs: [1, 2\n", file: "s.yaml") }
        #expect(throws: PlanError.self) { _ = try ScenarioFile.read("/nonexistent/scenario.yaml") }
    }
}

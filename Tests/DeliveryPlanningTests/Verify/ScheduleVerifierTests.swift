// Tests of the build-out schedule: the pipeline's schedule verifies, and each planted violation is caught.
import FacilityLocation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct ScheduleVerifierTests {
    /// Three years on the two-county network: demand x1, x1.5, x2, small tiers so sizes matter, 甲县 first.
    static func scenario() -> Scenario {
        var s = PlanPipelineTests.scenario()
        var years = Scenario.Years()
        years.steps = [.init(year: 2025, growth: 1), .init(year: 2026, growth: 1.5), .init(year: 2027, growth: 2)]
        years.centerTiers = [
            SizeTier(name: "S", parcelsPerDay: 600, floorArea: 500, capital: 1_000_000, operatingPerYear: 100_000),
            SizeTier(name: "M", parcelsPerDay: 1_200, floorArea: 900, capital: 1_600_000, operatingPerYear: 150_000),
            SizeTier(name: "L", parcelsPerDay: 2_400, floorArea: 1_600, capital: 2_500_000, operatingPerYear: 220_000),
        ]
        years.demonstration = ["甲县"]
        years.uncoveredCostPerParcel = 10
        s.years = years
        return s
    }

    static let shared = Result { try PlanPipelineTests.plan(scenario()) }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        try violations(of: shared, change)
    }

    /// The verifier's findings (routes aside) on the plan of `planned` after `change`.
    static func violations(
        of planned: Result<NetworkPlan, any Error>, _ change: (inout NetworkPlan) -> Void
    ) throws -> [String] {
        var plan = try planned.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: LocationPlannerTests.network()).filter { !$0.hasPrefix("route ") }
    }

    @Test func pipelineScheduleIsOptimalAndVerifies() throws {
        let plan = try Self.shared.get()
        let schedule = try #require(plan.schedule)
        #expect(schedule.status == .optimal)
        #expect(schedule.periods.map(\.year) == [2025, 2026, 2027])
        #expect(try Self.violations { _ in } == [])
        // The last year's open sites are the plan's centers; tiers carry the grown demand with the reserve.
        let last = try #require(schedule.periods.last)
        #expect(Set(last.sites.filter { $0.action != .close }.map(\.id)) == Set(plan.centers.map(\.id)))
        #expect(last.sites.allSatisfy { $0.capacity >= 1.2 * $0.load - 1e-9 })
    }

    @Test func catchesCapacityBelowTheReserve() throws {
        let v = try Self.violations { $0.scenario.years!.reserve = 5 }
        #expect(v.contains { $0.contains("over tier") })
    }

    @Test func catchesCloseThenReopenAndAShrinkingTier() throws {
        let v = try Self.violations { plan in
            let id = plan.schedule!.periods[0].sites[0].id
            plan.schedule!.periods[1].sites.removeAll { $0.id == id }
        }
        #expect(v.contains { $0.contains("missing now") })
        #expect(v.contains { $0.contains("reopens after closing") })
        // A site below L in 2026 said to run at L in 2025.
        let shrink = try Self.violations { plan in
            let id = plan.schedule!.periods[1].sites.first { $0.tier != "L" }!.id
            let k = plan.schedule!.periods[0].sites.firstIndex { $0.id == id }!
            plan.schedule!.periods[0].sites[k].tier = "L"
            plan.schedule!.periods[0].sites[k].capacity = 2_400
        }
        #expect(shrink.contains { $0.contains("tier shrinks") })
    }

    @Test func catchesANewSiteClosing() throws {
        let v = try Self.violations { plan in
            plan.schedule!.periods[2].sites[0].action = .close
            plan.schedule!.periods[2].sites[0].tier = nil
        }
        #expect(v.contains { $0.contains("only existing sites may close") })
    }

    @Test func catchesABudgetOverrun() throws {
        let v = try Self.violations { $0.scenario.years!.steps[0].budget = 1 }
        #expect(v.contains { $0.contains("over the budget") })
    }

    @Test func catchesADemonstrationCountyNotServedInYearOne() throws {
        let v = try Self.violations { plan in
            var first = plan.schedule!.periods[0]
            let moved = first.assignments.filter { $0.node.hasPrefix("a") }.map(\.node)
            first.assignments.removeAll { $0.node.hasPrefix("a") }
            first.uncovered += moved
            first.sites.removeAll { $0.county == "100001" }
            plan.schedule!.periods[0] = first
        }
        #expect(v.contains { $0.contains("a demonstration county, served from the first year") })
        #expect(v.contains { $0.contains("county 100001 leaves 3 villages unserved") })
    }

    @Test func catchesALandDateNotYetReached() throws {
        let v = try Self.violations { plan in
            let site = plan.schedule!.periods[0].sites[0].id
            plan.scenario.years!.sites = [.init(site: site, landAvailableFrom: 2027)]
        }
        #expect(v.contains { $0.contains("its land is available from 2027") })
    }

    @Test func catchesCostsThatDoNotAddUp() throws {
        let v = try Self.violations { plan in
            plan.schedule!.periods[1].costs.transport += 5
            plan.schedule!.totals.total += 1_000
            plan.schedule!.periods[0].sites[0].capital += 1_000
        }
        #expect(v.contains { $0.hasPrefix("schedule 2026 costs.transport") })
        #expect(v.contains { $0.hasPrefix("schedule.totals.total") })
        #expect(v.contains { $0.contains("capital") && $0.contains("recomputed") })
    }

    @Test func catchesAMissingSchedule() throws {
        let v = try Self.violations { $0.schedule = nil }
        #expect(v.contains { $0.contains("schedule: missing") })
    }
}

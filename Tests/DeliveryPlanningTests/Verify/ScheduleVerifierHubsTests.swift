// Tests of the regional hubs' build-out: sized each year, line-haul per year, and each planted violation caught.
import FacilityLocation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct ScheduleVerifierHubsTests {
    /// The schedule tests' three years with hub tiers small enough that the hubs grow over them.
    static func scenario() -> Scenario {
        var s = ScheduleVerifierTests.scenario()
        s.years!.hubTiers = [
            SizeTier(name: "S", parcelsPerDay: 1_000, floorArea: 500, capital: 2_000_000, operatingPerYear: 300_000),
            SizeTier(name: "M", parcelsPerDay: 2_500, floorArea: 1_000, capital: 4_000_000, operatingPerYear: 500_000),
            SizeTier(name: "L", parcelsPerDay: 6_000, floorArea: 2_000, capital: 7_000_000, operatingPerYear: 800_000),
        ]
        return s
    }

    static let shared = Result { try PlanPipelineTests.plan(scenario()) }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        try ScheduleVerifierTests.violations(of: shared, change)
    }

    @Test func everyYearSizesTheHubsAndPricesItsLineHaulAndVerifies() throws {
        let plan = try Self.shared.get()
        let schedule = try #require(plan.schedule)
        #expect(!plan.hubs.isEmpty && schedule.hubTiers == Self.scenario().years!.hubTiers)
        #expect(try Self.violations { _ in } == [])
        let periods = schedule.periods
        for p in periods {
            let hubs = try #require(p.hubs)
            #expect(!hubs.isEmpty)
            for hub in hubs { #expect(hub.capacity >= 1.2 * hub.load - 1e-9) }
            #expect(abs(p.costs.hubs! - hubs.reduce(0) { $0 + $1.capital + $1.operating }) < 1e-6)
            let parts = [p.costs.capital, p.costs.closing, p.costs.operating, p.costs.transport, p.costs.uncovered]
            #expect(abs(p.costs.total - parts.reduce(0, +) - p.costs.hubs! - p.costs.lineHaul!) < 1e-6)
        }
        // Line-haul grows with the demand; the last year's is the plan's, and its hub loads the plan's hubs'.
        #expect(periods[0].costs.lineHaul! < periods[2].costs.lineHaul!)
        #expect(abs(periods[2].costs.lineHaul! - plan.costs.lineHaul) < 1e-6 * plan.costs.lineHaul)
        for hub in plan.hubs {
            let last = try #require(periods[2].hubs?.first { $0.id == hub.id })
            #expect(abs(last.load - hub.parcelsPerDay) < 1e-6 * max(1, hub.parcelsPerDay))
        }
        // Demand doubles over the years, so some hub grows a tier, paying the difference of capitals.
        let grown = periods.flatMap { $0.hubs! }.filter { $0.action == .expand }
        #expect(!grown.isEmpty)
        #expect(abs(schedule.totals.total - periods.reduce(0) { $0 + $1.costs.total }) < 1e-6)
    }

    @Test func catchesAHubUnderCapacity() throws {
        let v = try Self.violations { $0.scenario.years!.reserve = 5 }
        #expect(v.contains { $0.contains("under (1 + reserve) x load") })
    }

    @Test func catchesAShrinkingTierATierLargerThanNeededAndAWrongAction() throws {
        // The hub grows to L by the last year (demand doubles): planting M there shrinks it.
        let v = try Self.violations { plan in
            let last = plan.schedule!.periods.count - 1
            #expect(plan.schedule!.periods[last].hubs![0].tier == "L")
            plan.schedule!.periods[last].hubs![0].tier = "M"
            plan.schedule!.periods[last].hubs![0].capacity = 2_500
        }
        #expect(v.contains { $0.contains("tier shrinks") })
        // An L in the first year where a smaller tier holds the load is not the cheapest that fits.
        let large = try Self.violations { plan in
            #expect(plan.schedule!.periods[0].hubs![0].tier != "L")
            plan.schedule!.periods[0].hubs![0].tier = "L"
            plan.schedule!.periods[0].hubs![0].capacity = 6_000
        }
        #expect(large.contains { $0.contains("larger than needed") })
        let action = try Self.violations { plan in
            let a = plan.schedule!.periods[1].hubs![0].action
            plan.schedule!.periods[1].hubs![0].action = a == .keep ? .expand : .keep
        }
        #expect(action.contains { $0.contains("the size change says") })
        let missing = try Self.violations { $0.schedule!.periods[1].hubs!.removeAll() }
        #expect(missing.contains { $0.contains("hubs never close") })
    }

    @Test func catchesWrongCapitalOperatingAndCosts() throws {
        let v = try Self.violations { plan in
            plan.schedule!.periods[0].hubs![0].capital += 1_000
            plan.schedule!.periods[2].hubs![0].operating -= 1
        }
        #expect(v.contains { $0.contains("capital") && $0.contains("recomputed") })
        #expect(v.contains { $0.contains("operating") && $0.contains("recomputed") })
        #expect(v.contains { $0.contains("costs.hubs") } == false)
        let cost = try Self.violations { $0.schedule!.periods[1].costs.hubs! += 5 }
        #expect(cost.contains { $0.contains("costs.hubs") })
    }

    @Test func catchesAWrongLineHaulAndLoad() throws {
        let v = try Self.violations { plan in
            plan.schedule!.periods[0].costs.lineHaul! *= 1.1
            plan.schedule!.periods[0].costs.total += plan.schedule!.periods[0].costs.lineHaul! / 11
        }
        #expect(v.contains { $0.hasPrefix("schedule 2025 costs.lineHaul") })
        let load = try Self.violations { $0.schedule!.periods[1].hubs![0].load *= 0.5 }
        #expect(load.contains { $0.contains("load") && $0.contains("recomputed") })
    }

    /// An existing hub (network `existing`, capacity 2,000: tier M) runs from the first year at M without capital,
    /// and pays only the difference when it grows; planting its full capital is caught.
    @Test func anExistingHubIsKeptAtItsTierAndPaysOnlyItsExpansion() throws {
        var network = LocationPlannerTests.network()
        let k = try #require(network.nodes.firstIndex { $0.id == "rh-2" })
        network.nodes[k].site = SiteInfo(fixedCost: 4_000_000, capacity: 2_000, existing: true)
        let plan = try PlanPipeline(scenario: Self.scenario()).run(on: network)
        let periods = try #require(plan.schedule?.periods)
        let years = periods.map { p in p.hubs?.first { $0.id == "rh-2" } }
        #expect(years[0]?.action == .keep && years[0]?.tier == "M" && years[0]?.capital == 0)
        // Its capital over the years is the difference from M to its last tier (0 if it stays at M).
        let tiers = Self.scenario().years!.hubTiers!
        let last = try #require(tiers.first { $0.name == years.last??.tier })
        #expect(abs(years.reduce(0) { $0 + ($1?.capital ?? 0) } - (last.capital - tiers[1].capital)) < 1e-6)
        #expect(try PlanVerifier.verify(plan, network: network).filter { !$0.hasPrefix("route ") } == [])
        var wrong = plan
        let h = try #require(wrong.schedule!.periods[0].hubs!.firstIndex { $0.id == "rh-2" })
        wrong.schedule!.periods[0].hubs![h].action = .open
        wrong.schedule!.periods[0].hubs![h].capital = 4_000_000
        let v = try PlanVerifier.verify(wrong, network: network)
        #expect(v.contains { $0.contains("hub rh-2: action open, the size change says keep") })
        #expect(v.contains { $0.contains("hub rh-2: capital") })
    }

    /// With gateways (firms, feeder and gateway lines priced per truck trip) the years verify too, and the
    /// last year's line-haul is the plan's.
    @Test func firmNetworkYearsVerify() throws {
        var s = FirmHubStageTests.scenario()
        s.years = Self.scenario().years
        let plan = try PlanPipeline(scenario: s).run(on: FirmHubStageTests.network())
        let periods = try #require(plan.schedule?.periods)
        #expect(periods.allSatisfy { !($0.hubs ?? []).isEmpty })
        #expect(abs(periods.last!.costs.lineHaul! - plan.costs.lineHaul) < 1e-6 * plan.costs.lineHaul)
        #expect(periods[0].costs.lineHaul! <= periods.last!.costs.lineHaul!)
        #expect(
            try PlanVerifier.verify(plan, network: FirmHubStageTests.network()).filter { !$0.hasPrefix("route ") } == []
        )
    }
}

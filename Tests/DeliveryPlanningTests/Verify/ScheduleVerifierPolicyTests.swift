// Tests of the policy's money per build-out year and of the verifier's own hub years against the planner's.
import FacilityLocation
import RoadNetwork
import Testing

@testable import DeliveryPlanning

struct ScheduleVerifierPolicyTests {
    /// The firm network (gateways in and out of the province) over the hub tests' three years (demand x1, x1.5,
    /// x2), hub tiers small enough to grow.
    static func scenario() -> Scenario {
        var s = FirmHubStageTests.scenario()
        s.years = ScheduleVerifierHubsTests.scenario().years
        return s
    }

    static let shared = Result { try PlanPipeline(scenario: scenario()).run(on: FirmHubStageTests.network()) }

    static func violations(_ change: (inout NetworkPlan) -> Void) throws -> [String] {
        var plan = try shared.get()
        change(&plan)
        return try PlanVerifier.verify(plan, network: FirmHubStageTests.network()).filter { !$0.hasPrefix("route ") }
    }

    /// The verifier's years (``ScheduleVerifier/HubYear``) and the planner's (``HubYearFlows``) on `plan`.
    static func agree(_ plan: NetworkPlan, on original: Network) throws {
        let network = try ScenarioNetwork(network: original, scenario: plan.scenario).network
        let roads = RoadDistances(network: network)
        for period in try #require(plan.schedule?.periods) {
            let mine = try ScheduleVerifier.HubYear(plan: plan, period: period, network: network, roads: roads)
            let theirs = try HubYearFlows(plan: plan, period: period, network: network, roads: roads)
            func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
            #expect(mine.loads.count == theirs.loads.count)
            #expect(zip(mine.loads, theirs.loads).allSatisfy { near($0, $1) }, "\(period.year) loads")
            #expect(near(mine.lineHaul, theirs.lineHaul), "\(period.year) line-haul")
            #expect(mine.byFirm == theirs.byFirm)
            #expect(near(mine.subsidy.values.reduce(0, +), theirs.subsidy), "\(period.year) subsidy")
            #expect(mine.qualifying == theirs.qualifying, "\(period.year) award")
        }
    }

    @Test func verifierAndPlannerAgreeOnEveryYear() throws {
        try Self.agree(Self.shared.get(), on: FirmHubStageTests.network())
        // Award by counties, a cap that binds, and a network without gateways (lines per parcel-km).
        var counties = Self.scenario()
        counties.policy.awardCoverageCounties = 2
        counties.policy.tollSubsidyCap = 1_000
        try Self.agree(
            PlanPipeline(scenario: counties).run(on: FirmHubStageTests.network()), on: FirmHubStageTests.network())
        try Self.agree(ScheduleVerifierHubsTests.shared.get(), on: LocationPlannerTests.network())
    }

    @Test func everyYearHasItsSubsidyAndTheAwardOnceAndVerifies() throws {
        let plan = try Self.shared.get()
        let periods = try #require(plan.schedule?.periods)
        #expect(try Self.violations { _ in } == [])
        for p in periods {
            let c = p.costs
            let parts = c.capital + c.closing + c.operating + c.transport + c.uncovered + c.hubs! + c.lineHaul!
            #expect(abs(c.total - (parts - c.subsidy! - c.award!)) < 1e-6)
            #expect(c.subsidy! > 0)
        }
        // The subsidy grows with the flows; the last year's is the plan's.
        #expect(periods[0].costs.subsidy! < periods[2].costs.subsidy!)
        #expect(abs(periods[2].costs.subsidy! - plan.costs.tollSubsidy) < 1e-6 * plan.costs.tollSubsidy)
        // Both firms qualify from the first year: each award is paid then, never again.
        let perFirm = plan.scenario.policy.awardPerFirm
        #expect(periods.map { $0.costs.award! } == [2 * perFirm, 0, 0])
        let t = try #require(plan.schedule?.totals)
        #expect(t.award == 2 * perFirm && abs(t.subsidy! - periods.reduce(0) { $0 + $1.costs.subsidy! }) < 1e-6)
    }

    @Test func theCapHoldsEveryYear() throws {
        var s = Self.scenario()
        s.policy.tollSubsidyCap = 1_000
        let plan = try PlanPipeline(scenario: s).run(on: FirmHubStageTests.network())
        // Each firm with out-of-province lines is paid the cap in every year, however its tolls grow.
        let firms = plan.firms.filter { $0.tollSubsidy > 0 }.count
        #expect(firms > 0)
        for p in plan.schedule!.periods { #expect(abs(p.costs.subsidy! - 1_000 * Double(firms)) < 1e-6) }
        #expect(
            try PlanVerifier.verify(plan, network: FirmHubStageTests.network()).filter { !$0.hasPrefix("route ") } == []
        )
    }

    /// The firms' path of the verifier's own years catches a planted load, tier, capital and line-haul too.
    @Test func catchesAWrongLoadTierCapitalAndLineHaulOnFirmLines() throws {
        let v = try Self.violations { plan in
            plan.schedule!.periods[0].hubs![0].load *= 0.5
            plan.schedule!.periods[1].costs.lineHaul! *= 1.1
            plan.schedule!.periods[2].hubs![0].capital += 1_000
        }
        #expect(v.contains { $0.hasPrefix("schedule 2025 hub") && $0.contains("load") && $0.contains("recomputed") })
        #expect(v.contains { $0.hasPrefix("schedule 2026 costs.lineHaul") })
        #expect(v.contains { $0.hasPrefix("schedule 2027 hub") && $0.contains("capital") })
        // The hubs carry the gateways' flows: planting the smallest tier in the last year shrinks one.
        let tier = try Self.violations { plan in
            #expect(plan.schedule!.periods[2].hubs![0].tier != "S")
            plan.schedule!.periods[2].hubs![0].tier = "S"
            plan.schedule!.periods[2].hubs![0].capacity = 1_000
            plan.schedule!.periods[2].hubs![0].modules = 1
        }
        #expect(tier.contains { $0.contains("tier shrinks") } && tier.contains { $0.contains("under (1 + reserve)") })
    }

    @Test func catchesAWrongSubsidyAnAwardPaidTwiceAndWrongTotals() throws {
        let subsidy = try Self.violations { plan in
            plan.schedule!.periods[1].costs.subsidy! += 1_000
            plan.schedule!.periods[1].costs.total -= 1_000
        }
        #expect(subsidy.contains { $0.hasPrefix("schedule 2026 costs.subsidy") })
        // A cap lower than paid: every year's subsidy is above what the rule pays.
        let cap = try Self.violations { $0.scenario.policy.tollSubsidyCap = 10 }
        #expect(cap.contains { $0.hasPrefix("schedule 2025 costs.subsidy") })
        let twice = try Self.violations { plan in
            let perFirm = plan.scenario.policy.awardPerFirm
            plan.schedule!.periods[2].costs.award! += perFirm
            plan.schedule!.periods[2].costs.total -= perFirm
            plan.schedule!.totals.award! += perFirm
        }
        #expect(twice.contains { $0.hasPrefix("schedule 2027 costs.award") })
        #expect(twice.contains { $0.hasPrefix("schedule.totals.award") })
        let total = try Self.violations { $0.schedule!.periods[0].costs.total += 100_000 }
        #expect(total.contains { $0.hasPrefix("schedule 2025 costs.total") })
        let missing = try Self.violations { $0.schedule!.periods[0].costs.award = nil }
        #expect(missing.contains { $0.contains("costs.award: missing") })
    }

    /// The plan's one-year award goes to its last year's qualifiers: a qualifying firm left unpaid is caught by
    /// the plan's check (its hub covers the range) and by the schedule's (the last year's qualifiers differ).
    @Test func catchesAQualifyingFirmLeftWithoutTheAward() throws {
        let plan = try Self.shared.get()
        let firm = try #require(plan.firms.firstIndex { $0.award > 0 })
        let id = plan.firms[firm].id
        let v = try Self.violations { plan in
            let perYear = plan.firms[firm].award / plan.scenario.policy.awardYears
            plan.firms[firm].award = 0
            plan.costs.hubAward -= plan.scenario.policy.awardPerFirm
            plan.costs.hubAwardPerYear -= perYear
            plan.costs.total += perYear
        }
        #expect(v.contains { $0.hasPrefix("firm \(id): no award, but its hub") })
        #expect(v.contains { $0.hasPrefix("schedule 2027: firms qualifying for the award") && $0.contains(id) })
        #expect(!v.contains { $0.contains("costs.hubAward") })
    }
}
